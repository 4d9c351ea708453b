"""Request and response of ``POST /api/v1/assignments`` (API.md, "Assignments")."""

from typing import Annotated
from uuid import UUID

from pydantic import BaseModel, Field, StringConstraints

from matchwerk.common import ShortText, StrictModel

KldbPrefix = Annotated[str, StringConstraints(pattern=r"^[0-9]{1,5}$")]


class VacancyFilter(StrictModel):
    """Which open vacancies take part; every condition given must hold."""

    kldb_code: KldbPrefix | None = Field(default=None, description="KldB code or prefix (1 to 5 digits)")
    municipality: ShortText | None = Field(default=None, description="Place of work (case-insensitive)")
    employer_id: UUID | None = None


class AssignmentRequest(StrictModel):
    """Solve the assignment for the filtered open vacancies."""

    vacancy_filter: VacancyFilter = Field(default_factory=VacancyFilter)
    min_score: float = Field(default=0.0, ge=0.0, le=1.0, description="Pairs below this score are not used")
    create_placements: bool = Field(
        default=False,
        description="Create a proposed placement per pair once the placement workflow exists; until then "
        "nothing is created and placements_created is false.",
    )


class AssignedPair(BaseModel):
    """One candidate proposed for one vacancy."""

    candidate_id: UUID
    vacancy_id: UUID
    score: float


class AssignmentFigures(BaseModel):
    """Total score and number placed of an assignment."""

    total_score: float
    placed: int


class AssignmentResult(BaseModel):
    """The assignment with the highest total score of the sparse graph, and the greedy one's figures."""

    pairs: list[AssignedPair]
    total_score: float
    placed: int
    greedy: AssignmentFigures
    vacancies: int = Field(description="Open vacancies that took part")
    positions: int = Field(description="Their open positions (positions − hired)")
    edges: int = Field(description="Candidate-vacancy pairs in the sparse graph (each vacancy's top K)")
    placements_created: bool
