"""The matching facade: who may see which matches, the process-wide indexes, one explained page.

Other features call the public functions here (``vacancy_matches``, ``candidate_matches``, ``match_pair``,
``explain_pair``, ``employer_candidate_id``, ``resolve_employer_candidate_id``, ``current_state``,
``weights``, ``today``, ``COMPONENTS``) and never reach into ``rules``, ``index`` or ``sync`` themselves.
"""

import asyncio
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.auth.models import Principal, Role
from matchwerk.candidates import service as candidate_service
from matchwerk.config import get_settings
from matchwerk.matching import cursor as cursors
from matchwerk.matching.assign import service as assignment
from matchwerk.matching.assign.schemas import (
    AssignedPair,
    AssignmentFigures,
    AssignmentRequest,
    AssignmentResult,
)
from matchwerk.matching.catalogue import CATALOGUE
from matchwerk.matching.employer_ids import resolve_employer_candidate_id
from matchwerk.matching.pair import candidate_profile as candidate_profile
from matchwerk.matching.pair import explain_pair as explain_pair
from matchwerk.matching.pair import match_pair as match_pair
from matchwerk.matching.pair import scored as score_pair
from matchwerk.matching.pair import today, vacancy_profile, weights
from matchwerk.matching.present import employer_candidate_id as employer_candidate_id
from matchwerk.matching.present import match_item
from matchwerk.matching.rules.vocabulary import COMPONENTS
from matchwerk.matching.schemas import MatchPage
from matchwerk.matching.sync import repository
from matchwerk.matching.sync.state import MatchingState, catch_up, load_all
from matchwerk.privacy.pseudonyms import pseudonym_secret
from matchwerk.vacancies import service as vacancy_service

__all__ = [
    "CATALOGUE",
    "COMPONENTS",
    "MatchQuery",
    "assignments",
    "candidate_matches",
    "candidate_profile",
    "current_state",
    "employer_candidate_id",
    "explain_pair",
    "match_pair",
    "resolve_employer_candidate_id",
    "today",
    "vacancy_matches",
    "vacancy_profile",
    "weights",
]


@dataclass(frozen=True)
class MatchQuery:
    """Paging and filters of a match request."""

    limit: int
    cursor: str | None
    min_score: float
    strict: bool
    lang: str


async def current_state(session: AsyncSession, holder: Any) -> MatchingState:
    """This app instance's indexes, built on first use and caught up with the database before each query."""
    state: MatchingState | None = getattr(holder, "matching_state", None)
    if state is None:
        if getattr(holder, "matching_lock", None) is None:
            holder.matching_lock = asyncio.Lock()
        async with holder.matching_lock:
            state = getattr(holder, "matching_state", None)
            if state is None:
                state = await load_all(session, CATALOGUE, weights(), get_settings().min_occupation)
                holder.matching_state = state
                return state
    await catch_up(session, state)
    return state


async def vacancy_matches(
    session: AsyncSession, holder: Any, principal: Principal, vacancy_id: UUID, query: MatchQuery
) -> MatchPage:
    """Ranked candidates for a vacancy; employers get pseudonymised candidates who share with employers."""
    record = await vacancy_service.get(session, principal, vacancy_id)
    secret = await pseudonym_secret(session)
    after = cursors.open_cursor(query.cursor, secret) if query.cursor else None
    state = await current_state(session, holder)
    # An open vacancy is in the index with its place already resolved; anything else ranks nobody.
    vacancy = state.vacancies.get(vacancy_id) or vacancy_profile(record)
    for_employer = principal.role is Role.EMPLOYER
    day = today()
    ranked = state.candidates.top_k(
        vacancy,
        query.limit + 1,
        today=day,
        min_score=query.min_score,
        strict=query.strict,
        for_employer=for_employer,
        after=after,
    )
    page, more = ranked[: query.limit], len(ranked) > query.limit
    items = []
    for scored in page:
        candidate = state.candidates.get(scored.candidate_id)
        assert candidate is not None
        result = score_pair(candidate, vacancy, day)
        items.append(
            match_item(
                candidate,
                vacancy,
                result,
                day=day,
                lang=query.lang,
                employer_secret=secret if for_employer else None,
            )
        )
    next_cursor = cursors.seal(page[-1].score, page[-1].candidate_id, secret) if more else None
    return MatchPage(items=items, next_cursor=next_cursor)


async def candidate_matches(
    session: AsyncSession, holder: Any, principal: Principal, candidate_id: UUID, query: MatchQuery
) -> MatchPage:
    """Ranked open vacancies for a candidate (advisors and admins)."""
    candidate = candidate_profile(await candidate_service.get(session, principal, candidate_id))
    secret = await pseudonym_secret(session)
    after = cursors.open_cursor(query.cursor, secret) if query.cursor else None
    state = await current_state(session, holder)
    day = today()
    ranked = state.vacancies.top_k(
        candidate, query.limit + 1, today=day, min_score=query.min_score, strict=query.strict, after=after
    )
    page, more = ranked[: query.limit], len(ranked) > query.limit
    items = []
    for scored in page:
        vacancy = state.vacancies.get(scored.vacancy_id)
        assert vacancy is not None
        result = score_pair(candidate, vacancy, day)
        items.append(match_item(candidate, vacancy, result, day=day, lang=query.lang, employer_secret=None))
    next_cursor = cursors.seal(page[-1].score, page[-1].vacancy_id, secret) if more else None
    return MatchPage(items=items, next_cursor=next_cursor)


async def assignments(
    session: AsyncSession, holder: Any, principal: Principal, body: AssignmentRequest
) -> AssignmentResult:
    """The assignment of candidates to the filtered open vacancies with the highest total score."""
    del principal  # advisors and admins see every candidate who consented to matching
    found = body.vacancy_filter
    positions = await repository.open_positions(
        session, found.kldb_code, found.municipality, found.employer_id
    )
    state = await current_state(session, holder)
    solved = assignment.solve(
        state.candidates,
        state.vacancies,
        assignment.open_capacity(positions, {}),
        today=today(),
        min_score=body.min_score,
    )
    pairs = solved.pairs()
    return AssignmentResult(
        pairs=[AssignedPair(candidate_id=c, vacancy_id=v, score=round(score, 4)) for c, v, score in pairs],
        total_score=round(solved.best.total_score, 4),
        placed=solved.best.placed,
        greedy=AssignmentFigures(
            total_score=round(solved.first_come.total_score, 4), placed=solved.first_come.placed
        ),
        vacancies=len(solved.vacancy_ids),
        positions=assignment.total_positions(solved),
        edges=len(solved.graph.score),
        placements_created=False,
    )
