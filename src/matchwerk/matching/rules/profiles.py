"""The profiles the matching core works on (plain frozen values filled by ``sync``) and the catalogue."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Protocol
from uuid import UUID


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
