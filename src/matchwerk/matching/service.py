"""Match rules: who may see which matches, the process-wide indexes, explanations for the returned page."""

import asyncio
import hashlib
import hmac
from collections.abc import Mapping
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
from matchwerk.matching import rows
from matchwerk.matching.explain import explain
from matchwerk.matching.profiles import CandidateProfile, VacancyProfile, Weights
from matchwerk.matching.schemas import (
    BlockerCode,
    CandidateOccupationSummary,
    CandidateSummary,
    LanguageSummary,
    MatchComponent,
    MatchComponents,
    MatchFlag,
    MatchItem,
    MatchPage,
    SuggestionCode,
    VacancySummary,
)
from matchwerk.matching.sync import MatchingState, catch_up, load_all
from matchwerk.occupations import service as occupation_service
from matchwerk.privacy.pseudonyms import employer_pseudonym, pseudonym_secret
from matchwerk.vacancies import service as vacancy_service

BERLIN = ZoneInfo("Europe/Berlin")


class LiveCatalogue:
    """The occupation catalogue in use right now (imports replace it without a restart)."""

    def is_regulated(self, kldb_code: str) -> bool:
        return occupation_service.catalogue().is_regulated(kldb_code)

    def related(self, kldb_code: str) -> Mapping[str, float]:
        return occupation_service.catalogue().related(kldb_code)

    def helper_code(self, kldb_code: str) -> str | None:
        return occupation_service.catalogue().helper_code(kldb_code)

    def title(self, kldb_code: str, lang: str) -> str:
        return occupation_service.catalogue().title(kldb_code, lang)

    def normalise(self, title: str) -> str:
        return occupation_service.catalogue().normalise(title)


CATALOGUE = LiveCatalogue()


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
    w = get_settings().weights
    return Weights(
        occupation=w.occupation,
        language=w.language,
        recognition=w.recognition,
        experience=w.experience,
        availability=w.availability,
        location=w.location,
    )


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
                state = await load_all(session, CATALOGUE, weights())
                holder.matching_state = state
                return state
    await catch_up(session, state)
    return state


def _employer_candidate_id(employer_id: UUID, candidate_id: UUID, secret: bytes) -> UUID:
    """A per-employer stand-in for a candidate id: stable for that employer, unlinkable across employers."""
    digest = hmac.new(
        secret, b"employer-candidate-id:v1:" + employer_id.bytes + candidate_id.bytes, hashlib.sha256
    ).digest()
    return UUID(bytes=digest[:16], version=4)


def _candidate_summary(profile: CandidateProfile, pseudonym: str | None, lang: str) -> CandidateSummary:
    catalogue = occupation_service.catalogue()
    return CandidateSummary(
        pseudonym=pseudonym,
        occupations=[
            CandidateOccupationSummary(
                title=o.title,
                kldb_code=o.kldb_code,
                title_de=catalogue.title(o.kldb_code, lang) if o.kldb_code else None,
                years_experience=o.years_experience,
                qualification_level=o.qualification_level,
                recognition_status=o.recognition_status,
            )
            for o in profile.occupations
        ],
        languages=[LanguageSummary(code=x.code, level=x.level) for x in profile.languages],
        municipality=profile.municipality,
        available_from=profile.available_from,
        willing_to_relocate=profile.willing_to_relocate,
    )


def _vacancy_summary(profile: VacancyProfile, lang: str) -> VacancySummary:
    catalogue = occupation_service.catalogue()
    return VacancySummary(
        id=profile.id,
        employer_id=profile.employer_id,
        title=profile.title,
        kldb_code=profile.kldb_code,
        title_de=catalogue.title(profile.kldb_code, lang) if profile.kldb_code else None,
        municipality=profile.municipality,
        start_date=profile.start_date,
    )


def _item(
    candidate: CandidateProfile,
    vacancy: VacancyProfile,
    query: MatchQuery,
    day: date,
    employer_secret: bytes | None,
) -> MatchItem:
    explanation = explain(candidate, vacancy, CATALOGUE, today=day, weights=weights(), lang=query.lang)
    candidate_id, pseudonym = candidate.id, None
    if employer_secret is not None:
        candidate_id = _employer_candidate_id(vacancy.employer_id, candidate.id, employer_secret)
        pseudonym = employer_pseudonym(vacancy.employer_id, candidate.id, employer_secret)
    return MatchItem(
        candidate_id=candidate_id,
        vacancy_id=vacancy.id,
        score=round(explanation.score, 4),
        components=MatchComponents(
            **{
                name: MatchComponent(score=round(part.score, 4), weight=part.weight, reason=part.reason)
                for name, part in explanation.components.items()
            }
        ),
        blockers=list(explanation.blockers),
        blocker_codes=[BlockerCode(code) for code in explanation.blocker_codes],
        suggestions=list(explanation.suggestions),
        suggestion_codes=[SuggestionCode(code) for code in explanation.suggestion_codes],
        flags=[MatchFlag(flag) for flag in explanation.flags],
        candidate=_candidate_summary(candidate, pseudonym, query.lang),
        vacancy=_vacancy_summary(vacancy, query.lang),
    )


def _vacancy_profile(vacancy: Any) -> VacancyProfile:
    fields = (
        "id",
        "employer_id",
        "status",
        "title",
        "kldb_code",
        "postal_code",
        "municipality",
        "radius_km",
        "start_date",
        "german_min",
        "required_languages",
        "min_years_experience",
        "recognition_requirement",
        "offers_language_course",
        "offers_recognition_support",
    )
    return rows.vacancy_from_row({name: getattr(vacancy, name) for name in fields})


async def vacancy_matches(
    session: AsyncSession, holder: Any, principal: Principal, vacancy_id: UUID, query: MatchQuery
) -> MatchPage:
    """Ranked candidates for a vacancy; employers get pseudonymised candidates who share with employers."""
    vacancy = _vacancy_profile(await vacancy_service.get(session, principal, vacancy_id))
    secret = await pseudonym_secret(session)
    after = cursors.open_cursor(query.cursor, secret) if query.cursor else None
    state = await current_state(session, holder)
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
        items.append(_item(candidate, vacancy, query, day, secret if for_employer else None))
    next_cursor = cursors.seal(page[-1].score, page[-1].candidate_id, secret) if more else None
    return MatchPage(items=items, next_cursor=next_cursor)


async def candidate_matches(
    session: AsyncSession, holder: Any, principal: Principal, candidate_id: UUID, query: MatchQuery
) -> MatchPage:
    """Ranked open vacancies for a candidate (advisors and admins)."""
    record = await candidate_service.get(session, principal, candidate_id)
    c = record.candidate
    candidate = rows.candidate_from_rows(
        (
            c.id,
            c.status,
            c.consent_matching,
            c.consent_share_with_employers,
            c.work_authorization,
            c.postal_code,
            c.municipality,
            c.max_commute_km,
            c.willing_to_relocate,
            c.available_from,
        ),
        [
            (
                c.id,
                o.position,
                o.title,
                o.kldb_code,
                o.years_experience,
                o.qualification_level,
                o.recognition_status,
                o.recognition_compensation_measure,
            )
            for o in record.occupations
        ],
        [(c.id, x.position, x.code, x.level) for x in record.languages],
    )
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
        items.append(_item(candidate, vacancy, query, day, None))
    next_cursor = cursors.seal(page[-1].score, page[-1].vacancy_id, secret) if more else None
    return MatchPage(items=items, next_cursor=next_cursor)
