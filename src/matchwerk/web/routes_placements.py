"""Vermittlungen: propose and release from a vacancy, the board by stage, my cases due this week, a case."""

from datetime import date, timedelta
from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse
from pydantic import ValidationError

from matchwerk.db import SessionDep
from matchwerk.errors import Conflict, DomainError
from matchwerk.placements import proposals, rules
from matchwerk.placements import service as placement_service
from matchwerk.placements.models import (
    ClosedReason,
    PlacementCreate,
    PlacementPublic,
    Stage,
    TransitionCreate,
)
from matchwerk.placements.repository import PlacementFilter
from matchwerk.web import repository
from matchwerk.web.auth import PageUser, Staff
from matchwerk.web.pages import PageRoute
from matchwerk.web.templating import PAGE_HEADERS, render

router = APIRouter(prefix="/placements", route_class=PageRoute, include_in_schema=False)

BOARD_STAGES = (
    Stage.REQUESTED,
    Stage.PROPOSED,
    Stage.RELEASED,
    Stage.CONTACTED,
    Stage.INTERVIEW,
    Stage.TRIAL_WORK,
    Stage.OFFER,
)
Note = Annotated[str, Form(max_length=2000)]


async def open_placements(session: SessionDep, page: PageUser, **filters: Any) -> list[PlacementPublic]:
    """Open placements the user may see (up to 500, oldest first)."""
    items, _ = await placement_service.page(
        session, page.principal, PlacementFilter(open=True, **filters), limit=200, cursor=None
    )
    return items


def end_of_week(today: date) -> date:
    """The Sunday of this week."""
    return today + timedelta(days=6 - today.weekday())


@router.get("", summary="Placements: board by stage, my cases due this week")
async def board(request: Request, session: SessionDep, page: Staff) -> Response:
    items = await open_placements(session, page)
    titles = await repository.vacancy_titles(session, list({p.vacancy_id for p in items}))
    sunday = end_of_week(date.today())
    mine = await repository.placements_moved_by(session, page.principal.key_id, [p.id for p in items])
    due = sorted(
        (p for p in items if p.id in mine and p.next_step_due is not None and p.next_step_due <= sunday),
        key=lambda p: (p.next_step_due, p.id),
    )
    columns = [(stage.value, [p for p in items if p.stage is stage]) for stage in BOARD_STAGES]
    context = {"title": "Vermittlungen", "columns": columns, "due": due, "titles": titles, "sunday": sunday}
    return render(request, "placements/board.html", context)


@router.post("", summary="Propose a person for a vacancy")
async def propose(
    request: Request,
    session: SessionDep,
    page: Staff,
    candidate_id: Annotated[UUID, Form()],
    vacancy_id: Annotated[UUID, Form()],
) -> Response:
    try:
        created = await proposals.propose(
            session, page.principal, PlacementCreate(candidate_id=candidate_id, vacancy_id=vacancy_id)
        )
    except Conflict:
        existing = await open_placements(session, page, candidate_id=candidate_id, vacancy_id=vacancy_id)
        if not existing:
            raise
        created = existing[0]
    return RedirectResponse(f"/placements/{created.id}", status_code=303, headers=PAGE_HEADERS)


async def _case_page(
    request: Request, session: SessionDep, page: PageUser, placement_id: UUID, error: str | None = None
) -> Response:
    placement = await placement_service.read(session, page.principal, placement_id)
    titles = await repository.vacancy_titles(session, [placement.vacancy_id])
    context = {
        "title": "Vermittlungen",
        "placement": placement,
        "vacancy_title": titles.get(placement.vacancy_id, "–"),
        "moves": rules.allowed_moves(placement.stage),
        "reasons": list(ClosedReason),
        "error": error,
    }
    return render(request, "placements/detail.html", context, status_code=409 if error else 200)


@router.get("/{placement_id}", summary="One case with its history")
async def case(request: Request, placement_id: UUID, session: SessionDep, page: Staff) -> Response:
    return await _case_page(request, session, page, placement_id)


@router.post("/{placement_id}/transitions", summary="Move a case to another stage")
async def move(
    request: Request,
    placement_id: UUID,
    session: SessionDep,
    page: Staff,
    to: Annotated[Stage, Form()],
    note: Note = "",
    reason: Annotated[str, Form(max_length=40)] = "",
    next_step: Note = "",
    next_step_due: Annotated[str, Form(max_length=20)] = "",
    back: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    try:
        body = TransitionCreate.model_validate(
            {
                "to": to,
                "note": note or None,
                "reason": reason or None,
                "next_step": next_step or None,
                "next_step_due": next_step_due or None,
            }
        )
        await placement_service.transition(session, page.principal, placement_id, body)
    except ValidationError:
        return await _case_page(request, session, page, placement_id, "Diese Angabe ist ungültig.")
    except (Conflict, DomainError) as exc:
        if exc.status not in (409, 422):
            raise
        await session.rollback()
        return await _case_page(request, session, page, placement_id, exc.detail)
    target = back if back.startswith("/vacancies/") else f"/placements/{placement_id}"
    return RedirectResponse(target, status_code=303, headers=PAGE_HEADERS)
