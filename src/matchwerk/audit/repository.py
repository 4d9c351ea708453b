"""SQL for the audit log (append only)."""

from datetime import datetime
from typing import Any
from uuid import UUID

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.audit.models import AuditEvent
from matchwerk.repository import keyset_page, table_of

_T = table_of(AuditEvent)


async def append(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    """Append events in the caller's transaction (one statement for any number of rows)."""
    if rows:
        await session.execute(sa.insert(_T), rows)


async def page(
    session: AsyncSession,
    *,
    limit: int,
    cursor: str | None,
    actor_key_id: UUID | None,
    resource_id: UUID | None,
    action: str | None,
    since: datetime | None,
    until: datetime | None,
) -> tuple[list[AuditEvent], str | None]:
    """A filtered page of events, oldest first."""
    stmt = sa.select(AuditEvent)
    if actor_key_id is not None:
        stmt = stmt.where(_T.c.actor_key_id == actor_key_id)
    if resource_id is not None:
        stmt = stmt.where(_T.c.resource_id == resource_id)
    if action is not None:
        stmt = stmt.where(_T.c.action == action)
    if since is not None:
        stmt = stmt.where(_T.c.created_at >= since)
    if until is not None:
        stmt = stmt.where(_T.c.created_at < until)
    return await keyset_page(session, stmt, AuditEvent, limit=limit, cursor=cursor)
