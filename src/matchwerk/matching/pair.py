"""One candidate and one vacancy: their matching profiles, score and explanation (no index, no I/O)."""

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from matchwerk.config import get_settings
from matchwerk.matching.catalogue import CATALOGUE
from matchwerk.matching.present import match_item
from matchwerk.matching.rules.profiles import CandidateProfile, VacancyProfile
from matchwerk.matching.rules.scoring import MatchScore, match, score_match
from matchwerk.matching.rules.vocabulary import Weights
from matchwerk.matching.schemas import MatchItem
from matchwerk.matching.sync import rows

BERLIN = ZoneInfo("Europe/Berlin")


def weights() -> Weights:
    """Component weights from the settings."""
    return Weights(**get_settings().weights.model_dump())


def today() -> date:
    """Today in Germany (availability is counted in German calendar days)."""
    return datetime.now(BERLIN).date()


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


def scored(candidate: CandidateProfile, vacancy: VacancyProfile, day: date) -> MatchScore:
    """The breakdown of a pair the index already ranked (its filters were applied there)."""
    return score_match(candidate, vacancy, CATALOGUE, today=day, weights=weights())


def explain_pair(candidate: CandidateProfile, vacancy: VacancyProfile, *, lang: str = "de") -> MatchItem:
    """One pair scored and explained as a match item, hard filters not applied (placements freeze it)."""
    day = today()
    return match_item(
        candidate, vacancy, scored(candidate, vacancy, day), day=day, lang=lang, employer_secret=None
    )
