"""Hand-over schemas."""

from enum import StrEnum
from typing import Literal
from uuid import UUID

from pydantic import BaseModel


class HandoverFormat(StrEnum):
    NDJSON = "ndjson"
    CSV = "csv"


class ErasedPerson(BaseModel):
    """Someone the receiver must delete too (GDPR Art. 17(2))."""

    candidate_id: UUID
    change_no: int
    reason: Literal["erased", "consent_withdrawn"]


class ErasurePage(BaseModel):
    """Erasures after ``since``; ask again with ``since=next_since``."""

    items: list[ErasedPerson]
    next_since: int
