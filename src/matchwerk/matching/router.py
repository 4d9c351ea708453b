"""HTTP routes for matches in both directions."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Header, Query, Request

from matchwerk.auth.dependencies import require
from matchwerk.auth.models import Principal, Role
from matchwerk.common import LimitQuery
from matchwerk.db import SessionDep
from matchwerk.dependencies import CursorQuery
from matchwerk.errors import problems
from matchwerk.matching import propose, service
from matchwerk.matching.assign.schemas import AssignmentRequest, AssignmentResult
from matchwerk.matching.schemas import MatchPage
from matchwerk.problem_i18n import preferred_language

router = APIRouter(prefix="/api/v1", tags=["matches"])

MinScore = Annotated[float, Query(ge=0, le=1, description="Leave out results scoring below this")]
Strict = Annotated[bool, Query(description="Leave out results that have a blocker")]
AcceptLanguage = Annotated[str | None, Header(description="de (default) or en, for the explanations")]


def _language(accept_language: str | None) -> str:
    """The first of de/en named in Accept-Language (by quality), German otherwise."""
    return preferred_language(accept_language, default="de")


def match_query(
    limit: LimitQuery = 20,
    cursor: CursorQuery = None,
    min_score: MinScore = 0.0,
    strict: Strict = False,
    accept_language: AcceptLanguage = None,
) -> service.MatchQuery:
    """Paging, filters and explanation language shared by both match routes."""
    return service.MatchQuery(
        limit=limit, cursor=cursor, min_score=min_score, strict=strict, lang=_language(accept_language)
    )


Query_ = Annotated[service.MatchQuery, Depends(match_query)]


@router.get(
    "/vacancies/{vacancy_id}/matches",
    operation_id="get_vacancy_matches",
    summary="Ranked, explained candidates for a vacancy",
    responses=problems(401, 403, 404, 422),
)
async def vacancy_matches(
    request: Request,
    vacancy_id: UUID,
    session: SessionDep,
    principal: Annotated[Principal, Depends(require(Role.ADMIN, Role.ADVISOR, Role.EMPLOYER))],
    query: Query_,
) -> MatchPage:
    return await service.vacancy_matches(session, request.app.state, principal, vacancy_id, query)


@router.get(
    "/candidates/{candidate_id}/matches",
    operation_id="get_candidate_matches",
    summary="Ranked, explained vacancies for a candidate",
    responses=problems(401, 403, 404, 422),
)
async def candidate_matches(
    request: Request,
    candidate_id: UUID,
    session: SessionDep,
    principal: Annotated[Principal, Depends(require(Role.ADMIN, Role.ADVISOR))],
    query: Query_,
) -> MatchPage:
    return await service.candidate_matches(session, request.app.state, principal, candidate_id, query)


@router.post(
    "/assignments",
    summary="Assign candidates to open vacancies with the highest total score (greedy figures beside)",
    tags=["assignments"],
    responses=problems(401, 403, 422),
)
async def assignments(
    request: Request,
    body: AssignmentRequest,
    session: SessionDep,
    principal: Annotated[Principal, Depends(require(Role.ADMIN, Role.ADVISOR))],
) -> AssignmentResult:
    result = await service.assignments(session, request.app.state, principal, body)
    if body.create_placements:
        created, skipped = await propose.propose_pairs(session, principal, result)
        result = result.model_copy(
            update={"placements_created": True, "placement_ids": created, "placements_skipped": skipped}
        )
    return result
