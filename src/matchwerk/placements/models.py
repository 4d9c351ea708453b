"""Placements: one candidate proposed for one vacancy, followed to an outcome; tables and API schemas."""

from datetime import date, datetime
from enum import StrEnum
from typing import Any
from uuid import UUID, uuid4

import sqlalchemy as sa
from pydantic import BaseModel, Field
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from matchwerk.common import ShortText, StrictModel
from matchwerk.model_columns import column, one_of


class Stage(StrEnum):
    REQUESTED = "requested"
    PROPOSED = "proposed"
    RELEASED = "released"
    CONTACTED = "contacted"
    INTERVIEW = "interview"
    TRIAL_WORK = "trial_work"
    OFFER = "offer"
    HIRED = "hired"
    CLOSED = "closed"


class ClosedReason(StrEnum):
    NOT_SUITABLE = "not_suitable"
    EMPLOYER_DECLINED = "employer_declined"
    CANDIDATE_DECLINED = "candidate_declined"
    CANDIDATE_UNREACHABLE = "candidate_unreachable"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    NO_WORK_PERMIT = "no_work_permit"
    LANGUAGE = "language"
    RECOGNITION = "recognition"
    VACANCY_FILLED = "vacancy_filled"
    VACANCY_CLOSED = "vacancy_closed"
    DUPLICATE = "duplicate"
    OTHER = "other"


FINISHED_STAGES = (Stage.HIRED, Stage.CLOSED)
OPEN_STAGES = tuple(stage for stage in Stage if stage not in FINISHED_STAGES)
# Stages in which the employer knows who the person is.
RELEASED_STAGES = (Stage.RELEASED, Stage.CONTACTED, Stage.INTERVIEW, Stage.TRIAL_WORK, Stage.OFFER)

OPEN_PREDICATE = "stage NOT IN ('hired', 'closed')"


class Placement(SQLModel, table=True):
    """A case; ``candidate_id`` becomes NULL when the person is erased (the case stays, without them)."""

    __tablename__ = "placements"
    __table_args__ = (
        sa.CheckConstraint(one_of("stage", Stage), name="stage"),
        sa.CheckConstraint(one_of("closed_reason", ClosedReason), name="closed_reason"),
        sa.CheckConstraint("(stage = 'closed') = (closed_reason IS NOT NULL)", name="closed_has_reason"),
        sa.CheckConstraint("jsonb_typeof(components_at_proposal) = 'object'", name="components"),
        # One open case per person and vacancy; the database enforces it, so concurrent requests cannot race.
        sa.Index(
            "uq_placements_open_pair",
            "candidate_id",
            "vacancy_id",
            unique=True,
            postgresql_where=sa.text(OPEN_PREDICATE),
        ),
        sa.Index("ix_placements_created", "created_at", "id"),
        sa.Index("ix_placements_vacancy", "vacancy_id"),
        sa.Index("ix_placements_employer", "employer_id", "created_at"),
        sa.Index("ix_placements_due", "next_step_due", postgresql_where=sa.text(OPEN_PREDICATE)),
    )

    id: UUID = SQLField(default_factory=uuid4, primary_key=True)
    candidate_id: UUID | None = SQLField(
        default=None, foreign_key="candidates.id", ondelete="SET NULL", index=True
    )
    vacancy_id: UUID = SQLField(foreign_key="vacancies.id", ondelete="CASCADE")
    employer_id: UUID = SQLField(foreign_key="employers.id", ondelete="CASCADE")
    stage: str = SQLField(sa_column=column(sa.Text, nullable=False))
    closed_reason: str | None = SQLField(default=None, sa_column=column(sa.Text))
    score_at_proposal: float | None = SQLField(default=None, sa_column=column(sa.Float))
    components_at_proposal: dict[str, Any] = SQLField(
        default_factory=dict, sa_column=column(JSONB, nullable=False, default=sa.text("'{}'::jsonb"))
    )
    flags_at_proposal: list[str] = SQLField(
        default_factory=list, sa_column=column(sa.ARRAY(sa.Text), nullable=False, default="{}")
    )
    next_step: str | None = SQLField(default=None, sa_column=column(sa.Text))
    next_step_due: date | None = SQLField(default=None, sa_column=column(sa.Date))
    version: int = SQLField(default=1, sa_column=column(sa.Integer, nullable=False, default="1"))
    created_at: datetime = SQLField(
        default=None, sa_column=column(sa.DateTime(timezone=True), nullable=False, default=sa.func.now())
    )
    updated_at: datetime = SQLField(
        default=None, sa_column=column(sa.DateTime(timezone=True), nullable=False, default=sa.func.now())
    )


