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


_CANDIDATES = sa.table("candidates", sa.column("id", sa.Uuid))


def _prunable(cutoff: datetime) -> tuple[Any, sa.ColumnElement[bool]]:
    """Events older than the cutoff, except consent records: kept while the person exists (GDPR Art. 7(1): the
    controller must be able to show the consent) and until their erasure is itself past the cutoff, since the
    hand-over erasure feed reads them to tell the employment agency whom to delete (handover/repository).
    """
    event, erasure = _T.alias("event"), _T.alias("erasure")
    still_needed = sa.and_(
        event.c.action == "consent.change",
        event.c.resource_id.is_not(None),
        sa.or_(
            sa.exists().where(_CANDIDATES.c.id == event.c.resource_id),
            sa.exists().where(
                erasure.c.action == "candidate.erase",
                erasure.c.resource_id == event.c.resource_id,
                erasure.c.created_at >= cutoff,
            ),
        ),
    )
    return event, sa.and_(event.c.created_at < cutoff, sa.not_(still_needed))


async def count_prunable(session: AsyncSession, cutoff: datetime) -> int:
    """Events a prune with this cutoff would delete."""
    event, prunable = _prunable(cutoff)
    result = await session.execute(sa.select(sa.func.count()).select_from(event).where(prunable))
    return int(result.scalar_one())


async def prune(session: AsyncSession, cutoff: datetime, limit: int) -> int:
    """Delete up to ``limit`` prunable events in the caller's transaction; the trigger checks each row."""
    event, prunable = _prunable(cutoff)
    batch = sa.select(event.c.id).where(prunable).limit(limit)
    await session.execute(sa.text("SELECT set_config('matchwerk.audit_prune', 'on', true)"))
    result = await session.execute(sa.delete(_T).where(_T.c.id.in_(batch)))
    await session.execute(sa.text("SELECT set_config('matchwerk.audit_prune', 'off', true)"))
    return int(result.rowcount)  # type: ignore[attr-defined]
