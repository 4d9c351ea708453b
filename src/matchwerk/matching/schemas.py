"""Match results as the API returns them (API.md, "Matches")."""

from datetime import date
from enum import StrEnum
from uuid import UUID

from pydantic import BaseModel, Field

SCORE_DESCRIPTION = (
    "Match score 0..1 (model v2): occupation × (w_occ + (1 − w_occ) × rest), where rest is the weighted mean "
    "of the other components (language, recognition, experience, availability, and location when both places "
    "and a radius are known) with the weights reported per component. The occupation component caps the "
    "score; pairs whose occupation component is below MATCHWERK_MIN_OCCUPATION (default 0.35) are not "
    "matches."
)


class MatchComponent(BaseModel):
    """One component of the score: its value 0..1, its weight and a one-line reason."""

    score: float
    weight: float
    reason: str


class MatchComponents(BaseModel):
    """The six components of the score (MATCHING.md §2); how they combine is stated on ``score``."""

    occupation: MatchComponent
    language: MatchComponent
    recognition: MatchComponent
    experience: MatchComponent
    availability: MatchComponent
    location: MatchComponent


class MatchFlag(StrEnum):
    """A note on a pair that is not a blocker."""

    BELOW_QUALIFICATION = "below_qualification"
    NEEDS_WORK_APPROVAL = "needs_work_approval"


class BlockerCode(StrEnum):
    """Why a pair cannot work as it stands."""

    RECOGNITION_MISSING = "recognition_missing"
    GERMAN_GAP = "german_gap"
    WORK_APPROVAL = "work_approval"


class SuggestionCode(StrEnum):
    """A step that would make the pair work."""

    RECOGNITION_COUNSELLING = "recognition_counselling"
    COMPENSATION_MEASURE = "compensation_measure"
    JOB_BSK = "job_bsk"
    HELPER_ENTRY = "helper_entry"


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
    score: float = Field(description=SCORE_DESCRIPTION)
    components: MatchComponents
    blockers: list[str]
    blocker_codes: list[BlockerCode]
    suggestions: list[str]
    suggestion_codes: list[SuggestionCode]
    flags: list[MatchFlag]
    flag_reasons: list[str] = Field(description="One sentence per flag, in the order of ``flags``.")
    candidate: CandidateSummary
    vacancy: VacancySummary


class MatchPage(BaseModel):
    """A page of matches, best first; pass ``next_cursor`` as ``?cursor=`` for the next page."""

    items: list[MatchItem]
    next_cursor: str | None
