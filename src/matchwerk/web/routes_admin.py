"""Administration (admins): user accounts, API keys, the audit log."""

from datetime import datetime
from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Form, Query, Request, Response

from matchwerk.audit import service as audit_service
from matchwerk.audit.models import AuditAction
from matchwerk.auth import service as key_service
from matchwerk.auth.models import Role
from matchwerk.db import SessionDep
from matchwerk.dependencies import CursorQuery
from matchwerk.errors import Conflict, ValidationFailed
from matchwerk.users import service as user_service
from matchwerk.users.models import UserRole
from matchwerk.web.auth import AdminUser, PageUser
from matchwerk.web.pages import PageRoute
from matchwerk.web.templating import render

router = APIRouter(prefix="/admin", route_class=PageRoute, include_in_schema=False)

Text = Annotated[str, Form(max_length=254)]


async def _users_page(
    request: Request, session: SessionDep, page: PageUser, extra: dict[str, Any], status_code: int = 200
) -> Response:
    context = {"title": "Benutzer", "section": "users", "users": await user_service.list_users(session)}
    return render(request, "admin/users.html", context | extra, status_code=status_code)


@router.get("/users", summary="User accounts")
async def users(request: Request, session: SessionDep, page: AdminUser) -> Response:
    return await _users_page(request, session, page, {})


@router.post("/users", summary="Create a user account")
async def create_user(
    request: Request,
    session: SessionDep,
    page: AdminUser,
    email: Text = "",
    name: Text = "",
    role: Annotated[UserRole, Form()] = UserRole.ADVISOR,
    reception_centre: Text = "",
    password: Annotated[str, Form(max_length=1000)] = "",
) -> Response:
    chosen = password or user_service.generate_password()
    try:
        user = await user_service.create_user(
            session,
            email=email,
            name=name,
            role=role,
            password=chosen,
            reception_centre=reception_centre or None,
            actor=page.principal,
        )
    except (ValidationFailed, Conflict) as exc:
        return await _users_page(request, session, page, {"error": exc.detail}, status_code=422)
    shown = None if password else {"email": user.email, "password": chosen}
    return await _users_page(request, session, page, {"new_password": shown}, status_code=201)


@router.post("/users/{user_id}", summary="Disable, enable or reset the password of a user")
async def change_user(
    request: Request,
    user_id: UUID,
    session: SessionDep,
    page: AdminUser,
    action: Annotated[str, Form(pattern="^(disable|enable|reset_password)$")],
) -> Response:
    extra: dict[str, Any] = {}
    try:
        if action == "reset_password":
            chosen = user_service.generate_password()
            user = await user_service.update_user(session, user_id, actor=page.principal, password=chosen)
            extra["new_password"] = {"email": user.email, "password": chosen}
        else:
            await user_service.update_user(
                session, user_id, actor=page.principal, disabled=action == "disable"
            )
    except Conflict as exc:
        extra["error"] = exc.detail
    return await _users_page(request, session, page, extra)


async def _keys_page(
    request: Request, session: SessionDep, extra: dict[str, Any], status_code: int = 200
) -> Response:
    keys, _ = await key_service.page(session, limit=200, cursor=None)
    context = {"title": "API-Schlüssel", "section": "keys", "keys": keys, "roles": list(Role)}
    return render(request, "admin/keys.html", context | extra, status_code=status_code)


@router.get("/keys", summary="API keys")
async def keys(request: Request, session: SessionDep, page: AdminUser) -> Response:
    return await _keys_page(request, session, {})


@router.post("/keys", summary="Create an API key")
async def create_key(
    request: Request,
    session: SessionDep,
    page: AdminUser,
    role: Annotated[Role, Form()],
    name: Annotated[str, Form(min_length=1, max_length=200)],
    employer_id: Text = "",
    reception_centre: Text = "",
) -> Response:
    try:
        employer = UUID(employer_id) if employer_id.strip() else None
    except ValueError:
        return await _keys_page(request, session, {"error": "employer_id: not a UUID"}, status_code=422)
    try:
        _key, token = await key_service.create_key(
            session,
            role=role,
            name=name,
            employer_id=employer,
            reception_centre=reception_centre.strip() or None,
            actor=page.principal,
        )
    except ValidationFailed as exc:
        return await _keys_page(request, session, {"error": exc.detail}, status_code=422)
    return await _keys_page(request, session, {"new_token": token}, status_code=201)


@router.post("/keys/{key_id}/revoke", summary="Revoke an API key")
async def revoke_key(request: Request, key_id: UUID, session: SessionDep, page: AdminUser) -> Response:
    await key_service.revoke_key(session, key_id, actor=page.principal)
    return await _keys_page(request, session, {})


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


@router.get("/audit", summary="The audit log with filters")
async def audit_log(
    request: Request,
    session: SessionDep,
    page: AdminUser,
    action: Annotated[str, Query(max_length=40)] = "",
    resource_id: Annotated[str, Query(max_length=40)] = "",
    actor_id: Annotated[str, Query(max_length=40)] = "",
    since: Annotated[str, Query(max_length=40)] = "",
    until: Annotated[str, Query(max_length=40)] = "",
    cursor: CursorQuery = None,
) -> Response:
    def uuid_or_none(text: str) -> UUID | None:
        try:
            return UUID(text) if text.strip() else None
        except ValueError:
            return None

    action_filter = AuditAction(action) if action in set(AuditAction) else None
    error = None
    try:
        events, next_cursor = await audit_service.page(
            session,
            limit=100,
            cursor=cursor,
            actor_key_id=uuid_or_none(actor_id),
            resource_id=uuid_or_none(resource_id),
            action=action_filter,
            since=_parse_time(since),
            until=_parse_time(until),
        )
    except ValidationFailed as exc:
        events, next_cursor, error = [], None, exc.detail
    context = {
        "title": "Protokoll",
        "section": "audit",
        "events": events,
        "next_cursor": next_cursor,
        "actions": list(AuditAction),
        "filters": {
            "action": action_filter or "",
            "resource_id": resource_id,
            "actor_id": actor_id,
            "since": since,
            "until": until,
        },
        "error": error,
    }
    return render(request, "admin/audit.html", context)
