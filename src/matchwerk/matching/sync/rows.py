"""Database rows → matching profiles, read by column name; places are resolved here, once per row."""

import json
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from matchwerk.geo.places import default_registry
from matchwerk.matching.rules.profiles import (
    CandidateOccupation,
    CandidateProfile,
    LanguageSkill,
    VacancyProfile,
)

Profile = CandidateProfile | VacancyProfile
Row = Mapping[str, Any]
UNKNOWN_AUTHORIZATION = "permitted"  # unknown status is not a reason to hide a person; advisors see the gap

# The columns each profile is read from; ``repository`` selects exactly these, by name.
CANDIDATE_FIELDS = (
    "id",
    "status",
    "consent_matching",
    "consent_share_with_employers",
    "work_authorization",
    "postal_code",
    "municipality",
    "max_commute_km",
    "willing_to_relocate",
    "available_from",
)
OCCUPATION_FIELDS = (
    "candidate_id",
    "position",
    "title",
    "kldb_code",
    "years_experience",
    "qualification_level",
    "recognition_status",
    "recognition_compensation_measure",
)
LANGUAGE_FIELDS = ("candidate_id", "position", "code", "level")
VACANCY_FIELDS = (
    "id",
    "employer_id",
    "status",
    "title",
    "kldb_code",
    "postal_code",
    "municipality",
    "radius_km",
    "start_date",
    "german_min",
    "required_languages",
    "min_years_experience",
    "recognition_requirement",
    "offers_language_course",
    "offers_recognition_support",
)


@lru_cache(maxsize=100_000)
def place_of(postal_code: str | None, municipality: str | None) -> tuple[float | None, float | None]:
    place = default_registry().resolve(postal_code, municipality)
    return (place.latitude, place.longitude) if place else (None, None)


def _optional_float(value: Any) -> float | None:
    return float(value) if value is not None else None


def fields_of(item: Any, names: Iterable[str]) -> dict[str, Any]:
    """An ORM object's attributes as a row keyed by column name."""
    return {name: getattr(item, name) for name in names}


def candidate_from_rows(row: Row, occupations: Iterable[Row], languages: Iterable[Row]) -> CandidateProfile:
    """A candidate profile from its row and child rows (each in list position order)."""
    latitude, longitude = place_of(row["postal_code"], row["municipality"])
    return CandidateProfile(
        id=row["id"],
        status=row["status"],
        consent_matching=row["consent_matching"],
        consent_share_with_employers=row["consent_share_with_employers"],
        work_authorization=row["work_authorization"] or UNKNOWN_AUTHORIZATION,
        latitude=latitude,
        longitude=longitude,
        municipality=row["municipality"],
        max_commute_km=_optional_float(row["max_commute_km"]),
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
        languages=tuple(LanguageSkill(code=x["code"], level=x["level"]) for x in languages),
        available_from=row["available_from"],
    )


def vacancy_from_row(row: Row) -> VacancyProfile:
    """A vacancy profile from its row."""
    latitude, longitude = place_of(row["postal_code"], row["municipality"])
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
        radius_km=_optional_float(row["radius_km"]),
        start_date=row["start_date"],
        german_min=row["german_min"],
        languages=tuple(LanguageSkill(code=x["code"], level=x["level"]) for x in required),
        min_years_experience=row["min_years_experience"],
        recognition=row["recognition_requirement"],
        offers_language_course=row["offers_language_course"],
        offers_recognition_support=row["offers_recognition_support"],
    )
