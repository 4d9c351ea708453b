"""A plain, loop-over-everything scorer written from MATCHING.md, to check the vectorised indexes against."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from rapidfuzz import fuzz

from matchwerk.matching.rules.profiles import (
    CandidateOccupation,
    CandidateProfile,
    OccupationCatalogue,
    VacancyProfile,
)
from matchwerk.matching.rules.vocabulary import Weights

LEVELS = {"A1": 1, "A2": 2, "B1": 3, "B2": 4, "C1": 5, "C2": 6, "native": 7}


@dataclass(frozen=True)
class ReferenceResult:
    """One ranked pair."""

    candidate_id: UUID
    vacancy_id: UUID
    score: float
    components: tuple[float, float, float, float, float, float]


def five_digits(code: str | None) -> bool:
    """A resolved KldB occupation code."""
    return code is not None and len(code) == 5 and code.isdigit()


def occupation_value(
    title: str, code: str | None, vacancy: VacancyProfile, catalogue: OccupationCatalogue
) -> float:
    """One candidate occupation against the vacancy."""
    if not five_digits(code) or not five_digits(vacancy.kldb_code):
        similarity = fuzz.token_sort_ratio(catalogue.normalise(title), catalogue.normalise(vacancy.title))
        return similarity / 100 * 0.5
    assert code is not None
    assert vacancy.kldb_code is not None
    wanted = vacancy.kldb_code
    if code == wanted:
        value = 1.0
    elif code[:4] == wanted[:4]:
        value = 0.85 if int(code[4]) >= int(wanted[4]) else 0.6
    elif code[:3] == wanted[:3]:
        value = 0.6
    elif code[:2] == wanted[:2]:
        value = 0.35
    else:
        value = 0.0
    related = max(catalogue.related(wanted).get(code, 0.0), catalogue.related(code).get(wanted, 0.0))
    return max(value, related)


def level_of(candidate: CandidateProfile, language: str) -> int:
    """The candidate's best level in a language."""
    best = 0
    for skill in candidate.languages:
        if skill.code == language:
            best = max(best, LEVELS.get(skill.level, 0))
    return best


def gap_value(gap: int, course: bool) -> float:
    """MATCHING.md's table for one language."""
    if gap <= 0:
        return 1.0
    if gap == 1:
        return 0.8 if course else 0.6
    if gap == 2:
        return 0.4 if course else 0.25
    return 0.05


def regulated_rules(vacancy: VacancyProfile, catalogue: OccupationCatalogue) -> bool:
    """Whether the regulated recognition table applies."""
    if vacancy.recognition == "required":
        return True
    if vacancy.recognition == "auto" and five_digits(vacancy.kldb_code):
        assert vacancy.kldb_code is not None
        return catalogue.is_regulated(vacancy.kldb_code)
    return False


def distance(candidate: CandidateProfile, vacancy: VacancyProfile) -> float | None:
    """Haversine distance in km."""
    if None in (candidate.latitude, candidate.longitude, vacancy.latitude, vacancy.longitude):
        return None
    assert candidate.latitude is not None
    assert candidate.longitude is not None
    assert vacancy.latitude is not None
    assert vacancy.longitude is not None
    phi1, phi2 = math.radians(candidate.latitude), math.radians(vacancy.latitude)
    lambda1, lambda2 = math.radians(candidate.longitude), math.radians(vacancy.longitude)
    s1 = math.sin((phi2 - phi1) / 2)
    s2 = math.sin((lambda2 - lambda1) / 2)
    h = s1 * s1 + math.cos(phi1) * math.cos(phi2) * (s2 * s2)
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, h)))


def allowed(candidate: CandidateProfile, vacancy: VacancyProfile) -> float | None:
    """The larger of the two radii."""
    radii = [r for r in (vacancy.radius_km, candidate.max_commute_km) if r is not None]
    return max(radii) if radii else None


