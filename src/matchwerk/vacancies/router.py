"""HTTP routes for vacancies."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Path, Response, status

from matchwerk.auth.dependencies import require
from matchwerk.auth.models import Principal, Role
from matchwerk.common import LimitQuery, Page, etag_for
from matchwerk.db import SessionDep
from matchwerk.dependencies import CursorQuery, IfMatch, KldbPrefix, ValidVacancy
from matchwerk.errors import problems
from matchwerk.vacancies import service
from matchwerk.vacancies.models import (
    Vacancy,
    VacancyCreate,
    VacancyPublic,
    VacancyPut,
    VacancyStatus,
    VacancyUpdate,
)

router = APIRouter(prefix="/api/v1/vacancies", tags=["vacancies"])

Caller = Annotated[Principal, Depends(require(Role.ADMIN, Role.ADVISOR, Role.EMPLOYER))]
ExternalIdPath = Annotated[str, Path(min_length=1, max_length=200, pattern=r"^[A-Za-z0-9._:~@+-]+$")]


def _public(response: Response, vacancy: Vacancy) -> VacancyPublic:
    response.headers["ETag"] = etag_for(vacancy.version)
    return VacancyPublic.from_row(vacancy)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Create a vacancy",
    responses=problems(401, 403, 413, 422),
)
async def create_vacancy(
    body: VacancyCreate, session: SessionDep, principal: Caller, response: Response
) -> VacancyPublic:
    vacancy = await service.create(session, principal, body)
    response.headers["Location"] = f"{router.prefix}/{vacancy.id}"
    return _public(response, vacancy)


@router.get("", summary="List vacancies", responses=problems(401, 403, 422))
async def list_vacancies(
    session: SessionDep,
    principal: Caller,
    limit: LimitQuery = 50,
    cursor: CursorQuery = None,
    employer_id: UUID | None = None,
    status: VacancyStatus | None = None,
    kldb_code: KldbPrefix = None,
) -> Page[VacancyPublic]:
    rows, next_cursor = await service.page(
        session,
        principal,
        limit=limit,
        cursor=cursor,
        employer_id=employer_id,
        status=status,
        kldb_prefix=kldb_code,
    )
    return Page(items=[VacancyPublic.from_row(r) for r in rows], next_cursor=next_cursor)


@router.put(
    "/external/{external_id}",
    summary="Create or replace a vacancy by the employer's own id",
    responses={**problems(401, 403, 412, 413, 422), 201: {"model": VacancyPublic, "description": "Created"}},
)
async def put_vacancy_by_external_id(
    external_id: ExternalIdPath,
    body: VacancyPut,
    session: SessionDep,
    principal: Caller,
    response: Response,
    if_match: IfMatch = None,
) -> VacancyPublic:
    vacancy, created = await service.put_external(session, principal, external_id, body, if_match)
    if created:
        response.status_code = status.HTTP_201_CREATED
        response.headers["Location"] = f"{router.prefix}/{vacancy.id}"
    return _public(response, vacancy)


@router.get("/{vacancy_id}", summary="Get a vacancy", responses=problems(401, 403, 404, 422))
async def get_vacancy(principal: Caller, vacancy: ValidVacancy, response: Response) -> VacancyPublic:
    return _public(response, vacancy)


@router.patch("/{vacancy_id}", summary="Update a vacancy", responses=problems(401, 403, 404, 412, 413, 422))
async def update_vacancy(
    vacancy_id: UUID,
    body: VacancyUpdate,
    session: SessionDep,
    principal: Caller,
    response: Response,
    if_match: IfMatch = None,
) -> VacancyPublic:
    return _public(response, await service.update(session, principal, vacancy_id, body, if_match))


@router.delete(
    "/{vacancy_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a vacancy",
    responses=problems(401, 403, 404, 412, 422),
)
async def delete_vacancy(
    vacancy_id: UUID, session: SessionDep, principal: Caller, if_match: IfMatch = None
) -> None:
    await service.delete(session, principal, vacancy_id, if_match)
