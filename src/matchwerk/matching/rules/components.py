"""The six match components as pure functions of the two profiles (rules: see ``scoring``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypeGuard

import numpy as np
from rapidfuzz import fuzz

from matchwerk.geo.distance import haversine_km
from matchwerk.matching.rules.profiles import (
    CandidateOccupation,
    CandidateProfile,
    OccupationCatalogue,
    VacancyProfile,
)
from matchwerk.matching.rules.vocabulary import (
    AVAILABILITY_GRACE_DAYS,
    AVAILABILITY_HORIZON_DAYS,
    COMPONENTS,
    EXPERIENCE_SATURATION_YEARS,
    KLDB_LEVEL_SCORES,
    NON_REGULATED_OTHERWISE,
    NON_REGULATED_RECOGNITION,
    RECOGNITION_SUPPORT_BONUS,
    REGULATED_RECOGNITION,
    TITLE_SIMILARITY_FACTOR,
    cefr_rank,
)


@dataclass(frozen=True, slots=True)
class Components:
    """One value per component (scores or weights), in the fixed component order."""

    occupation: float
    language: float
    recognition: float
    experience: float
    availability: float
    location: float

    def as_dict(self) -> dict[str, float]:
        """The values keyed by component name."""
        # Not dataclasses.astuple: it deep-copies, and this runs for every explained result.
        return {name: getattr(self, name) for name in COMPONENTS}


@dataclass(frozen=True, slots=True)
class OccupationMatch:
    """The best of C's occupations for V: its index in C.occupations (None without any), score and kind."""

    index: int | None
    score: float
    kind: str


def is_resolved(kldb_code: str | None) -> TypeGuard[str]:
    """Whether a KldB code is a full 5-digit occupation code."""
    return kldb_code is not None and len(kldb_code) == 5 and kldb_code.isascii() and kldb_code.isdigit()


def kldb_hierarchy_score(candidate_code: str, vacancy_code: str) -> tuple[float, str]:
    """The KldB hierarchy value of two resolved codes and its kind."""
    kind = kldb_relation(candidate_code, vacancy_code)
    return KLDB_LEVEL_SCORES[kind], kind


def kldb_relation(candidate_code: str, vacancy_code: str) -> str:
    """How two resolved codes relate in the KldB hierarchy (a key of ``KLDB_LEVEL_SCORES``)."""
    if candidate_code == vacancy_code:
        return "same_occupation"
    if candidate_code[:4] == vacancy_code[:4]:
        return "same_group_at_or_above" if candidate_code[4] >= vacancy_code[4] else "same_group_below"
    if candidate_code[:3] == vacancy_code[:3]:
        return "same_3_digit"
    if candidate_code[:2] == vacancy_code[:2]:
        return "same_2_digit"
    return "unrelated"


def related_strength(candidate_code: str, vacancy_code: str, catalogue: OccupationCatalogue) -> float:
    """The catalogue's related strength between two codes, looked up in both directions."""
    forward = catalogue.related(vacancy_code).get(candidate_code, 0.0)
    backward = catalogue.related(candidate_code).get(vacancy_code, 0.0)
    return max(forward, backward)


def title_similarity(candidate_title: str, vacancy_title: str, catalogue: OccupationCatalogue) -> float:
    """Fuzzy similarity of two normalised titles, halved (used when a code is missing)."""
    ratio = fuzz.token_sort_ratio(catalogue.normalise(candidate_title), catalogue.normalise(vacancy_title))
    return ratio / 100 * TITLE_SIMILARITY_FACTOR


def occupation_pair_score(
    occupation: CandidateOccupation, vacancy: VacancyProfile, catalogue: OccupationCatalogue
) -> tuple[float, str]:
    """The occupation component of one candidate occupation against V, with its kind."""
    candidate_code, vacancy_code = occupation.kldb_code, vacancy.kldb_code
    if not is_resolved(candidate_code) or not is_resolved(vacancy_code):
        return title_similarity(occupation.title, vacancy.title, catalogue), "title_similarity"
    hierarchy, kind = kldb_hierarchy_score(candidate_code, vacancy_code)
    related = related_strength(candidate_code, vacancy_code, catalogue)
    if related > hierarchy:
        return related, "related"
    return hierarchy, kind


def best_occupation(
    candidate: CandidateProfile, vacancy: VacancyProfile, catalogue: OccupationCatalogue
) -> OccupationMatch:
    """C's best occupation for V (ties: first listed)."""
    best = OccupationMatch(index=None, score=0.0, kind="no_occupations")
    for index, occupation in enumerate(candidate.occupations):
        score, kind = occupation_pair_score(occupation, vacancy, catalogue)
        if best.index is None or score > best.score:
            best = OccupationMatch(index=index, score=score, kind=kind)
    return best


