"""Audit rules: every personal-data read and every change to a candidate, key or consent is appended
in the transaction of the operation itself; the log stores ids, flags and field names, never values."""

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.audit import repository
from matchwerk.audit.models import AuditAction, AuditEvent
from matchwerk.auth.models import SYSTEM, Principal
from matchwerk.errors import ValidationFailed
from matchwerk.request_id import current_request_id


async def record(
    session: AsyncSession,
    actor: Principal,
    action: AuditAction,
    resource_ids: Iterable[UUID | None],
    details: dict[str, Any] | None = None,
) -> None:
    """Append one event per resource; the caller commits it together with the operation."""
    system = actor.is_system
    request_id = current_request_id()
    await repository.append(
        session,
        [
            {
                "id": uuid4(),
                "actor_key_id": None if system else actor.key_id,
                "actor_role": "system" if system else actor.role.value,
                "action": action.value,
                "resource_type": action.resource_type,
                "resource_id": resource_id,
                "request_id": request_id,
                "details": details or {},
            }
            for resource_id in resource_ids
        ],
    )


async def page(
    session: AsyncSession,
    *,
    limit: int,
    cursor: str | None,
    actor_key_id: UUID | None = None,
    resource_id: UUID | None = None,
    action: AuditAction | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> tuple[list[AuditEvent], str | None]:
    """A filtered page of the audit log, oldest first."""
    if since is not None and until is not None and since >= until:
        raise ValidationFailed(
            "since must be earlier than until.",
            errors=[{"loc": ["query", "until"], "msg": "not after since", "type": "value_error"}],
        )
    return await repository.page(
        session,
        limit=limit,
        cursor=cursor,
        actor_key_id=actor_key_id,
        resource_id=resource_id,
        action=action.value if action else None,
        since=since,
        until=until,
    )


MIN_RETENTION_DAYS = 31
"""Backups are kept at most 30 days, and a restore replays the erasures logged since (docs/operations.md);
the database refuses to delete younger events anyway (migration ``audit_retention``)."""
PRUNE_BATCH = 10_000


async def prune(
    session: AsyncSession, *, days: int, dry_run: bool = False, now: datetime | None = None
) -> int:
    """Delete events older than ``days`` (consent records the product still needs are kept); commits per
    batch and logs the prune itself. Returns how many were (or, in a dry run, would be) deleted."""
    if days < MIN_RETENTION_DAYS:
        raise ValidationFailed(
            f"The audit log is kept at least {MIN_RETENTION_DAYS} days (longer than any backup).",
            errors=[{"loc": ["audit_days"], "msg": f"at least {MIN_RETENTION_DAYS}", "type": "value_error"}],
        )
    cutoff = (now or datetime.now(UTC)) - timedelta(days=days)
    if dry_run:
        return await repository.count_prunable(session, cutoff)
    deleted = 0
    while batch := await repository.prune(session, cutoff, PRUNE_BATCH):
        deleted += batch
        await session.commit()
    await record(
        session, SYSTEM, AuditAction.AUDIT_PRUNE, [None], {"before": cutoff.isoformat(), "deleted": deleted}
    )
    await session.commit()
    return deleted
