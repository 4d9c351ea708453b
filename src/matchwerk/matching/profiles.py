"""The profiles the matching core works on: plain frozen values, filled by the database layer."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Protocol
from uuid import UUID

# No German at all ranks 0, so a missing language compares as "below A1".
CEFR_RANK: Mapping[str, int] = {"A1": 1, "A2": 2, "B1": 3, "B2": 4, "C1": 5, "C2": 6, "native": 7}

QUALIFICATION_LEVELS = ("none", "on_the_job", "vocational", "bachelor", "master", "doctorate")
RECOGNITION_STATUSES = (
    "not_started",
    "not_required",
    "applied",
    "partial",
    "full",
    "rejected",
    "zab_evaluated",
)
WORK_AUTHORIZATIONS = ("permitted", "permitted_with_approval", "not_permitted")
CANDIDATE_STATUSES = ("active", "placed", "inactive")
VACANCY_STATUSES = ("open", "paused", "filled", "closed")
RECOGNITION_REQUIREMENTS = ("auto", "required", "not_required")


@dataclass(frozen=True, slots=True)
class CandidateOccupation:
    """One occupation a candidate has worked in or trained for."""

    title: str
    kldb_code: str | None
    years_experience: float | None
    qualification_level: str | None
    recognition_status: str
    compensation_measure: str | None = None


@dataclass(frozen=True, slots=True)
class LanguageSkill:
    """A language and its CEFR level (or "native")."""

    code: str
    level: str


@dataclass(frozen=True, slots=True)
class CandidateProfile:
    """Everything about a candidate that matching looks at."""

    id: UUID
    status: str
    consent_matching: bool
    consent_share_with_employers: bool
    work_authorization: str
    latitude: float | None
    longitude: float | None
    municipality: str | None
    max_commute_km: float | None
    willing_to_relocate: bool
    occupations: tuple[CandidateOccupation, ...]
    languages: tuple[LanguageSkill, ...]
    available_from: date | None


@dataclass(frozen=True, slots=True)
class VacancyProfile:
    """Everything about a vacancy that matching looks at."""

    id: UUID
    employer_id: UUID
    status: str
    title: str
    kldb_code: str | None
    latitude: float | None
    longitude: float | None
    municipality: str | None
    radius_km: float | None
    start_date: date | None
    german_min: str | None
    languages: tuple[LanguageSkill, ...]
    min_years_experience: float | None
    recognition: str
    offers_language_course: bool
    offers_recognition_support: bool


@dataclass(frozen=True, slots=True)
class Weights:
    """Component weights; location's weight is taken from occupation when both places are known."""

    occupation: float = 0.45
    language: float = 0.20
    recognition: float = 0.20
    experience: float = 0.10
    availability: float = 0.05
    location: float = 0.05


class OccupationCatalogue(Protocol):
    """What matching needs from the occupation catalogue."""

    def is_regulated(self, kldb_code: str) -> bool:
        """Whether working in the occupation needs full recognition."""
        ...

    def related(self, kldb_code: str) -> Mapping[str, float]:
        """Curated related occupation codes with their strength 0..1."""
        ...

    def helper_code(self, kldb_code: str) -> str | None:
        """The helper-level (x1) code of the same 4-digit group, if it exists."""
        ...

    def title(self, kldb_code: str, lang: str) -> str:
        """The display title in "de" or "en"."""
        ...

    def normalise(self, title: str) -> str:
        """A free-text title normalised for fuzzy comparison."""
        ...