def language_level(candidate: CandidateProfile, code: str) -> int:
    """C's rank in a language (0 when not spoken)."""
    levels = [cefr_rank(skill.level) for skill in candidate.languages if skill.code == code]
    return max(levels, default=0)


def language_requirements(vacancy: VacancyProfile) -> list[tuple[str, int]]:
    """V's required languages with their rank, German first."""
    required = [("de", cefr_rank(vacancy.german_min))] if vacancy.german_min is not None else []
    return required + [(skill.code, cefr_rank(skill.level)) for skill in vacancy.languages]


def language_gap_score(gap: int, course: bool) -> float:
    """The score of one language requirement for a CEFR gap (required minus C's level)."""
    if gap <= 0:
        return 1.0
    if gap == 1:
        return 0.8 if course else 0.6
    if gap == 2:
        return 0.4 if course else 0.25
    return 0.05


def language_score(candidate: CandidateProfile, vacancy: VacancyProfile) -> float:
    """The language component: the average over V's language requirements."""
    requirements = language_requirements(vacancy)
    if not requirements:
        return 1.0
    course = vacancy.offers_language_course
    scores = [
        language_gap_score(required - language_level(candidate, code), course and code == "de")
        for code, required in requirements
    ]
    return sum(scores) / len(scores)


def uses_regulated_rules(vacancy: VacancyProfile, catalogue: OccupationCatalogue) -> bool:
    """Whether recognition is judged by the rules for regulated occupations."""
    if vacancy.recognition == "required":
        return True
    if vacancy.recognition == "not_required" or not is_resolved(vacancy.kldb_code):
        return False
    return catalogue.is_regulated(vacancy.kldb_code)


def effective_recognition_status(status: str, regulated: bool) -> str:
    """The status as the rules see it: under regulated rules only a real procedure counts."""
    if regulated and status not in REGULATED_RECOGNITION:
        return "not_started"
    return status


def recognition_score(status: str, regulated: bool, support: bool) -> float:
    """The recognition component for C's status under the given rules."""
    if not regulated:
        return NON_REGULATED_RECOGNITION.get(status, NON_REGULATED_OTHERWISE)
    score = REGULATED_RECOGNITION[effective_recognition_status(status, regulated)]
    return min(1.0, score + RECOGNITION_SUPPORT_BONUS) if support else score


def experience_score(years: float | None, min_years: float | None) -> float:
    """The experience component."""
    if years is None:
        return 0.0
    divisor = min_years if min_years else EXPERIENCE_SATURATION_YEARS
    return max(0.0, min(1.0, years / divisor))


def availability_days(available_from: date | None, start_date: date | None, today: date) -> int:
    """Days C becomes available after V's start (start None or past counts as today)."""
    start = start_date if start_date is not None and start_date >= today else today
    available = available_from if available_from is not None else today
    return (available - start).days


def availability_score(days: int) -> float:
    """The availability component for a delay in days."""
    if days <= 0:
        return 1.0
    if days <= AVAILABILITY_GRACE_DAYS:
        return 0.7
    if days < AVAILABILITY_HORIZON_DAYS:
        return (
            0.7 * (AVAILABILITY_HORIZON_DAYS - days) / (AVAILABILITY_HORIZON_DAYS - AVAILABILITY_GRACE_DAYS)
        )
    return 0.0


def distance_km(candidate: CandidateProfile, vacancy: VacancyProfile) -> float | None:
    """Great-circle distance between C and V, None when a place is unknown."""
    if candidate.latitude is None or candidate.longitude is None:
        return None
    if vacancy.latitude is None or vacancy.longitude is None:
        return None
    lat_c, lon_c = np.radians(candidate.latitude), np.radians(candidate.longitude)
    lat_v, lon_v = np.radians(vacancy.latitude), np.radians(vacancy.longitude)
    return float(haversine_km(lat_c, lon_c, np.cos(lat_c), lat_v, lon_v, np.cos(lat_v)))


def allowed_distance_km(candidate: CandidateProfile, vacancy: VacancyProfile) -> float | None:
    """The larger of V's radius and C's commute, None when neither is given."""
    limits = [limit for limit in (vacancy.radius_km, candidate.max_commute_km) if limit is not None]
    return max(limits) if limits else None


def location_score(distance: float, allowed: float) -> float:
    """The location component inside (or, when relocating, beyond) the allowed distance."""
    if distance > allowed:
        return 0.0
    if allowed <= 0:
        return 1.0
    return 1.0 - distance / allowed
