"""Occupation resolution results as stored on candidates and vacancies."""

from pydantic import BaseModel, Field


class Resolution(BaseModel):
    """How a free-text title was mapped to a KldB code."""

    confidence: float = Field(ge=0, le=1)
    matched_label: str | None = None
    matched_lang: str | None = None
    title_de: str | None = Field(
        default=None, description="German title of the resolved occupation, for staff to confirm it"
    )


class ResolvedOccupation(BaseModel):
    """Outcome of resolving a title (and optional client-given code)."""

    kldb_code: str | None
    isco08_code: str | None
    resolution: Resolution | None
