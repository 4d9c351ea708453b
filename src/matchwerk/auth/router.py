"""HTTP routes for API keys (admins only)."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Query, Response, status

from matchwerk.auth import service
from matchwerk.auth.dependencies import require
from matchwerk.auth.models import KeyCreate, KeyCreated, KeyPublic, Principal, Role
from matchwerk.common import LimitQuery, Page
from matchwerk.db import SessionDep
from matchwerk.dependencies import CursorQuery
from matchwerk.errors import problems

router = APIRouter(prefix="/api/v1/keys", tags=["keys"])

Admin = Annotated[Principal, Depends(require(Role.ADMIN))]


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Create an API key (the token is shown only in this response)",
    responses=problems(401, 403, 413, 422),
)
async def create_key(
    body: KeyCreate, session: SessionDep, principal: Admin, response: Response
) -> KeyCreated:
    key, token = await service.create_key(
        session,
        role=body.role,
        name=body.name,
        employer_id=body.employer_id,
        reception_centre=body.reception_centre,
        scope=body.scope,
        actor=principal,
    )
    response.headers["Location"] = f"{router.prefix}/{key.id}"
    return KeyCreated(**KeyPublic.from_row(key).model_dump(), token=token)


@router.get("", summary="List API keys", responses=problems(401, 403, 422))
async def list_keys(
    session: SessionDep,
    principal: Admin,
    limit: LimitQuery = 50,
    cursor: CursorQuery = None,
    role: Role | None = None,
    revoked: Annotated[bool | None, Query(description="true: only revoked keys; false: only active")] = None,
) -> Page[KeyPublic]:
    rows, next_cursor = await service.page(session, limit=limit, cursor=cursor, role=role, revoked=revoked)
    return Page(items=[KeyPublic.from_row(r) for r in rows], next_cursor=next_cursor)


@router.get("/{key_id}", summary="Get an API key", responses=problems(401, 403, 404, 422))
async def get_key(key_id: UUID, session: SessionDep, principal: Admin) -> KeyPublic:
    return KeyPublic.from_row(await service.get_key(session, key_id))


@router.delete(
    "/{key_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Revoke an API key (effective on the next request, in every replica)",
    responses=problems(401, 403, 404, 422),
)
async def revoke_key(key_id: UUID, session: SessionDep, principal: Admin) -> None:
    await service.revoke_key(session, key_id, actor=principal)
