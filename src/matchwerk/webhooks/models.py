"""Webhooks: endpoints, the outbox of events, one delivery per event and endpoint, every attempt."""

from datetime import datetime
from enum import StrEnum
from typing import Any
from uuid import UUID, uuid4

import sqlalchemy as sa
from pydantic import AnyHttpUrl, BaseModel, Field
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from matchwerk.common import ShortText, StrictModel
from matchwerk.model_columns import one_of


class EventType(StrEnum):
    """The events of API.md; payloads carry ids only, never personal data."""

    PLACEMENT_REQUESTED = "placement.requested"
    PLACEMENT_RELEASED = "placement.released"
    PLACEMENT_STAGE_CHANGED = "placement.stage_changed"
    PLACEMENT_CLOSED = "placement.closed"
    VACANCY_FILLED = "vacancy.filled"
    CANDIDATE_CONSENT_WITHDRAWN = "candidate.consent_withdrawn"


class DeliveryStatus(StrEnum):
    PENDING = "pending"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


def _col(type_: Any, *, nullable: bool = True, default: Any = None) -> Any:
    return sa.Column(type_, nullable=nullable, server_default=default)


def _now() -> Any:
    return _col(sa.DateTime(timezone=True), nullable=False, default=sa.func.now())


class WebhookEndpoint(SQLModel, table=True):
    """A receiver URL of one employer (or admin-wide when ``employer_id`` is null)."""

    __tablename__ = "webhook_endpoints"

    id: UUID = SQLField(default_factory=uuid4, primary_key=True)
    employer_id: UUID | None = SQLField(
        default=None, foreign_key="employers.id", ondelete="CASCADE", index=True
    )
    url: str = SQLField(sa_column=_col(sa.Text, nullable=False))
    events: list[str] = SQLField(default_factory=list, sa_column=_col(ARRAY(sa.Text), nullable=False))
    description: str | None = SQLField(default=None, sa_column=_col(sa.Text))
    # The signing secret must be readable to sign with (HMAC); it never leaves the server after creation.
    secret: str = SQLField(sa_column=_col(sa.Text, nullable=False))
    previous_secret: str | None = SQLField(default=None, sa_column=_col(sa.Text))
    previous_secret_until: datetime | None = SQLField(
        default=None, sa_column=_col(sa.DateTime(timezone=True))
    )
    enabled: bool = SQLField(default=True, sa_column=_col(sa.Boolean, nullable=False, default="true"))
    disabled_reason: str | None = SQLField(default=None, sa_column=_col(sa.Text))
    created_at: datetime = SQLField(default=None, sa_column=_now())
    updated_at: datetime = SQLField(default=None, sa_column=_now())


class WebhookEvent(SQLModel, table=True):
    """The outbox: written in the transaction of the change that caused it."""

    __tablename__ = "webhook_events"

    id: UUID = SQLField(default_factory=uuid4, primary_key=True)
    type: str = SQLField(sa_column=_col(sa.Text, nullable=False))
    employer_id: UUID | None = SQLField(default=None, sa_column=_col(sa.Uuid))
    body: str = SQLField(sa_column=_col(sa.Text, nullable=False))  # the exact bytes that are signed
    created_at: datetime = SQLField(default=None, sa_column=_now())


class WebhookDelivery(SQLModel, table=True):
    """One event for one endpoint; its id is the ``webhook-id`` on every try."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        sa.CheckConstraint(one_of("status", DeliveryStatus), name="status"),
        sa.Index(
            "ix_webhook_deliveries_due", "next_attempt_at", postgresql_where=sa.text("status = 'pending'")
        ),
        sa.Index("ix_webhook_deliveries_endpoint", "endpoint_id", "created_at"),
    )

    id: UUID = SQLField(default_factory=uuid4, primary_key=True)
    endpoint_id: UUID = SQLField(foreign_key="webhook_endpoints.id", ondelete="CASCADE")
    event_id: UUID = SQLField(foreign_key="webhook_events.id", ondelete="CASCADE", index=True)
    status: str = SQLField(sa_column=_col(sa.Text, nullable=False, default="pending"))
    attempts: int = SQLField(default=0, sa_column=_col(sa.Integer, nullable=False, default="0"))
    next_attempt_at: datetime = SQLField(default=None, sa_column=_now())
    last_status_code: int | None = SQLField(default=None, sa_column=_col(sa.Integer))
    created_at: datetime = SQLField(default=None, sa_column=_now())
    completed_at: datetime | None = SQLField(default=None, sa_column=_col(sa.DateTime(timezone=True)))


class WebhookAttempt(SQLModel, table=True):
    """One HTTP try of a delivery, successful or not."""

    __tablename__ = "webhook_attempts"

    id: UUID = SQLField(default_factory=uuid4, primary_key=True)
    delivery_id: UUID = SQLField(foreign_key="webhook_deliveries.id", ondelete="CASCADE", index=True)
    attempted_at: datetime = SQLField(
        default=None,
        sa_column=_col(sa.DateTime(timezone=True), nullable=False, default=sa.func.clock_timestamp()),
    )
    status_code: int | None = SQLField(default=None, sa_column=_col(sa.Integer))
    error: str | None = SQLField(default=None, sa_column=_col(sa.Text))
    duration_ms: int = SQLField(sa_column=_col(sa.Integer, nullable=False))


class EndpointCreate(StrictModel):
    """A receiver; admins may name an employer or leave it out for an admin-wide endpoint."""

    url: AnyHttpUrl = Field(
        description="https URL; private addresses only with MATCHWERK_WEBHOOK_ALLOW_PRIVATE=1"
    )
    events: list[EventType] = Field(min_length=1, max_length=len(EventType))
    description: ShortText | None = None
    employer_id: UUID | None = None


class EndpointPublic(BaseModel):
    """An endpoint as its owner sees it (never its secret)."""

    id: UUID
    employer_id: UUID | None
    url: str
    events: list[EventType]
    description: str | None
    enabled: bool
    disabled_reason: str | None
    created_at: datetime
    updated_at: datetime

    @classmethod
    def from_row(cls, row: WebhookEndpoint) -> "EndpointPublic":
        """Shape a stored endpoint for the API."""
        return cls.model_validate(row, from_attributes=True)


class EndpointWithSecret(EndpointPublic):
    """An endpoint just created or rotated, with its signing secret: shown this once."""

    secret: str = Field(
        description="Standard Webhooks secret `whsec_…`; store it now, it is not shown again."
    )


class AttemptPublic(BaseModel):
    """One HTTP try."""

    attempted_at: datetime
    status_code: int | None
    error: str | None
    duration_ms: int


class DeliveryPublic(BaseModel):
    """A delivery with its attempts; ``id`` is the ``webhook-id`` header."""

    id: UUID
    webhook_id: str
    event_id: UUID
    event_type: EventType
    status: DeliveryStatus
    attempts: list[AttemptPublic]
    next_attempt_at: datetime | None
    last_status_code: int | None
    created_at: datetime
    completed_at: datetime | None
