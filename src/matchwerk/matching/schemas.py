"""Match results as the API returns them (API.md, "Matches")."""

from datetime import date
from uuid import UUID

from pydantic import BaseModel


class MatchComponent(BaseModel):
    """One component of the score: its value 0..1, its weight and a one-line reason."""

    score: float
    weight: float
    reason: str


class CandidateOccupationSummary(BaseModel):
    title: str
    kldb_code: str | None
    title_de: str | None
    years_experience: float | None
    qualification_level: str | None
    recognition_status: str


class LanguageSummary(BaseModel):
    code: str
    level: str


class CandidateSummary(BaseModel):
    """Matching-relevant facts only: no name, contact, birth date, nationality or reference."""

    pseudonym: str | None
    occupations: list[CandidateOccupationSummary]
    languages: list[LanguageSummary]
    municipality: str | None
    available_from: date | None
    willing_to_relocate: bool


class VacancySummary(BaseModel):
    id: UUID
    employer_id: UUID
    title: str
    kldb_code: str | None
    title_de: str | None
    municipality: str | None
    start_date: date | None


class MatchItem(BaseModel):
    """One ranked pair with its explanation."""

    candidate_id: UUID
    vacancy_id: UUID
    score: float
    components: dict[str, MatchComponent]
    blockers: list[str]
    blocker_codes: list[str]
    suggestions: list[str]
    suggestion_codes: list[str]
    flags: list[str]
    candidate: CandidateSummary
    vacancy: VacancySummary


class MatchPage(BaseModel):
    """A page of matches, best first; pass ``next_cursor`` as ``?cursor=`` for the next page."""

    items: list[MatchItem]
    next_cursor: str | None