def excluded(candidate: CandidateProfile, vacancy: VacancyProfile, for_employer: bool) -> bool:
    """The hard filters before any distance: status, consent, work authorisation."""
    if candidate.status != "active" or vacancy.status != "open" or not candidate.consent_matching:
        return True
    if for_employer and not candidate.consent_share_with_employers:
        return True
    return candidate.work_authorization not in ("permitted", "permitted_with_approval")


def best_occupation(
    candidate: CandidateProfile, vacancy: VacancyProfile, catalogue: OccupationCatalogue
) -> tuple[float, CandidateOccupation | None]:
    """The candidate's occupation that fits the vacancy best (the first of equals), and its value."""
    occupation, best = 0.0, None
    for entry in candidate.occupations:
        value = occupation_value(entry.title, entry.kldb_code, vacancy, catalogue)
        if best is None or value > occupation:
            occupation, best = value, entry
    return occupation, best


def language_value(candidate: CandidateProfile, vacancy: VacancyProfile) -> float:
    """The mean fit over every language the vacancy asks for (German first)."""
    requirements = []
    if vacancy.german_min is not None:
        requirements.append(("de", LEVELS.get(vacancy.german_min, 0)))
    for skill in vacancy.languages:
        requirements.append((skill.code, LEVELS.get(skill.level, 0)))
    values = [
        gap_value(need - level_of(candidate, code), vacancy.offers_language_course and code == "de")
        for code, need in requirements
    ]
    return sum(values) / len(values) if values else 1.0


def recognition_value(status: str, regulated: bool, support: bool) -> float:
    """How far the recognition of the best occupation has come, against what the occupation needs."""
    if not regulated:
        return {"full": 1.0, "zab_evaluated": 1.0, "not_required": 1.0, "partial": 0.9}.get(status, 0.8)
    recognition = {"full": 1.0, "partial": 0.6, "applied": 0.4, "rejected": 0.0}.get(status, 0.15)
    return min(1.0, recognition + 0.15) if support else recognition


def experience_value(best: CandidateOccupation | None, vacancy: VacancyProfile) -> float:
    """Years in the best occupation against the vacancy's minimum (5 when it names none)."""
    years = best.years_experience if best is not None else None
    if years is None:
        return 0.0
    minimum = vacancy.min_years_experience
    return max(0.0, min(1.0, years / (minimum if minimum else 5.0)))


def availability_value(candidate: CandidateProfile, vacancy: VacancyProfile, today: date) -> float:
    """Full when the candidate is free by the start, then falling to 0 at 180 days late."""
    start = vacancy.start_date if vacancy.start_date is not None and vacancy.start_date > today else today
    days = ((candidate.available_from or today) - start).days
    if days <= 0:
        return 1.0
    if days <= 30:
        return 0.7
    return max(0.0, 0.7 * (180 - days) / 150)


def location_value(km: float | None, limit: float | None) -> float:
    """Closer is better; 0 beyond the allowed radius or without places."""
    if km is None or limit is None:
        return 0.0
    return 0.0 if km > limit else (1.0 - km / limit if limit > 0 else 1.0)


def total_score(
    components: tuple[float, float, float, float, float, float], weights: Weights, located: bool
) -> float:
    """v2 (MATCHING.md §1-2): the occupation caps the score; location weighs only when both are placed."""
    occupation, language, recognition, experience, availability, location = components
    rest_weights = (
        weights.language,
        weights.recognition,
        weights.experience,
        weights.availability,
        weights.location if located else 0.0,
    )
    rest_values = (language, recognition, experience, availability, location)
    rest_total = sum(rest_weights)
    rest = (
        sum(w * v for w, v in zip(rest_weights, rest_values, strict=True)) / rest_total if rest_total else 1.0
    )
    return occupation * (weights.occupation + (1 - weights.occupation) * rest)


def strict_refuses(
    candidate: CandidateProfile, vacancy: VacancyProfile, regulated: bool, status: str
) -> bool:
    """Strict mode: no unfinished recognition in a regulated occupation, no German gap of two levels or
    more, no work permit still waiting for approval."""
    german_gap = (
        vacancy.german_min is not None and LEVELS.get(vacancy.german_min, 0) - level_of(candidate, "de") >= 2
    )
    return (
        (regulated and status != "full")
        or german_gap
        or candidate.work_authorization == "permitted_with_approval"
    )


