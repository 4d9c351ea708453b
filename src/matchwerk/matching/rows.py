"""Database rows → matching profiles (places resolved offline)."""

import json
from collections.abc import Iterable, Mapping
from typing import Any

from matchwerk.geo.places import default_registry
from matchwerk.matching.profiles import CandidateOccupation, CandidateProfile, LanguageSkill, VacancyProfile

Profile = CandidateProfile | VacancyProfile
UNKNOWN_AUTHORIZATION = "permitted"  # unknown status is not a reason to hide a person; advisors see the gap


def _place(postal_code: str | None, municipality: str | None) -> tuple[float | None, float | None]:
    place = default_registry().resolve(postal_code, municipality)
    return (place.latitude, place.longitude) if place else (None, None)


def candidate_from_rows(
    row: Mapping[str, Any], occupations: Iterable[Mapping[str, Any]], languages: Iterable[Mapping[str, Any]]
) -> CandidateProfile:
    """A candidate profile from its row and child rows."""
    latitude, longitude = _place(row["postal_code"], row["municipality"])
    return CandidateProfile(
        id=row["id"],
        status=row["status"],
        consent_matching=row["consent_matching"],
        consent_share_with_employers=row["consent_share_with_employers"],
        work_authorization=row["work_authorization"] or UNKNOWN_AUTHORIZATION,
        latitude=latitude,
        longitude=longitude,
        municipality=row["municipality"],
        max_commute_km=float(row["max_commute_km"]) if row["max_commute_km"] is not None else None,
        willing_to_relocate=row["willing_to_relocate"],
        occupations=tuple(
            CandidateOccupation(
                title=o["title"],
                kldb_code=o["kldb_code"],
                years_experience=o["years_experience"],
                qualification_level=o["qualification_level"],
                recognition_status=o["recognition_status"],
                compensation_measure=o["recognition_compensation_measure"],
            )
            for o in occupations
        ),
        languages=tuple(LanguageSkill(code=lang["code"], level=lang["level"]) for lang in languages),
        available_from=row["available_from"],
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
