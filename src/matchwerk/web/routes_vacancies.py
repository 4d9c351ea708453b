"""Vacancies: list with filters, detail with ranked, explained candidates."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query, Request, Response

from matchwerk.db import SessionDep
from matchwerk.dependencies import CursorQuery
from matchwerk.employers import service as employer_service
from matchwerk.matching import service as matching_service
from matchwerk.vacancies import service as vacancy_service
from matchwerk.vacancies.models import VacancyStatus
from matchwerk.web.auth import Staff
from matchwerk.web.pages import PageRoute
from matchwerk.web.routes_placements import open_placements
from matchwerk.web.templating import render

router = APIRouter(prefix="/vacancies", route_class=PageRoute, include_in_schema=False)

PAGE_SIZE = 50


@router.get("", summary="Vacancies")
async def vacancies(
    request: Request,
    session: SessionDep,
    page: Staff,
    status: Annotated[str, Query(max_length=20)] = "",
    kldb_code: Annotated[str | None, Query(pattern=r"^[0-9]{0,5}$")] = None,
    cursor: CursorQuery = None,
) -> Response:
    status_filter = VacancyStatus(status) if status in set(VacancyStatus) else None
    rows, next_cursor = await vacancy_service.page(
        session,
        page.principal,
        limit=PAGE_SIZE,
        cursor=cursor,
        employer_id=None,
        status=status_filter,
        kldb_prefix=kldb_code or None,
    )
    employers, _ = await employer_service.page(session, page.principal, limit=200, cursor=None)
    context = {
        "title": "Stellen",
        "vacancies": rows,
        "employers": {e.id: e.name for e in employers},
        "status": status_filter or "",
        "kldb_code": kldb_code or "",
        "next_cursor": next_cursor,
    }
    return render(request, "vacancies/list.html", context)


@router.get("/{vacancy_id}", summary="A vacancy with its ranked candidates")
async def vacancy(
    request: Request,
    vacancy_id: UUID,
    session: SessionDep,
    page: Staff,
    strict: bool = False,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> Response:
    found = await vacancy_service.get(session, page.principal, vacancy_id)
    employer = await employer_service.get(session, page.principal, found.employer_id)
    query = matching_service.MatchQuery(
        limit=20, cursor=cursor, min_score=0.0, strict=strict, lang=request.state.lang
    )
    matches = await matching_service.vacancy_matches(
        session, request.app.state, page.principal, vacancy_id, query
    )
    open_cases = await open_placements(session, page, vacancy_id=vacancy_id)
    context = {
        "placements": {p.candidate_id: p for p in open_cases},
        "title": found.title,
        "vacancy": found,
        "employer": employer,
        "matches": matches,
        "strict": strict,
    }
    return render(request, "vacancies/detail.html", context)
