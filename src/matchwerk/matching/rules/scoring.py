"""Pure match scoring (MATCHING.md §1-2): hard filters, the total score, blockers and strict.

The six component functions live in ``components``; this module combines them. Rules fixed here (and in
``components``) where MATCHING.md leaves room:

- A KldB code counts as resolved when it is exactly five digits; anything else (None, "", a group code)
  is treated like an unresolved title.
- Occupation: the best of C's occupations. Both codes resolved: the KldB hierarchy value (same 5-digit 1.0;
  same 4-digit group 0.85 when C's skill level digit is at or above V's, else 0.6; same 3-digit 0.6; same
  2-digit 0.35) or the catalogue's related strength, whichever is higher; related strength is looked up in
  both directions (``related(V)[C]`` and ``related(C)[V]``, the higher one). Either code unresolved:
  ``token_sort_ratio(normalise(C title), normalise(V title)) / 100 * 0.5``. No occupations scores 0.
- The occupation used for recognition and experience is the one with the highest occupation component
  (ties: first listed). Without occupations: recognition status ``not_started``, no years.
- Language: German (``german_min``) and the other required languages (``V.languages``) are averaged, German
  first, in the order given; no requirement gives 1.0. A missing language is level 0; several entries for
  one language take the highest. The course bonus applies to German only (any requirement with code "de").
- Recognition: ``V.recognition`` "required" means regulated rules, "not_required" non-regulated rules,
  "auto" regulated iff ``catalogue.is_regulated(V.kldb_code)`` (an unresolved V is not regulated). Under
  regulated rules ``zab_evaluated`` and ``not_required`` count as ``not_started`` and recognition support
  adds 0.15 (capped at 1) to every status; non-regulated rules get no support bonus.
- Experience: ``min(1, years / V.min)``; V.min None or 0: ``min(1, years / 5)``; years None: 0.
- Availability: days = C.available_from (None = today) − V.start_date (None or past = today);
  ≤0 → 1.0, ≤30 → 0.7, then ``0.7 * (180 - days) / 150`` down to 0 at 180 days.
- Location: haversine on the coordinates (Earth radius 6371.0088 km). The allowed distance is the larger
  of V.radius_km and C.max_commute_km (None ignored). The location component applies, and its weight is
  taken from occupation, only when both places and an allowed distance are known; then it is
  ``max(0, 1 - d / allowed)``, and C beyond the allowed distance is filtered out unless willing to
  relocate (then 0). Otherwise the location weight is 0 and its component 0.
- Blockers (``strict`` drops them): regulated rules and the best occupation not fully recognised;
  German two or more levels below ``german_min``; work authorization ``permitted_with_approval``.
- Score = Σ weight × component in the order occupation, language, recognition, experience, availability,
  location. Nothing is rounded here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from matchwerk.matching.rules.components import (
    Components,
    OccupationMatch,
    allowed_distance_km,
    availability_days,
    availability_score,
    best_occupation,
    distance_km,
    experience_score,
    language_level,
    language_score,
    location_score,
    recognition_score,
    uses_regulated_rules,
)
from matchwerk.matching.rules.profiles import CandidateProfile, OccupationCatalogue, VacancyProfile
from matchwerk.matching.rules.vocabulary import (
    BLOCKER_GERMAN,
    BLOCKER_RECOGNITION,
    BLOCKER_WORK_APPROVAL,
    DEFAULT_MIN_OCCUPATION,
    DEFAULT_WEIGHTS,
    GERMAN_BLOCKER_GAP,
    Weights,
    candidate_eligible,
    cefr_rank,
)


@dataclass(frozen=True, slots=True)
class PairFacts:
    """The facts a score was computed from, kept so an explanation never recomputes them."""

    distance_km: float | None
    allowed_km: float | None
    availability_days: int
    german_level: int
    recognition_status: str


@dataclass(frozen=True, slots=True)
class MatchScore:
    """The full breakdown of one pair's score."""

    score: float
    components: Components
    weights: Components
    occupation: OccupationMatch
    regulated: bool
    blockers: tuple[str, ...]
    facts: PairFacts


@dataclass(frozen=True, slots=True)
class ScoredMatch:
    """A ranked result: ids, total score and the six component values."""

    candidate_id: UUID
    vacancy_id: UUID
    score: float
    components: Components


