"""Trigram indexes for the people search: substring matches on names, references and occupation titles."""

import sqlalchemy as sa

from matchwerk.candidates.models import Candidate, CandidateOccupation, CandidatePersonal

SEARCH_INDEXES = (
    sa.Index(
        "ix_candidates_reference_trgm",
        Candidate.__table__.c.reference,  # type: ignore[attr-defined]
        postgresql_ops={"reference": "gin_trgm_ops"},
        postgresql_using="gin",
    ),
    sa.Index(
        "ix_candidate_personal_given_name_trgm",
        CandidatePersonal.__table__.c.given_name,  # type: ignore[attr-defined]
        postgresql_ops={"given_name": "gin_trgm_ops"},
        postgresql_using="gin",
    ),
    sa.Index(
        "ix_candidate_personal_family_name_trgm",
        CandidatePersonal.__table__.c.family_name,  # type: ignore[attr-defined]
        postgresql_ops={"family_name": "gin_trgm_ops"},
        postgresql_using="gin",
    ),
    sa.Index(
        "ix_candidate_occupations_title_trgm",
        CandidateOccupation.__table__.c.title,  # type: ignore[attr-defined]
        postgresql_ops={"title": "gin_trgm_ops"},
        postgresql_using="gin",
    ),
)
