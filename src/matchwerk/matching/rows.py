"""Database rows → matching profiles (places resolved offline)."""

import json
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from matchwerk.geo.places import default_registry
from matchwerk.matching.profiles import CandidateOccupation, CandidateProfile, LanguageSkill, VacancyProfile

Profile = CandidateProfile | VacancyProfile
UNKNOWN_AUTHORIZATION = "permitted"  # unknown status is not a reason to hide a person; advisors see the gap


@lru_cache(maxsize=100_000)
def _place(postal_code: str | None, municipality: str | None) -> tuple[float | None, float | None]:
    place = default_registry().resolve(postal_code, municipality)
    return (place.latitude, place.longitude) if place else (None, None)


# Column order of the rows read by position (see matching/repository.py):
#   candidate:  id, status, consent_matching, consent_share_with_employers, work_authorization, postal_code,
#               municipality, max_commute_km, willing_to_relocate, available_from
#   occupation: candidate_id, position, title, kldb_code, years_experience, qualification_level,
#               recognition_status, recognition_compensation_measure
#   language:   candidate_id, position, code, level


def candidate_from_rows(
    row: Sequence[Any], occupations: Iterable[Sequence[Any]], languages: Iterable[Sequence[Any]]
) -> CandidateProfile:
    """A candidate profile from its row and child rows (positional: this runs a million times per build)."""
    latitude, longitude = _place(row[5], row[6])
    return CandidateProfile(
        row[0],
        row[1],
        row[2],
        row[3],
        row[4] or UNKNOWN_AUTHORIZATION,
        latitude,
        longitude,
        row[6],
        float(row[7]) if row[7] is not None else None,
        row[8],
        tuple(CandidateOccupation(o[2], o[3], o[4], o[5], o[6], o[7]) for o in occupations),
        tuple(LanguageSkill(lang[2], lang[3]) for lang in languages),
        row[9],
    )


def vacancy_from_row(row: Mapping[str, Any]) -> VacancyProfile:
    """A vacancy profile from its row."""
    latitude, longitude = _place(row["postal_code"], row["municipality"])
    required = row["required_languages"]
    if isinstance(required, str):
        required = json.loads(required)
    return VacancyProfile(
        id=row["id"],
        employer_id=row["employer_id"],
        status=row["status"],
        title=row["title"],
        kldb_code=row["kldb_code"],
        latitude=latitude,
        longitude=longitude,
        municipality=row["municipality"],
        radius_km=float(row["radius_km"]) if row["radius_km"] is not None else None,
        start_date=row["start_date"],
        german_min=row["german_min"],
        languages=tuple(LanguageSkill(code=x["code"], level=x["level"]) for x in required),
        min_years_experience=row["min_years_experience"],
        recognition=row["recognition_requirement"],
        offers_language_course=row["offers_language_course"],
        offers_recognition_support=row["offers_recognition_support"],
    )
