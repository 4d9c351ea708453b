"""Candidates: tables (matching profile apart from personal data) and API schemas."""

from datetime import date, datetime
from enum import StrEnum
from typing import Any
from uuid import UUID, uuid4

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from matchwerk.common import CefrLevel
from matchwerk.model_columns import column, flag, one_of


class CandidateStatus(StrEnum):
    ACTIVE = "active"
    PLACED = "placed"
    INACTIVE = "inactive"


class ResidenceStatus(StrEnum):
    ASYLUM_SEEKER = "asylum_seeker"
    TOLERATED = "tolerated"
    RESIDENCE_PERMIT = "residence_permit"
    TEMPORARY_PROTECTION = "temporary_protection"
    SETTLEMENT_PERMIT = "settlement_permit"
    EU_CITIZEN = "eu_citizen"
    OTHER = "other"


class WorkAuthorization(StrEnum):
    PERMITTED = "permitted"
    PERMITTED_WITH_APPROVAL = "permitted_with_approval"
    NOT_PERMITTED = "not_permitted"


class QualificationLevel(StrEnum):
    NONE = "none"
    ON_THE_JOB = "on_the_job"
    VOCATIONAL = "vocational"
    BACHELOR = "bachelor"
    MASTER = "master"
    DOCTORATE = "doctorate"


class RecognitionStatus(StrEnum):
    NOT_STARTED = "not_started"
    NOT_REQUIRED = "not_required"
    APPLIED = "applied"
    PARTIAL = "partial"
    FULL = "full"
    REJECTED = "rejected"
    ZAB_EVALUATED = "zab_evaluated"


class Certificate(StrEnum):
    GOETHE = "goethe"
    TELC = "telc"
    TESTDAF = "testdaf"
    DTZ = "dtz"
    OSD = "osd"
    OTHER = "other"
    NONE = "none"


class Candidate(SQLModel, table=True):
    """The matching-relevant profile; personal data lives in ``candidate_personal``."""

    __tablename__ = "candidates"
    __table_args__ = (
        sa.CheckConstraint(one_of("status", CandidateStatus), name="status"),
        sa.CheckConstraint(one_of("residence_status", ResidenceStatus), name="residence_status"),
        sa.CheckConstraint(one_of("work_authorization", WorkAuthorization), name="work_authorization"),
        sa.CheckConstraint("max_commute_km >= 0", name="max_commute_km"),
        sa.Index("ix_candidates_created", "created_at", "id"),
        sa.Index("ix_candidates_reception_centre", "reception_centre"),
        sa.Index("ix_candidates_change_no", "change_no"),  # hand-over export "since change number"
    )

    id: UUID = SQLField(default_factory=uuid4, primary_key=True)
    reference: str = SQLField(sa_column=sa.Column(sa.Text, nullable=False, unique=True))
    reception_centre: str = SQLField(sa_column=column(sa.Text, nullable=False))
    status: str = SQLField(sa_column=column(sa.Text, nullable=False, default="active"))
    consent_matching: bool = flag()
    consent_share_with_employers: bool = flag()
    consent_share_with_employment_agency: bool = flag()
    residence_status: str | None = SQLField(default=None, sa_column=column(sa.Text))
    work_authorization: str | None = SQLField(default=None, sa_column=column(sa.Text))
    postal_code: str | None = SQLField(default=None, sa_column=column(sa.Text))
    municipality: str | None = SQLField(default=None, sa_column=column(sa.Text))
    max_commute_km: int | None = SQLField(default=None, sa_column=column(sa.Integer))
    willing_to_relocate: bool = flag()
    skills: list[str] = SQLField(
        default_factory=list, sa_column=column(ARRAY(sa.Text), nullable=False, default="{}")
    )
    driving_licences: list[str] = SQLField(
        default_factory=list, sa_column=column(ARRAY(sa.Text), nullable=False, default="{}")
    )
    available_from: date | None = SQLField(default=None, sa_column=column(sa.Date))
    employment_types: list[str] = SQLField(
        default_factory=list, sa_column=column(ARRAY(sa.Text), nullable=False, default="{}")
    )
    version: int = SQLField(default=1, sa_column=column(sa.Integer, nullable=False, default="1"))
    change_no: int = SQLField(default=0, sa_column=column(sa.BigInteger, nullable=False, default="0"))
    created_at: datetime = SQLField(
        default=None, sa_column=column(sa.DateTime(timezone=True), nullable=False, default=sa.func.now())
    )
    updated_at: datetime = SQLField(
        default=None, sa_column=column(sa.DateTime(timezone=True), nullable=False, default=sa.func.now())
    )