def passes_hard_filters(
    candidate: CandidateProfile, vacancy: VacancyProfile, *, for_employer: bool = False
) -> bool:
    """MATCHING.md §1: status, consent, work authorization and distance."""
    eligible = candidate_eligible(candidate, for_employer=for_employer)
    if not eligible or vacancy.status != "open":
        return False
    distance, allowed = distance_km(candidate, vacancy), allowed_distance_km(candidate, vacancy)
    if distance is None or allowed is None or candidate.willing_to_relocate:
        return True
    return distance <= allowed


def effective_weights(weights: Weights, location_applies: bool) -> Components:
    """The six weights of one pair: location counts (in the rest) only when it applies."""
    return Components(
        occupation=weights.occupation,
        language=weights.language,
        recognition=weights.recognition,
        experience=weights.experience,
        availability=weights.availability,
        location=weights.location if location_applies else 0.0,
    )


def rest_weight(weights: Components) -> float:
    """The summed weights of every component but occupation, in component order."""
    return (
        weights.language + weights.recognition + weights.experience + weights.availability + weights.location
    )


def capped_score(weights: Components, components: Components) -> float:
    """v2: occupation × (w_occ + (1 − w_occ) × weighted mean of the rest), so occupation caps the score."""
    rest_sum = (
        weights.language * components.language
        + weights.recognition * components.recognition
        + weights.experience * components.experience
        + weights.availability * components.availability
        + weights.location * components.location
    )
    total_weight = rest_weight(weights)
    rest = rest_sum / total_weight if total_weight > 0 else 1.0
    return components.occupation * (weights.occupation + (1.0 - weights.occupation) * rest)


def blocker_codes(
    candidate: CandidateProfile, vacancy: VacancyProfile, recognition_status: str, regulated: bool
) -> tuple[str, ...]:
    """The blockers of a pair, given the status of C's best occupation."""
    blockers: list[str] = []
    if regulated and recognition_status != "full":
        blockers.append(BLOCKER_RECOGNITION)
    german_min = vacancy.german_min
    if (
        german_min is not None
        and cefr_rank(german_min) - language_level(candidate, "de") >= GERMAN_BLOCKER_GAP
    ):
        blockers.append(BLOCKER_GERMAN)
    if candidate.work_authorization == "permitted_with_approval":
        blockers.append(BLOCKER_WORK_APPROVAL)
    return tuple(blockers)


def score_match(
    candidate: CandidateProfile,
    vacancy: VacancyProfile,
    catalogue: OccupationCatalogue,
    *,
    today: date,
    weights: Weights | None = None,
) -> MatchScore:
    """Score one pair without applying the hard filters."""
    best = best_occupation(candidate, vacancy, catalogue)
    occupation = candidate.occupations[best.index] if best.index is not None else None
    status = occupation.recognition_status if occupation is not None else "not_started"
    regulated = uses_regulated_rules(vacancy, catalogue)
    distance, allowed = distance_km(candidate, vacancy), allowed_distance_km(candidate, vacancy)
    location_applies = distance is not None and allowed is not None
    days = availability_days(candidate.available_from, vacancy.start_date, today)
    components = Components(
        occupation=best.score,
        language=language_score(candidate, vacancy),
        recognition=recognition_score(status, regulated, vacancy.offers_recognition_support),
        experience=experience_score(
            occupation.years_experience if occupation is not None else None, vacancy.min_years_experience
        ),
        availability=availability_score(days),
        location=location_score(distance, allowed) if distance is not None and allowed is not None else 0.0,
    )
    pair_weights = effective_weights(weights or DEFAULT_WEIGHTS, location_applies)
    total = capped_score(pair_weights, components)
    return MatchScore(
        score=total,
        components=components,
        weights=pair_weights,
        occupation=best,
        regulated=regulated,
        blockers=blocker_codes(candidate, vacancy, status, regulated),
        facts=PairFacts(distance, allowed, days, language_level(candidate, "de"), status),
    )


def match(
    candidate: CandidateProfile,
    vacancy: VacancyProfile,
    catalogue: OccupationCatalogue,
    *,
    today: date,
    weights: Weights | None = None,
    strict: bool = False,
    for_employer: bool = False,
    min_occupation: float = DEFAULT_MIN_OCCUPATION,
) -> MatchScore | None:
    """Score one pair, or None when it is filtered out (hard filters and the occupation gate; blockers
    when strict)."""
    if not passes_hard_filters(candidate, vacancy, for_employer=for_employer):
        return None
    result = score_match(candidate, vacancy, catalogue, today=today, weights=weights)
    if result.components.occupation < min_occupation:
        return None
    if strict and result.blockers:
        return None
    return result
