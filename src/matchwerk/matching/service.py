"""The matching facade: who may see which matches, the process-wide indexes, one explained page.

Other features call the public functions here (``vacancy_matches``, ``candidate_matches``, ``match_pair``,
``explain_pair``, ``employer_candidate_id``, ``resolve_employer_candidate_id``, ``current_state``,
``weights``, ``today``, ``COMPONENTS``) and never reach into ``rules``, ``index`` or ``sync`` themselves.
"""

import asyncio
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

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
from matchwerk.matching.present import employer_candidate_id, match_item
from matchwerk.matching.rules.profiles import CandidateProfile, VacancyProfile
from matchwerk.matching.rules.scoring import MatchScore, match, score_match
from matchwerk.matching.rules.vocabulary import COMPONENTS, Weights
from matchwerk.matching.schemas import MatchItem, MatchPage
from matchwerk.matching.sync import repository, rows
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

BERLIN = ZoneInfo("Europe/Berlin")


@dataclass(frozen=True)
class MatchQuery:
    """Paging and filters of a match request."""

    limit: int
    cursor: str | None
    min_score: float
    strict: bool
    lang: str


def weights() -> Weights:
    """Component weights from the settings."""
    return Weights(**get_settings().weights.model_dump())


def today() -> date:
    """Today in Germany (availability is counted in German calendar days)."""
    return datetime.now(BERLIN).date()


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


def vacancy_profile(vacancy: Any) -> VacancyProfile:
    """The matching profile of a vacancy record (its place resolved once, here)."""
    return rows.vacancy_from_row(rows.fields_of(vacancy, rows.VACANCY_FIELDS))


def candidate_profile(record: Any) -> CandidateProfile:
    """The matching profile of a candidate record with its occupations and languages."""
    c = record.candidate
    return rows.candidate_from_rows(
        rows.fields_of(c, rows.CANDIDATE_FIELDS),
        [{**rows.fields_of(o, rows.OCCUPATION_FIELDS[1:]), "candidate_id": c.id} for o in record.occupations],
        [{**rows.fields_of(x, rows.LANGUAGE_FIELDS[1:]), "candidate_id": c.id} for x in record.languages],
    )


def match_pair(
    candidate: CandidateProfile,
    vacancy: VacancyProfile,
    *,
    day: date | None = None,
    strict: bool = False,
    for_employer: bool = False,
) -> MatchScore | None:
    """The score of one pair under the hard filters (None when filtered out), with the running weights."""
    return match(
        candidate,
        vacancy,
        CATALOGUE,
        today=day or today(),
        weights=weights(),
        strict=strict,
        for_employer=for_employer,
        min_occupation=get_settings().min_occupation,
    )


def _scored(candidate: CandidateProfile, vacancy: VacancyProfile, day: date) -> MatchScore:
    """The breakdown of a pair the index already ranked (its filters were applied there)."""
    return score_match(candidate, vacancy, CATALOGUE, today=day, weights=weights())


def explain_pair(candidate: CandidateProfile, vacancy: VacancyProfile, *, lang: str = "de") -> MatchItem:
    """One pair scored and explained as a match item, hard filters not applied (placements freeze it)."""
    day = today()
    return match_item(
        candidate, vacancy, _scored(candidate, vacancy, day), day=day, lang=lang, employer_secret=None
    )


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
        result = _scored(candidate, vacancy, day)
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
        result = _scored(candidate, vacancy, day)
        items.append(match_item(candidate, vacancy, result, day=day, lang=query.lang, employer_secret=None))
    next_cursor = cursors.seal(page[-1].score, page[-1].vacancy_id, secret) if more else None
    return MatchPage(items=items, next_cursor=next_cursor)


async def hired_counts(session: AsyncSession, vacancy_ids: list[UUID]) -> dict[UUID, int]:
    """Hires per vacancy. Seam for the placement workflow: until it exists nobody is hired through it."""
    del session, vacancy_ids
    return {}


async def assignments(
    session: AsyncSession, holder: Any, principal: Principal, body: AssignmentRequest
) -> AssignmentResult:
    """The assignment of candidates to the filtered open vacancies with the highest total score."""
    del principal  # advisors and admins see every candidate who consented to matching
    found = body.vacancy_filter
    positions = await repository.open_positions(
        session, found.kldb_code, found.municipality, found.employer_id
    )
    hired = await hired_counts(session, [vacancy_id for vacancy_id, _ in positions])
    state = await current_state(session, holder)
    solved = assignment.solve(
        state.candidates,
        state.vacancies,
        assignment.open_capacity(positions, hired),
        today=today(),
        min_score=body.min_score,
    )
    pairs = solved.pairs()
    # create_placements: the placement workflow is not part of this build yet; see docs/decisions.md.
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


async def candidates_reaching_open_vacancies(
    session: AsyncSession, holder: Any, *, min_score: float
) -> list[tuple[VacancyProfile, list[UUID]]]:
    """Each open vacancy of the index with the candidates whose match scores at least ``min_score``.

    Hard filters apply (active, consent to matching, work authorisation, within reach). This is the one
    place the statistics (supply and demand) read the index: one ranking pass per open vacancy.
    """
    state = await current_state(session, holder)
    vacancies, candidates, day = state.vacancies, state.candidates, today()
    everyone = len(candidates)
    out = []
    for vacancy_id in vacancies.ids():
        vacancy = vacancies.get(vacancy_id)
        if vacancy is None or vacancy.status != "open":
            continue
        ranked = candidates.top_k(vacancy, everyone, today=day, min_score=min_score)
        out.append((vacancy, [match.candidate_id for match in ranked]))
    return out