class CandidatePersonal(SQLModel, table=True):
    """Personal data, kept apart so it can be pseudonymised and erased on its own."""

    __tablename__ = "candidate_personal"
    __table_args__ = (
        sa.Index(
            "ix_candidate_personal_search_name",
            "search_name",
            postgresql_ops={"search_name": "text_pattern_ops"},
        ),
        sa.Index(
            "ix_candidate_personal_search_name_reversed",
            "search_name_reversed",
            postgresql_ops={"search_name_reversed": "text_pattern_ops"},
        ),
    )

    candidate_id: UUID = SQLField(primary_key=True, foreign_key="candidates.id", ondelete="CASCADE")
    given_name: str | None = SQLField(default=None, sa_column=column(sa.Text))
    family_name: str | None = SQLField(default=None, sa_column=column(sa.Text))
    birth_date: date | None = SQLField(default=None, sa_column=column(sa.Date))
    phone: str | None = SQLField(default=None, sa_column=column(sa.Text))
    email: str | None = SQLField(default=None, sa_column=column(sa.Text))
    nationality: str | None = SQLField(default=None, sa_column=column(sa.Text))
    # "given family" and "family given", lower case without accents (see names.search_key): name search
    search_name: str | None = SQLField(default=None, sa_column=column(sa.Text))
    search_name_reversed: str | None = SQLField(default=None, sa_column=column(sa.Text))


class CandidateOccupation(SQLModel, table=True):
    __tablename__ = "candidate_occupations"
    __table_args__ = (
        sa.UniqueConstraint("candidate_id", "position", name="uq_candidate_occupations_position"),
        sa.CheckConstraint(one_of("qualification_level", QualificationLevel), name="qualification_level"),
        sa.CheckConstraint(one_of("recognition_status", RecognitionStatus), name="recognition_status"),
        sa.CheckConstraint("kldb_code ~ '^[0-9]{5}$'", name="kldb_code"),
        sa.CheckConstraint("years_experience >= 0", name="years_experience"),
        sa.Index(
            "ix_candidate_occupations_kldb", "kldb_code", postgresql_ops={"kldb_code": "text_pattern_ops"}
        ),
    )

    id: UUID = SQLField(default_factory=uuid4, primary_key=True)
    candidate_id: UUID = SQLField(foreign_key="candidates.id", ondelete="CASCADE", index=True)
    position: int = SQLField(sa_column=column(sa.SmallInteger, nullable=False))
    title: str = SQLField(sa_column=column(sa.Text, nullable=False))
    kldb_code: str | None = SQLField(default=None, sa_column=column(sa.Text))
    isco08_code: str | None = SQLField(default=None, sa_column=column(sa.Text))
    resolution: dict[str, Any] | None = SQLField(default=None, sa_column=column(JSONB))
    years_experience: float | None = SQLField(default=None, sa_column=column(sa.Float))
    qualification_level: str | None = SQLField(default=None, sa_column=column(sa.Text))
    qualification_country: str | None = SQLField(default=None, sa_column=column(sa.Text))
    recognition_status: str = SQLField(sa_column=column(sa.Text, nullable=False, default="not_started"))
    recognition_reference_occupation: str | None = SQLField(default=None, sa_column=column(sa.Text))
    recognition_compensation_measure: str | None = SQLField(default=None, sa_column=column(sa.Text))


class CandidateLanguage(SQLModel, table=True):
    __tablename__ = "candidate_languages"
    __table_args__ = (
        sa.CheckConstraint(one_of("level", CefrLevel), name="level"),
        sa.CheckConstraint(one_of("certificate", Certificate), name="certificate"),
    )

    candidate_id: UUID = SQLField(primary_key=True, foreign_key="candidates.id", ondelete="CASCADE")
    code: str = SQLField(sa_column=sa.Column(sa.Text, primary_key=True))
    position: int = SQLField(sa_column=column(sa.SmallInteger, nullable=False))
    level: str = SQLField(sa_column=column(sa.Text, nullable=False))
    certificate: str | None = SQLField(default=None, sa_column=column(sa.Text))
