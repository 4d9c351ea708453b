"""SQL for privacy: server secrets, the candidates due for erasure under the retention rule and the change
log's superseded rows."""

from datetime import datetime
from uuid import UUID

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from matchwerk.candidates.models import Candidate
from matchwerk.changes import entity_changes
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


def _superseded(cutoff: datetime) -> sa.ColumnElement[bool]:
    """Rows older than the cutoff with a newer row for the same entity. What reads the log needs only the
    newest row per entity: the index catch-up and the statistics reload the entities changed since their
    snapshot, the hand-over erasure feed takes each entity's latest change, its horizon the highest number."""
    newer = entity_changes.alias("newer")
    return sa.and_(
        entity_changes.c.changed_at < cutoff,
        sa.exists().where(
            newer.c.entity_id == entity_changes.c.entity_id, newer.c.change_no > entity_changes.c.change_no
        ),
    )


async def count_superseded(session: AsyncSession, cutoff: datetime) -> int:
    """Rows a prune with this cutoff would delete."""
    found = await session.execute(
        sa.select(sa.func.count()).select_from(entity_changes).where(_superseded(cutoff))
    )
    return int(found.scalar_one())


async def prune_superseded(session: AsyncSession, cutoff: datetime, limit: int) -> int:
    """Delete up to ``limit`` superseded rows older than the cutoff in the caller's transaction."""
    batch = sa.select(entity_changes.c.change_no).where(_superseded(cutoff)).limit(limit)
    result = await session.execute(sa.delete(entity_changes).where(entity_changes.c.change_no.in_(batch)))
    return int(result.rowcount)  # type: ignore[attr-defined]
