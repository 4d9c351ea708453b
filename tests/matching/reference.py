"""A plain, loop-over-everything scorer written from MATCHING.md, to check the vectorised indexes against."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from rapidfuzz import fuzz

from matchwerk.matching.rules.profiles import CandidateProfile, OccupationCatalogue, VacancyProfile
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
    if candidate.status != "active" or vacancy.status != "open" or not candidate.consent_matching:
        return None
    if for_employer and not candidate.consent_share_with_employers:
        return None
    if candidate.work_authorization not in ("permitted", "permitted_with_approval"):
        return None
    km, limit = distance(candidate, vacancy), allowed(candidate, vacancy)
    located = km is not None and limit is not None
    if km is not None and limit is not None and not candidate.willing_to_relocate and km > limit:
        return None

    occupation, best = 0.0, None
    for entry in candidate.occupations:
        value = occupation_value(entry.title, entry.kldb_code, vacancy, catalogue)
        if best is None or value > occupation:
            occupation, best = value, entry

    requirements = []
    if vacancy.german_min is not None:
        requirements.append(("de", LEVELS.get(vacancy.german_min, 0)))
    for skill in vacancy.languages:
        requirements.append((skill.code, LEVELS.get(skill.level, 0)))
    values = [
        gap_value(need - level_of(candidate, code), vacancy.offers_language_course and code == "de")
        for code, need in requirements
    ]
    language = sum(values) / len(values) if values else 1.0

    status = best.recognition_status if best is not None else "not_started"
    regulated = regulated_rules(vacancy, catalogue)
    if regulated:
        table = {"full": 1.0, "partial": 0.6, "applied": 0.4, "rejected": 0.0}
        recognition = table.get(status, 0.15)
        if vacancy.offers_recognition_support:
            recognition = min(1.0, recognition + 0.15)
    else:
        table = {"full": 1.0, "zab_evaluated": 1.0, "not_required": 1.0, "partial": 0.9}
        recognition = table.get(status, 0.8)

    years = best.years_experience if best is not None else None
    if years is None:
        experience = 0.0
    else:
        minimum = vacancy.min_years_experience
        experience = max(0.0, min(1.0, years / (minimum if minimum else 5.0)))

    start = vacancy.start_date if vacancy.start_date is not None and vacancy.start_date > today else today
    days = ((candidate.available_from or today) - start).days
    if days <= 0:
        availability = 1.0
    elif days <= 30:
        availability = 0.7
    else:
        availability = max(0.0, 0.7 * (180 - days) / 150)

    location = 0.0
    if km is not None and limit is not None:
        location = 0.0 if km > limit else (1.0 - km / limit if limit > 0 else 1.0)

    # v2 (MATCHING.md §1-2): no occupational relation, no match; occupation caps the score.
    if occupation < min_occupation:
        return None
    components = (occupation, language, recognition, experience, availability, location)
    location_weight = weights.location if located else 0.0
    rest_weights = (
        weights.language,
        weights.recognition,
        weights.experience,
        weights.availability,
        location_weight,
    )
    rest_values = (language, recognition, experience, availability, location)
    rest_total = sum(rest_weights)
    rest = (
        sum(w * v for w, v in zip(rest_weights, rest_values, strict=True)) / rest_total if rest_total else 1.0
    )
    total = occupation * (weights.occupation + (1 - weights.occupation) * rest)

    if strict:
        german_gap = (
            vacancy.german_min is not None
            and LEVELS.get(vacancy.german_min, 0) - level_of(candidate, "de") >= 2
        )
        if (regulated and status != "full") or german_gap:
            return None
        if candidate.work_authorization == "permitted_with_approval":
            return None
    return ReferenceResult(candidate.id, vacancy.id, total, components)


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
    results = []
    for candidate in candidates:
        result = score(
            candidate, vacancy, catalogue, today, weights or Weights(), strict, for_employer, min_occupation
        )
        if result is not None:
            results.append((result, candidate.id))
    return _page(results, k, min_score, after)


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
    results = []
    for vacancy in vacancies:
        result = score(
            candidate, vacancy, catalogue, today, weights or Weights(), strict, for_employer, min_occupation
        )
        if result is not None:
            results.append((result, vacancy.id))
    return _page(results, k, min_score, after)
