"""Trigram indexes for the people search: substring matches on names, references and occupation titles."""

import sqlalchemy as sa

from matchwerk.candidates.models import Candidate, CandidateOccupation, CandidatePersonal


def _trigram(model: type, column: str) -> sa.Index:
    table = model.__table__  # type: ignore[attr-defined]
    return sa.Index(
        f"ix_{table.name}_{column}_trgm",
        table.c[column],
        postgresql_using="gin",
        postgresql_ops={column: "gin_trgm_ops"},
    )


SEARCH_INDEXES = (
    _trigram(Candidate, "reference"),
    _trigram(CandidatePersonal, "given_name"),
    _trigram(CandidatePersonal, "family_name"),
    _trigram(CandidateOccupation, "title"),
)
