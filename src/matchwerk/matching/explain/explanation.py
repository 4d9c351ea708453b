"""Explanations for the returned matches only: a reason per component, blockers, suggestions and flags.

Rules fixed here (MATCHING.md §3 leaves them open):

- Blockers are the ones ``scoring`` computes (``recognition_missing``, ``german_gap``, ``work_approval``).
- ``recognition_counselling``: under regulated rules when the best occupation's status is not_started,
  not_required, zab_evaluated or rejected; under non-regulated rules when it is not_started and the
  occupation has a formal qualification (vocational or higher).
- ``compensation_measure``: the best occupation is partially equivalent; names C's measure or the usual ones.
- ``job_bsk``: V asks for German and C has at least A2 but less than the minimum.
- ``helper_entry``: regulated rules, no full recognition yet, and the catalogue has a helper-level code of
  V's group that differs from V's code.
- Flags: ``below_qualification`` when the best occupation's skill level digit is above V's, or any of C's
  occupations has a bachelor, master or doctorate and V is at helper or skilled level (digit 1 or 2);
  ``needs_work_approval`` for ``permitted_with_approval``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from matchwerk.matching.explain import texts
from matchwerk.matching.explain.flags import flags
from matchwerk.matching.explain.reasons import (
    Pair,
    component_reasons,
    gap_text,
    level_text,
    occupation_name,
    regulated_by_catalogue,
    vacancy_name,
)
from matchwerk.matching.rules.components import is_resolved
from matchwerk.matching.rules.profiles import CandidateProfile, OccupationCatalogue, VacancyProfile
from matchwerk.matching.rules.scoring import MatchScore, score_match
from matchwerk.matching.rules.vocabulary import (
    BLOCKER_GERMAN,
    BLOCKER_RECOGNITION,
    BLOCKER_WORK_APPROVAL,
    COMPONENTS,
    FORMAL_QUALIFICATIONS,
    JOB_BSK_FROM_RANK,
    Weights,
    cefr_rank,
)

SUGGESTION_COUNSELLING = "recognition_counselling"
SUGGESTION_COMPENSATION = "compensation_measure"
SUGGESTION_JOB_BSK = "job_bsk"
SUGGESTION_HELPER = "helper_entry"

_NEEDS_COUNSELLING = ("not_started", "not_required", "zab_evaluated", "rejected")


@dataclass(frozen=True, slots=True)
class ComponentExplanation:
    """One component of a match: its value, its weight and why."""

    score: float
    weight: float
    reason: str


@dataclass(frozen=True, slots=True)
class Explanation:
    """Everything shown with a match besides the profiles."""

    score: float
    components: dict[str, ComponentExplanation]
    blockers: tuple[str, ...]
    blocker_codes: tuple[str, ...]
    suggestions: tuple[str, ...]
    suggestion_codes: tuple[str, ...]
    flags: tuple[str, ...]
    flag_reasons: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        """The API's shape: components keyed by name, lists of strings."""
        return {
            "score": self.score,
            "components": {
                name: {"score": part.score, "weight": part.weight, "reason": part.reason}
                for name, part in self.components.items()
            },
            "blockers": list(self.blockers),
            "blocker_codes": list(self.blocker_codes),
            "suggestions": list(self.suggestions),
            "suggestion_codes": list(self.suggestion_codes),
            "flags": list(self.flags),
            "flag_reasons": list(self.flag_reasons),
        }


def explain(
    candidate: CandidateProfile,
    vacancy: VacancyProfile,
    catalogue: OccupationCatalogue,
    *,
    today: date,
    weights: Weights | None = None,
    lang: str = "de",
) -> Explanation:
    """Score and explain one match in German ("de", default) or English ("en")."""
    result = score_match(candidate, vacancy, catalogue, today=today, weights=weights)
    return explain_match(candidate, vacancy, result, catalogue, today=today, lang=lang)