class PlacementMove(SQLModel, table=True):
    """One step of a case's history (append only); ``version`` is the placement's version after the move."""

    __tablename__ = "placement_history"
    __table_args__ = (
        sa.UniqueConstraint("placement_id", "version", name="uq_placement_history_version"),
        sa.CheckConstraint(one_of("stage", Stage), name="stage"),
        sa.CheckConstraint(
            "by_role IN ('admin','advisor','intake','employer','partner','system')", name="by_role"
        ),
    )

    id: UUID = SQLField(default_factory=uuid4, primary_key=True)
    placement_id: UUID = SQLField(foreign_key="placements.id", ondelete="CASCADE")
    version: int = SQLField(sa_column=column(sa.Integer, nullable=False))
    from_stage: str | None = SQLField(default=None, sa_column=column(sa.Text))
    stage: str = SQLField(sa_column=column(sa.Text, nullable=False))
    reason: str | None = SQLField(default=None, sa_column=column(sa.Text))
    note: str | None = SQLField(default=None, sa_column=column(sa.Text))
    by_role: str = SQLField(sa_column=column(sa.Text, nullable=False))
    by_key_id: UUID | None = SQLField(default=None, sa_column=column(sa.Uuid))
    at: datetime = SQLField(
        default=None,
        sa_column=column(sa.DateTime(timezone=True), nullable=False, default=sa.func.clock_timestamp()),
    )


# ---------------------------------------------------------------------------------------------- API shapes

Note = ShortText  # notes are short working notes, not case files (they are wiped when the person is erased)


class PlacementCreate(StrictModel):
    """An advisor proposes a candidate for a vacancy."""

    candidate_id: UUID
    vacancy_id: UUID
    note: Note | None = None
    next_step: Note | None = None
    next_step_due: date | None = None


class InterestCreate(StrictModel):
    """An employer asks for a pseudonymised match."""

    note: Note | None = None


class TransitionCreate(StrictModel):
    """Move a placement to another stage."""

    to: Stage
    note: Note | None = None
    reason: ClosedReason | None = Field(default=None, description="Required with `to: closed`, else none.")
    next_step: Note | None = None
    next_step_due: date | None = None
    keep_other_placements: bool = Field(
        default=False,
        description="With `to: hired` (advisors, admins): keep the person's other open placements open.",
    )


class HistoryEntry(BaseModel):
    """One move of a placement."""

    stage: Stage
    from_stage: Stage | None
    at: datetime
    by_role: str
    note: str | None
    reason: ClosedReason | None


class PersonalContact(BaseModel):
    """The released person's name and contact (employers, only while released)."""

    given_name: str | None
    family_name: str | None
    email: str | None
    phone: str | None


class PlacementCandidate(BaseModel):
    """Who the placement is about: for employers a pseudonym, plus name and contact once released."""

    id: UUID | None = Field(description="For employers the pseudonymous id they saw in the matches.")
    pseudonym: str | None = None
    personal: PersonalContact | None = None


class PlacementPublic(BaseModel):
    """A placement as the API returns it."""

    id: UUID
    candidate_id: UUID | None
    vacancy_id: UUID
    employer_id: UUID
    stage: Stage
    score_at_proposal: float | None
    components_at_proposal: dict[str, Any]
    flags_at_proposal: list[str]
    next_step: str | None
    next_step_due: date | None
    closed_reason: ClosedReason | None
    version: int = Field(description="Also the ETag; send it as If-Match with a transition.")
    created_at: datetime
    updated_at: datetime
    candidate: PlacementCandidate
    history: list[HistoryEntry]