def score(
    candidate: CandidateProfile,
    vacancy: VacancyProfile,
    catalogue: OccupationCatalogue,
    today: date,
    weights: Weights,
    strict: bool,
    for_employer: bool,
    min_occupation: float = 0.35,
) -> ReferenceResult | None:
    """Filters and score of one pair, None when filtered out."""
    if excluded(candidate, vacancy, for_employer):
        return None
    km, limit = distance(candidate, vacancy), allowed(candidate, vacancy)
    if km is not None and limit is not None and not candidate.willing_to_relocate and km > limit:
        return None
    occupation, best = best_occupation(candidate, vacancy, catalogue)
    # v2 (MATCHING.md §1-2): no occupational relation, no match.
    if occupation < min_occupation:
        return None
    status = best.recognition_status if best is not None else "not_started"
    regulated = regulated_rules(vacancy, catalogue)
    if strict and strict_refuses(candidate, vacancy, regulated, status):
        return None
    components = (
        occupation,
        language_value(candidate, vacancy),
        recognition_value(status, regulated, vacancy.offers_recognition_support),
        experience_value(best, vacancy),
        availability_value(candidate, vacancy, today),
        location_value(km, limit),
    )
    located = km is not None and limit is not None
    return ReferenceResult(candidate.id, vacancy.id, total_score(components, weights, located), components)


def _scored(
    pairs: list[tuple[CandidateProfile, VacancyProfile, UUID]],
    catalogue: OccupationCatalogue,
    today: date,
    weights: Weights,
    strict: bool,
    for_employer: bool,
    min_occupation: float,
) -> list[tuple[ReferenceResult, UUID]]:
    """Every pair that passes the filters, with its score and the id it is ranked by."""
    results = []
    for candidate, vacancy, key in pairs:
        result = score(candidate, vacancy, catalogue, today, weights, strict, for_employer, min_occupation)
        if result is not None:
            results.append((result, key))
    return results


def _page(
    results: list[tuple[ReferenceResult, UUID]], k: int, min_score: float, after: tuple[float, UUID] | None
) -> list[ReferenceResult]:
    results = [(result, key) for result, key in results if result.score >= min_score]
    results.sort(key=lambda pair: (-pair[0].score, str(pair[1])))
    if after is not None:
        after_score, after_id = after
        results = [
            (result, key)
            for result, key in results
            if result.score < after_score or (result.score == after_score and str(key) > str(after_id))
        ]
    return [result for result, _ in results[:k]]


def rank_candidates(
    candidates: Sequence[CandidateProfile],
    vacancy: VacancyProfile,
    catalogue: OccupationCatalogue,
    k: int,
    *,
    today: date,
    weights: Weights | None = None,
    min_score: float = 0.0,
    strict: bool = False,
    for_employer: bool = False,
    after: tuple[float, UUID] | None = None,
    min_occupation: float = 0.35,
) -> list[ReferenceResult]:
    """The k best candidates for one vacancy."""
    pairs = [(candidate, vacancy, candidate.id) for candidate in candidates]
    scored = _scored(pairs, catalogue, today, weights or Weights(), strict, for_employer, min_occupation)
    return _page(scored, k, min_score, after)


def rank_vacancies(
    candidate: CandidateProfile,
    vacancies: Sequence[VacancyProfile],
    catalogue: OccupationCatalogue,
    k: int,
    *,
    today: date,
    weights: Weights | None = None,
    min_score: float = 0.0,
    strict: bool = False,
    for_employer: bool = False,
    after: tuple[float, UUID] | None = None,
    min_occupation: float = 0.35,
) -> list[ReferenceResult]:
    """The k best vacancies for one candidate."""
    pairs = [(candidate, vacancy, vacancy.id) for vacancy in vacancies]
    scored = _scored(pairs, catalogue, today, weights or Weights(), strict, for_employer, min_occupation)
    return _page(scored, k, min_score, after)
