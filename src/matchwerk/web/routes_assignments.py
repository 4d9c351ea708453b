"""Zuordnung: the global assignment of people to open vacancies (a region, an occupation); accept it."""

from typing import Annotated

from fastapi import APIRouter, Form, Query, Request, Response
from pydantic import ValidationError

from matchwerk.db import SessionDep
from matchwerk.errors import Conflict, NotFound
from matchwerk.matching import service as matching_service
from matchwerk.matching.assign.schemas import AssignmentRequest
from matchwerk.placements import proposals
from matchwerk.placements.models import PlacementCreate
from matchwerk.web import repository
from matchwerk.web.auth import Staff
from matchwerk.web.pages import PageRoute
from matchwerk.web.templating import render

router = APIRouter(prefix="/assignments", route_class=PageRoute, include_in_schema=False)


@router.get("", summary="Run the global assignment for a region or occupation")
async def assignments(
    request: Request,
    session: SessionDep,
    page: Staff,
    kldb_code: Annotated[str, Query(max_length=5)] = "",
    municipality: Annotated[str, Query(max_length=200)] = "",
    min_score: Annotated[str, Query(max_length=5)] = "0.5",
    run: bool = False,
) -> Response:
    filters = {"kldb_code": kldb_code.strip(), "municipality": municipality.strip(), "min_score": min_score}
    context: dict[str, object] = {"title": "Zuordnung", "filters": filters, "result": None, "error": None}
    if run:
        try:
            body = AssignmentRequest.model_validate(
                {
                    "vacancy_filter": {
                        "kldb_code": filters["kldb_code"] or None,
                        "municipality": filters["municipality"] or None,
                    },
                    "min_score": min_score.replace(",", ".") or 0,
                }
            )
        except ValidationError:
            context["error"] = "Diese Angabe ist ungültig."
        else:
            result = await matching_service.assignments(session, request.app.state, page.principal, body)
            context["result"] = result
            context["titles"] = await repository.vacancy_titles(
                session, list({pair.vacancy_id for pair in result.pairs})
            )
    return render(request, "assignments.html", context)


@router.post("/accept", summary="Propose the chosen pairs (one placement each)")
async def accept(
    request: Request,
    session: SessionDep,
    page: Staff,
    pairs: Annotated[list[str], Form(max_length=500)],
) -> Response:
    created = skipped = 0
    for pair in pairs:
        candidate_id, _, vacancy_id = pair.partition(":")
        try:
            body = PlacementCreate.model_validate({"candidate_id": candidate_id, "vacancy_id": vacancy_id})
            await proposals.propose(session, page.principal, body)
            created += 1
        except (ValidationError, Conflict, NotFound):
            await session.rollback()
            skipped += 1
    context = {
        "title": "Zuordnung",
        "filters": {"kldb_code": "", "municipality": "", "min_score": "0.5"},
        "result": None,
        "error": None,
        "accepted": {"created": created, "skipped": skipped},
    }
    return render(request, "assignments.html", context)
