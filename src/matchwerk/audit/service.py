"""Audit rules: every personal-data read and every change to a candidate, key or consent is appended
in the transaction of the operation itself; the log stores ids, flags and field names, never values."""

from collections.abc import Iterable
from datetime import datetime
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.audit import repository
from matchwerk.audit.models import AuditAction, AuditEvent
from matchwerk.auth.models import Principal
from matchwerk.errors import ValidationFailed
from matchwerk.request_id import current_request_id


async def record(
    session: AsyncSession,
    actor: Principal,
    action: AuditAction,
    resource_ids: Iterable[UUID],
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
