"""HTTP route for the audit log (admins only)."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Query
from pydantic import AwareDatetime

from matchwerk.audit import service
from matchwerk.audit.models import AuditAction, AuditEntry
from matchwerk.auth.dependencies import require
from matchwerk.auth.models import Principal, Role
from matchwerk.common import LimitQuery, Page
from matchwerk.db import SessionDep
from matchwerk.dependencies import CursorQuery
from matchwerk.errors import problems

router = APIRouter(prefix="/api/v1/audit", tags=["audit"])

Admin = Annotated[Principal, Depends(require(Role.ADMIN))]


@router.get("", summary="List audit log entries", responses=problems(401, 403, 422))
async def list_audit_entries(
    session: SessionDep,
    principal: Admin,
    limit: LimitQuery = 50,
    cursor: CursorQuery = None,
    actor_key_id: Annotated[UUID | None, Query(description="Only what this API key did")] = None,
    resource_id: Annotated[UUID | None, Query(description="Only entries about this resource")] = None,
    action: Annotated[AuditAction | None, Query(description="Only this action")] = None,
    since: Annotated[
        AwareDatetime | None, Query(description="From this time on (inclusive; RFC 3339 with offset)")
    ] = None,
    until: Annotated[
        AwareDatetime | None, Query(description="Before this time (exclusive; RFC 3339 with offset)")
    ] = None,
) -> Page[AuditEntry]:
    rows, next_cursor = await service.page(
        session,
        limit=limit,
        cursor=cursor,
        actor_key_id=actor_key_id,
        resource_id=resource_id,
        action=action,
        since=since,
        until=until,
    )
    return Page(items=[AuditEntry.from_row(r) for r in rows], next_cursor=next_cursor)
