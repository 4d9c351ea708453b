"""HTTP routes for placements: proposals, employers' interest, transitions, lists."""

from datetime import date
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Path, Query, Response, status

from matchwerk.auth.dependencies import require
from matchwerk.auth.models import Principal, Role
from matchwerk.common import LimitQuery, Page, etag_for
from matchwerk.db import SessionDep
from matchwerk.dependencies import CursorQuery, IfMatch
from matchwerk.errors import problems
from matchwerk.placements import proposals, service
from matchwerk.placements.models import (
    InterestCreate,
    PlacementCreate,
    PlacementPublic,
    Stage,
    TransitionCreate,
)
from matchwerk.placements.repository import PlacementFilter

router = APIRouter(prefix="/api/v1", tags=["placements"])

Staff = Annotated[Principal, Depends(require(Role.ADMIN, Role.ADVISOR))]
Caller = Annotated[Principal, Depends(require(Role.ADMIN, Role.ADVISOR, Role.EMPLOYER))]
Employer = Annotated[Principal, Depends(require(Role.EMPLOYER))]
_CREATED = "/api/v1/placements/{}"


def _public(response: Response, placement: PlacementPublic) -> PlacementPublic:
    response.headers["ETag"] = etag_for(placement.version)
    return placement


@router.post(
    "/placements",
    status_code=status.HTTP_201_CREATED,
    summary="Propose a candidate for a vacancy (score, components and flags are frozen now)",
    responses=problems(401, 403, 409, 413, 422),
)
async def create_placement(
    body: PlacementCreate, session: SessionDep, principal: Staff, response: Response
) -> PlacementPublic:
    placement = await proposals.propose(session, principal, body)
    response.headers["Location"] = _CREATED.format(placement.id)
    return _public(response, placement)


@router.post(
    "/vacancies/{vacancy_id}/matches/{candidate_id}/interest",
    status_code=status.HTTP_201_CREATED,
    summary="Ask for the person behind a pseudonymised match (employers; creates a requested placement)",
    responses=problems(401, 403, 404, 409, 413, 422),
)
async def express_interest(
    vacancy_id: UUID,
    candidate_id: Annotated[UUID, Path(description="The pseudonymous candidate_id the match showed")],
    session: SessionDep,
    principal: Employer,
    response: Response,
    body: InterestCreate | None = None,
) -> PlacementPublic:
    placement = await proposals.express_interest(
        session, principal, vacancy_id, candidate_id, body or InterestCreate()
    )
    response.headers["Location"] = _CREATED.format(placement.id)
    return _public(response, placement)


@router.get("/placements", summary="List placements", responses=problems(401, 403, 422))
async def list_placements(
    session: SessionDep,
    principal: Caller,
    limit: LimitQuery = 50,
    cursor: CursorQuery = None,
    stage: Annotated[
        list[Stage] | None, Query(description="One or more stages (repeat the parameter: any of them)")
    ] = None,
    vacancy_id: UUID | None = None,
    candidate_id: Annotated[
        UUID | None, Query(description="Employers: the pseudonymous id they know")
    ] = None,
    employer_id: UUID | None = None,
    open: Annotated[bool | None, Query(description="true: not hired or closed; false: finished")] = None,
    due_before: Annotated[date | None, Query(description="Next step due before this day")] = None,
) -> Page[PlacementPublic]:
    filters = PlacementFilter(
        stages=tuple(stage or ()),
        vacancy_id=vacancy_id,
        candidate_id=candidate_id,
        employer_id=employer_id,
        open=open,
        due_before=due_before,
    )
    items, next_cursor = await service.page(session, principal, filters, limit=limit, cursor=cursor)
    return Page(items=items, next_cursor=next_cursor)


@router.get(
    "/placements/{placement_id}",
    summary="Get a placement with its history",
    responses=problems(401, 403, 404, 422),
)
async def get_placement(
    placement_id: UUID, session: SessionDep, principal: Caller, response: Response
) -> PlacementPublic:
    return _public(response, await service.read(session, principal, placement_id))


@router.post(
    "/placements/{placement_id}/transitions",
    summary="Move a placement to another stage (409 lists the allowed moves)",
    responses=problems(401, 403, 404, 409, 412, 413, 422),
)
async def transition_placement(
    placement_id: UUID,
    body: TransitionCreate,
    session: SessionDep,
    principal: Caller,
    response: Response,
    if_match: IfMatch = None,
) -> PlacementPublic:
    return _public(response, await service.transition(session, principal, placement_id, body, if_match))
