"""One-line reasons per component, naming the facts a score was computed from."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from matchwerk.matching.explain import texts
from matchwerk.matching.rules.components import is_resolved, language_level, language_requirements
from matchwerk.matching.rules.profiles import CandidateProfile, OccupationCatalogue, VacancyProfile
from matchwerk.matching.rules.scoring import MatchScore
from matchwerk.matching.rules.vocabulary import (
    CEFR_LEVELS,
    KLDB_SHARED_DIGITS,
    NATIVE_RANK,
    RECOGNITION_SUPPORT_BONUS,
    TITLE_SIMILARITY_FACTOR,
)


def occupation_name(
    candidate: CandidateProfile, result: MatchScore, catalogue: OccupationCatalogue, lang: str
) -> str:
    """C's best occupation as shown: catalogue title and code, or the quoted title as entered."""
    index = result.occupation.index
    if index is None:
        return "—"
    occupation = candidate.occupations[index]
    if is_resolved(occupation.kldb_code):
        return f"{catalogue.title(occupation.kldb_code, lang)} ({occupation.kldb_code})"
    return f"„{occupation.title}“" if lang == "de" else f"“{occupation.title}”"


def vacancy_name(vacancy: VacancyProfile, catalogue: OccupationCatalogue, lang: str) -> str:
    """V's occupation as shown: catalogue title and code, or V's own title."""
    if is_resolved(vacancy.kldb_code):
        return f"{catalogue.title(vacancy.kldb_code, lang)} ({vacancy.kldb_code})"
    return vacancy.title


class Pair(NamedTuple):
    """What every reason is written from: the two profiles, the catalogue, the score and the language."""

    candidate: CandidateProfile
    vacancy: VacancyProfile
    catalogue: OccupationCatalogue
    result: MatchScore
    lang: str


def recognition_concerns_vacancy(result: MatchScore) -> bool:
    """Whether C's best occupation is the one V asks for (same code, or the same title when unresolved)."""
    match = result.occupation
    exact_title = match.kind == "title_similarity" and match.score >= TITLE_SIMILARITY_FACTOR
    return match.kind == "same_occupation" or exact_title


def regulated_by_catalogue(vacancy: VacancyProfile, catalogue: OccupationCatalogue) -> bool:
    """Whether V's occupation itself is regulated (as opposed to V merely requiring recognition)."""
    return is_resolved(vacancy.kldb_code) and catalogue.is_regulated(vacancy.kldb_code)


def level_text(rank: int, lang: str) -> str:
    """A CEFR rank as shown to people."""
    if rank <= 0:
        return texts.TEXTS[lang]["level_none"]
    if rank >= NATIVE_RANK:
        return texts.TEXTS[lang]["level_native"]
    return CEFR_LEVELS[rank - 1]


def gap_text(gap: int, lang: str) -> str:
    """How far below a requirement a level is."""
    wording = texts.TEXTS[lang]
    if gap <= 0:
        return wording["gap_met"]
    if gap <= 2:
        return wording[f"gap_{gap}"]
    return wording["gap_n"].format(levels=gap)


def years_text(years: float, lang: str) -> str:
    """A number of years, singular for exactly one."""
    return texts.TEXTS[lang]["year" if years == 1 else "years"].format(count=texts.amount(years, lang))


def component_reasons(
    candidate: CandidateProfile,
    vacancy: VacancyProfile,
    catalogue: OccupationCatalogue,
    result: MatchScore,
    *,
    today: date,
    lang: str,
) -> dict[str, str]:
    """The reason line of every component, each ending in its value."""
    values = result.components
    pair = Pair(candidate, vacancy, catalogue, result, lang)
    reasons = {
        "occupation": _occupation(pair),
        "language": _language(pair),
        "recognition": _recognition(pair),
        "experience": _experience(pair),
        "availability": _availability(pair, today),
        "location": _location(pair),
    }
    scores = values.as_dict()
    suffix = texts.TEXTS[lang]["score"]
    return {
        name: f"{text} {suffix.format(value=texts.decimal(scores[name], lang))}"
        for name, text in reasons.items()
    }


def _occupation(pair: Pair) -> str:
    candidate, vacancy, catalogue, result, lang = pair
    wording = texts.TEXTS[lang]
    prefix = "" if is_resolved(vacancy.kldb_code) else wording["vacancy_unresolved"]
    match = result.occupation
    if match.index is None:
        return prefix + wording["no_occupations"]
    if match.kind == "title_similarity":
        text = wording["title_similarity"].format(
            candidate=candidate.occupations[match.index].title,
            vacancy=vacancy.title,
            percent=texts.decimal(match.score / 0.5 * 100, lang, digits=0),
        )
        return prefix + text
    group = (vacancy.kldb_code or "")[: KLDB_SHARED_DIGITS.get(match.kind, 5)]
    return wording[match.kind].format(
        candidate=occupation_name(candidate, result, catalogue, lang),
        vacancy=vacancy_name(vacancy, catalogue, lang),
        group=group,
    )


