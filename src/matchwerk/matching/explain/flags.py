"""Flags of a match, each with a sentence that says why (MATCHING.md §3)."""

from __future__ import annotations

from matchwerk.matching.explain import texts
from matchwerk.matching.explain.reasons import vacancy_name
from matchwerk.matching.rules.components import is_resolved, related_strength
from matchwerk.matching.rules.profiles import (
    CandidateOccupation,
    CandidateProfile,
    OccupationCatalogue,
    VacancyProfile,
)

FLAG_BELOW_QUALIFICATION = "below_qualification"
FLAG_WORK_APPROVAL = "needs_work_approval"


def above_in_kind(
    occupation: CandidateOccupation, vacancy_code: str, catalogue: OccupationCatalogue
) -> str | None:
    """C's code when it is V's occupation at a higher skill level: same 4-digit group or catalogue-related."""
    code = occupation.kldb_code
    if not is_resolved(code) or code[4] <= vacancy_code[4]:
        return None
    if code[:4] == vacancy_code[:4] or related_strength(code, vacancy_code, catalogue) > 0:
        return code
    return None


def flags(
    candidate: CandidateProfile, vacancy: VacancyProfile, catalogue: OccupationCatalogue, lang: str
) -> list[tuple[str, str]]:
    """(code, sentence) for ``below_qualification`` and ``needs_work_approval``."""
    wording = texts.TEXTS[lang]
    found: list[tuple[str, str]] = []
    vacancy_code = vacancy.kldb_code
    if is_resolved(vacancy_code):
        higher = [code for o in candidate.occupations if (code := above_in_kind(o, vacancy_code, catalogue))]
        if higher:
            code = max(higher, key=lambda value: value[4])
            levels = texts.SKILL_LEVEL_TEXT[lang]
            sentence = wording["flag_below_qualification"].format(
                candidate=f"{catalogue.title(code, lang)} ({code})",
                have=levels.get(code[4], code[4]),
                vacancy=vacancy_name(vacancy, catalogue, lang),
                need=levels.get(vacancy_code[4], vacancy_code[4]),
            )
            found.append((FLAG_BELOW_QUALIFICATION, sentence))
    if candidate.work_authorization == "permitted_with_approval":
        found.append((FLAG_WORK_APPROVAL, wording["flag_work_approval"]))
    return found
