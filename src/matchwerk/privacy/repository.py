"""SQL for privacy: server secrets and the candidates due for erasure under the retention rule."""

from datetime import datetime
from uuid import UUID

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from matchwerk.candidates.models import Candidate
from matchwerk.privacy.models import server_secrets
from matchwerk.repository import table_of

_C = table_of(Candidate)


async def get_or_create_secret(conn: AsyncConnection, name: str, candidate_value: bytes) -> bytes:
    """The stored secret ``name``; stores ``candidate_value`` first if there is none (first writer wins)."""
    await conn.execute(
        postgresql.insert(server_secrets)
        .values(name=name, value=candidate_value)
        .on_conflict_do_nothing(index_elements=["name"])
    )
    value = (
        await conn.execute(sa.select(server_secrets.c.value).where(server_secrets.c.name == name))
    ).scalar_one()
    return bytes(value)


async def expired_candidates(
    session: AsyncSession, *, statuses: list[str], updated_before: datetime, limit: int
) -> list[tuple[UUID, str]]:
    """Ids and statuses of candidates due for erasure, locked; rows locked elsewhere are left for later."""
    stmt = (
        sa.select(_C.c.id, _C.c.status)
        .where(_C.c.status.in_(statuses), _C.c.updated_at < updated_before)
        .order_by(_C.c.updated_at, _C.c.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    return [(row.id, row.status) for row in await session.execute(stmt)]


async def count_expired(
    session: AsyncSession, *, statuses: list[str], updated_before: datetime
) -> dict[str, int]:
    """How many candidates per status are due for erasure."""
    stmt = (
        sa.select(_C.c.status, sa.func.count())
        .where(_C.c.status.in_(statuses), _C.c.updated_at < updated_before)
        .group_by(_C.c.status)
    )
    return {str(row[0]): int(row[1]) for row in await session.execute(stmt)}