def _language(pair: Pair) -> str:
    candidate, vacancy, _, _, lang = pair
    wording = texts.TEXTS[lang]
    requirements = language_requirements(vacancy)
    if not requirements:
        return wording["no_language_requirements"]
    parts = []
    for code, need in requirements:
        have = language_level(candidate, code)
        part = wording["language"].format(
            language=texts.LANGUAGE_NAMES[lang].get(code, code),
            have=level_text(have, lang),
            need=level_text(need, lang),
            gap=gap_text(need - have, lang),
        )
        if code == "de" and vacancy.offers_language_course and need - have in (1, 2):
            part += "; " + wording["course"]
        parts.append(part)
    text = "; ".join(parts)
    if len(parts) > 1:
        text += " — " + wording["average"].format(count=len(parts))
    return text


def _recognition(pair: Pair) -> str:
    candidate, vacancy, catalogue, result, lang = pair
    wording = texts.TEXTS[lang]
    if not result.regulated:
        rules_key = "rules_free"
    elif regulated_by_catalogue(vacancy, catalogue):
        rules_key = "rules_regulated"
    else:
        rules_key = "rules_required"
    # Always the occupation the vacancy asks for, then the candidate's recognition for it (or for another).
    rules = wording[rules_key].format(vacancy=vacancy_name(vacancy, catalogue, lang))
    if result.occupation.index is None:
        text = wording["recognition_none"].format(rules=rules)
    else:
        status = result.facts.recognition_status
        shown = texts.RECOGNITION_STATUS_TEXT[lang].get(status, status)
        if result.regulated and status in ("not_required", "zab_evaluated"):
            shown += wording["counts_as_not_started"]
        same = recognition_concerns_vacancy(result)
        text = wording["recognition_same" if same else "recognition_other"].format(
            rules=rules, status=shown, occupation=occupation_name(candidate, result, catalogue, lang)
        )
    if result.regulated and vacancy.offers_recognition_support:
        text += "; " + wording["support"].format(bonus=texts.decimal(RECOGNITION_SUPPORT_BONUS, lang))
    return text


def _experience(pair: Pair) -> str:
    candidate, vacancy, catalogue, result, lang = pair
    wording = texts.TEXTS[lang]
    index = result.occupation.index
    if index is None:
        return wording["no_occupations"]
    name = occupation_name(candidate, result, catalogue, lang)
    years = candidate.occupations[index].years_experience
    if years is None:
        return wording["experience_unknown"].format(occupation=name)
    minimum = vacancy.min_years_experience
    if not minimum:
        return wording["experience_no_minimum"].format(years=years_text(years, lang), occupation=name)
    return wording["experience"].format(
        years=years_text(years, lang), occupation=name, minimum=years_text(minimum, lang)
    )


def _availability(pair: Pair, today: date) -> str:
    candidate, vacancy, _, result, lang = pair
    wording = texts.TEXTS[lang]
    available_from = candidate.available_from
    available = (
        wording["available_now"]
        if available_from is None or available_from <= today
        else wording["available_from"].format(date=texts.day(available_from, lang))
    )
    start_date = vacancy.start_date
    start = wording["start_now"] if start_date is None or start_date <= today else texts.day(start_date, lang)
    days = result.facts.availability_days
    delay = wording["in_time"] if days <= 0 else wording["days_late"].format(days=days)
    return wording["availability"].format(available=available, start=start, delay=delay)


def _location(pair: Pair) -> str:
    candidate, vacancy, _, result, lang = pair
    wording = texts.TEXTS[lang]
    distance, allowed = result.facts.distance_km, result.facts.allowed_km
    if distance is None:
        candidate_known = candidate.latitude is not None and candidate.longitude is not None
        vacancy_known = vacancy.latitude is not None and vacancy.longitude is not None
        which = "place_both" if not (candidate_known or vacancy_known) else "place_candidate"
        if candidate_known:
            which = "place_vacancy"
        return wording["place_unknown"].format(which=wording[which])
    shown = texts.decimal(distance, lang, digits=1)
    if allowed is None:
        return wording["no_radius"].format(distance=shown)
    key = "within" if distance <= allowed else "relocating" if candidate.willing_to_relocate else "outside"
    return wording[key].format(distance=shown, allowed=texts.amount(allowed, lang))
