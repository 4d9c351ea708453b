"""HTTP routes for employers."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Response, status

from matchwerk.auth.dependencies import require
from matchwerk.auth.models import Principal, Role
from matchwerk.common import LimitQuery, Page, etag_for
from matchwerk.db import SessionDep
from matchwerk.dependencies import CursorQuery, IfMatch
from matchwerk.employers import service
from matchwerk.employers.models import EmployerCreate, EmployerPublic, EmployerUpdate
from matchwerk.errors import problems

router = APIRouter(prefix="/api/v1/employers", tags=["employers"])

Reader = Annotated[Principal, Depends(require(Role.ADMIN, Role.ADVISOR, Role.EMPLOYER))]
Writer = Annotated[Principal, Depends(require(Role.ADMIN, Role.ADVISOR))]


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Create an employer",
    responses=problems(401, 403, 413, 422),
)
async def create_employer(
    body: EmployerCreate, session: SessionDep, principal: Writer, response: Response
) -> EmployerPublic:
    employer = await service.create(session, body)
    response.headers["ETag"] = etag_for(employer.version)
    response.headers["Location"] = f"{router.prefix}/{employer.id}"
    return EmployerPublic.from_row(employer)


@router.get("", summary="List employers", responses=problems(401, 403, 422))
async def list_employers(
    session: SessionDep,
    principal: Reader,
    limit: LimitQuery = 50,
    cursor: CursorQuery = None,
) -> Page[EmployerPublic]:
    rows, next_cursor = await service.page(session, principal, limit=limit, cursor=cursor)
    return Page(items=[EmployerPublic.from_row(r) for r in rows], next_cursor=next_cursor)


@router.get("/{employer_id}", summary="Get an employer", responses=problems(401, 403, 404, 422))
async def get_employer(
    employer_id: UUID, session: SessionDep, principal: Reader, response: Response
) -> EmployerPublic:
    employer = await service.get(session, principal, employer_id)
    response.headers["ETag"] = etag_for(employer.version)
    return EmployerPublic.from_row(employer)


@router.patch(
    "/{employer_id}", summary="Update an employer", responses=problems(401, 403, 404, 412, 413, 422)
)
async def update_employer(
    employer_id: UUID,
    body: EmployerUpdate,
    session: SessionDep,
    principal: Writer,
    response: Response,
    if_match: IfMatch = None,
) -> EmployerPublic:
    employer = await service.update(session, principal, employer_id, body, if_match)
    response.headers["ETag"] = etag_for(employer.version)
    return EmployerPublic.from_row(employer)


@router.delete(
    "/{employer_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete an employer with its vacancies",
    responses=problems(401, 403, 404, 412, 422),
)
async def delete_employer(
    employer_id: UUID, session: SessionDep, principal: Writer, if_match: IfMatch = None
) -> None:
    await service.delete(session, principal, employer_id, if_match)
