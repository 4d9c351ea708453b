"""People: search and list, intake form, profile with consent history and matching vacancies."""

from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import RedirectResponse
from pydantic import ValidationError
from starlette.datastructures import FormData

from matchwerk.audit import service as audit_service
from matchwerk.audit.models import AuditAction
from matchwerk.auth.models import Role
from matchwerk.candidates import service as candidate_service
from matchwerk.candidates.models import CandidateStatus
from matchwerk.candidates.schemas import CandidateCreate
from matchwerk.common import CefrLevel
from matchwerk.db import SessionDep
from matchwerk.dependencies import CursorQuery
from matchwerk.errors import Conflict
from matchwerk.matching import service as matching_service
from matchwerk.placements import service as placement_service
from matchwerk.placements.repository import PlacementFilter
from matchwerk.web import forms, search
from matchwerk.web import repository as web_repository
from matchwerk.web.auth import AnyUser, PageUser
from matchwerk.web.pages import PageRoute
from matchwerk.web.routes_lookup import occupation_hits
from matchwerk.web.templating import PAGE_HEADERS, render

router = APIRouter(prefix="/candidates", route_class=PageRoute, include_in_schema=False)

PAGE_SIZE = 25


@router.get("", summary="People: search and filters")
async def people(
    request: Request,
    session: SessionDep,
    page: AnyUser,
    q: Annotated[str, Query(max_length=200)] = "",
    status: Annotated[str, Query(max_length=20)] = "",
    german_min: Annotated[str, Query(max_length=10)] = "",
    reception_centre: Annotated[str | None, Query(max_length=200)] = None,
    offset: Annotated[int, Query(ge=0, le=10_000)] = 0,
    cursor: CursorQuery = None,
) -> Response:
    centre = reception_centre or None
    status_filter = CandidateStatus(status) if status in set(CandidateStatus) else None
    german_filter = CefrLevel(german_min) if german_min in set(CefrLevel) else None
    next_cursor = None
    if q.strip():
        records = await search.search_candidates(
            session,
            page.principal,
            text=q.strip(),
            reception_centre=centre,
            status=status_filter,
            limit=PAGE_SIZE,
            offset=offset,
        )
    else:
        records, next_cursor = await candidate_service.page(
            session,
            page.principal,
            limit=PAGE_SIZE,
            cursor=cursor,
            reception_centre=centre,
            status=status_filter,
            kldb_prefix=None,
            german_min=german_filter,
        )
    context = {
        "title": "Personen",
        "people": [candidate_service.to_public(r) for r in records],
        "q": q,
        "status": status_filter or "",
        "german_min": german_filter or "",
        "reception_centre": centre or "",
        "centres": await search.reception_centres(session, page.principal),
        "next_cursor": next_cursor,
        "next_offset": offset + PAGE_SIZE if q.strip() and len(records) == PAGE_SIZE else None,
    }
    return render(request, "candidates/list.html", context)


def _form_context(page: PageUser, values: FormData, errors: dict[str, str]) -> dict[str, Any]:
    return {
        "title": "Person erfassen",
        "values": values,
        "errors": errors,
        "occupation_rows": forms.OCCUPATION_ROWS,
        "language_rows": forms.LANGUAGE_ROWS,
        "driving_licences": forms.DRIVING_LICENCES,
        "suggestions": {},
    }


@router.get("/new", summary="Intake form")
async def new_person(request: Request, session: SessionDep, page: AnyUser) -> Response:
    context = _form_context(page, FormData([("lang-0-code", "de")]), {})
    context["centres"] = await search.reception_centres(session, page.principal)
    return render(request, "candidates/new.html", context)


@router.post("/new", summary="Save a new profile")
async def create_person(request: Request, session: SessionDep, page: AnyUser) -> Response:
    form = await request.form()
    centre = page.user.reception_centre if page.role is Role.INTAKE else None
    data = forms.candidate_data(form, centre)
    errors: dict[str, str] = {}
    try:
        body = CandidateCreate.model_validate(data)
        record = await candidate_service.create(session, page.principal, body)
    except ValidationError as exc:
        errors = forms.errors_by_field(data | forms.row_positions(form), exc)
    except Conflict:
        errors = {"reference": forms.MESSAGES["reference_taken"]}
    if errors:
        context = _form_context(page, form, errors)
        context["centres"] = await search.reception_centres(session, page.principal)
        for n in range(forms.OCCUPATION_ROWS):
            title = form.get(f"occ-{n}-title")
            if isinstance(title, str) and title.strip():
                context["suggestions"][n] = await occupation_hits(session, title)
        return render(request, "candidates/new.html", context, status_code=422)
    return RedirectResponse(
        f"/candidates/{record.candidate.id}?saved=1", status_code=303, headers=PAGE_HEADERS
    )


def _consent_history(events: list[Any]) -> list[dict[str, Any]]:
    history = []
    for event in reversed(events):  # newest first
        before = event.details.get("from") or {}
        after = event.details.get("to") or {}
        history.append({"at": event.created_at, "role": event.actor_role, "before": before, "after": after})
    return history


@router.get("/{candidate_id}", summary="Profile of a person")
async def profile(
    request: Request, candidate_id: UUID, session: SessionDep, page: AnyUser, saved: bool = False
) -> Response:
    loaded = await candidate_service.get(session, page.principal, candidate_id)
    record = await candidate_service.read(session, page.principal, loaded)
    events, _ = await audit_service.page(
        session, limit=100, cursor=None, resource_id=candidate_id, action=AuditAction.CONSENT_CHANGE
    )
    matches = placements = None
    placement_titles: dict[UUID, str] = {}
    if page.role in (Role.ADMIN, Role.ADVISOR):
        placements, _ = await placement_service.page(
            session, page.principal, PlacementFilter(candidate_id=candidate_id), limit=100, cursor=None
        )
        placement_titles = await web_repository.vacancy_titles(session, [p.vacancy_id for p in placements])
        query = matching_service.MatchQuery(
            limit=10, cursor=None, min_score=0.0, strict=False, lang=request.state.lang
        )
        matches = await matching_service.candidate_matches(
            session, request.app.state, page.principal, candidate_id, query
        )
    context = {
        "title": "Profil",
        "person": candidate_service.to_public(record),
        "consent_history": _consent_history(events),
        "matches": matches,
        "placements": placements,
        "placement_titles": placement_titles,
        "saved": saved,
    }
    return render(request, "candidates/detail.html", context)
