"""Import results: one line per input row, and a summary."""

from enum import StrEnum
from uuid import UUID

from pydantic import BaseModel, Field

from matchwerk.errors import ValidationErrorItem


class RowStatus(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    INVALID = "invalid"


class RowResult(BaseModel):
    """What happened to one row (1-based, header and blank lines not counted)."""

    row: int
    status: RowStatus
    id: UUID | None = None
    errors: list[ValidationErrorItem] = Field(default_factory=list)


class ImportSummary(BaseModel):
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    invalid: int = 0


class ImportResult(BaseModel):
    """Valid rows are written even when others are invalid; each row whole or not at all."""

    summary: ImportSummary
    rows: list[RowResult]

    @classmethod
    def of(cls, rows: list[RowResult]) -> "ImportResult":
        """Results with their counts."""
        summary = ImportSummary()
        for row in rows:
            setattr(summary, row.status.value, getattr(summary, row.status.value) + 1)
        return cls(summary=summary, rows=rows)