def explain_match(
    candidate: CandidateProfile,
    vacancy: VacancyProfile,
    result: MatchScore,
    catalogue: OccupationCatalogue,
    *,
    today: date,
    lang: str = "de",
) -> Explanation:
    """Explain an already scored pair in one pass over its components and the facts they came from."""
    lang = lang if lang in texts.LANGUAGES else "de"
    reasons = component_reasons(candidate, vacancy, catalogue, result, today=today, lang=lang)
    values, component_weights = result.components.as_dict(), result.weights.as_dict()
    pair = Pair(candidate, vacancy, catalogue, result, lang)
    suggestions = _suggestions(pair)
    found_flags = flags(candidate, vacancy, catalogue, lang)
    return Explanation(
        score=result.score,
        components={
            name: ComponentExplanation(values[name], component_weights[name], reasons[name])
            for name in COMPONENTS
        },
        blockers=tuple(_blocker_text(code, pair) for code in result.blockers),
        blocker_codes=result.blockers,
        suggestions=tuple(text for _, text in suggestions),
        suggestion_codes=tuple(code for code, _ in suggestions),
        flags=tuple(code for code, _ in found_flags),
        flag_reasons=tuple(text for _, text in found_flags),
    )


def _blocker_text(code: str, pair: Pair) -> str:
    _, vacancy, catalogue, result, lang = pair
    wording = texts.TEXTS[lang]
    if code == BLOCKER_RECOGNITION:
        status = texts.RECOGNITION_STATUS_TEXT[lang].get(
            result.facts.recognition_status, result.facts.recognition_status
        )
        if not regulated_by_catalogue(vacancy, catalogue):
            return wording["blocker_recognition_required"].format(status=status)
        return wording["blocker_recognition_regulated"].format(
            vacancy=vacancy_name(vacancy, catalogue, lang), status=status
        )
    if code == BLOCKER_GERMAN:
        need, have = cefr_rank(vacancy.german_min), result.facts.german_level
        return wording["blocker_german"].format(
            have=level_text(have, lang), need=level_text(need, lang), gap=gap_text(need - have, lang)
        )
    assert code == BLOCKER_WORK_APPROVAL
    return wording["blocker_work_approval"]


def _suggestions(pair: Pair) -> list[tuple[str, str]]:
    candidate, vacancy, catalogue, result, lang = pair
    wording = texts.TEXTS[lang]
    suggestions: list[tuple[str, str]] = []
    index = result.occupation.index
    occupation = candidate.occupations[index] if index is not None else None
    status = result.facts.recognition_status
    formal = occupation is not None and occupation.qualification_level in FORMAL_QUALIFICATIONS
    if (result.regulated and status in _NEEDS_COUNSELLING) or (
        not result.regulated and status == "not_started" and formal
    ):
        name = (
            occupation_name(candidate, result, catalogue, lang)
            if occupation
            else vacancy_name(vacancy, catalogue, lang)
        )
        suggestions.append((SUGGESTION_COUNSELLING, wording["suggest_counselling"].format(occupation=name)))
    if occupation is not None and status == "partial":
        measure = occupation.compensation_measure or wording["usual_compensation"]
        suggestions.append((SUGGESTION_COMPENSATION, wording["suggest_compensation"].format(measure=measure)))
    have = result.facts.german_level
    if vacancy.german_min is not None and JOB_BSK_FROM_RANK <= have < cefr_rank(vacancy.german_min):
        text = wording["suggest_job_bsk"].format(have=level_text(have, lang), need=vacancy.german_min)
        suggestions.append((SUGGESTION_JOB_BSK, text))
    # Helper-level entry only within the candidate's own 4-digit group (a nurse while recognition runs).
    best_code = occupation.kldb_code if occupation is not None else None
    same_group = (
        is_resolved(best_code) and is_resolved(vacancy.kldb_code) and best_code[:4] == vacancy.kldb_code[:4]
    )
    if result.regulated and status != "full" and same_group and is_resolved(vacancy.kldb_code):
        helper = catalogue.helper_code(vacancy.kldb_code)
        if helper is not None and helper != vacancy.kldb_code:
            name = f"{catalogue.title(helper, lang)} ({helper})"
            suggestions.append((SUGGESTION_HELPER, wording["suggest_helper"].format(helper=name)))
    return suggestions
