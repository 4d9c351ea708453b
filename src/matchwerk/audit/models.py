"""The audit log: who did what to which resource, when, in which request — never the personal data itself."""

from datetime import datetime
from enum import StrEnum
from typing import Any
from uuid import UUID, uuid4

import sqlalchemy as sa
from pydantic import BaseModel
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel


class AuditAction(StrEnum):
    """What happened; add members here for new audited operations (no migration needed)."""

    CANDIDATE_READ = "candidate.read"
    CANDIDATE_CREATE = "candidate.create"
    CANDIDATE_UPDATE = "candidate.update"
    CANDIDATE_ERASE = "candidate.erase"
    CANDIDATE_RELEASE = "candidate.release"
    CANDIDATE_HANDOVER = "candidate.handover"  # exported to the employment agency (partner scope handover)
    CONSENT_CHANGE = "consent.change"
    KEY_CREATE = "api_key.create"
    KEY_REVOKE = "api_key.revoke"
    USER_CREATE = "user.create"
    USER_UPDATE = "user.update"
    USER_SIGN_IN = "user.sign_in"
    AUDIT_PRUNE = "audit.prune"  # retention deleted old events (details: cutoff and count)

    @property
    def resource_type(self) -> str:
        """The kind of resource the action is about."""
        return "candidate" if self.value.startswith("consent.") else self.value.split(".", 1)[0]


class AuditEvent(SQLModel, table=True):
    """One audited operation; ``details`` holds flags and field names only, never values of personal data."""

    __tablename__ = "audit_log"
    __table_args__ = (
        sa.CheckConstraint(
            "actor_role IN ('admin','advisor','intake','employer','partner','system')", name="actor_role"
        ),
        sa.CheckConstraint("action ~ '^[a-z_]+[.][a-z_]+$'", name="action"),
        sa.CheckConstraint("jsonb_typeof(details) = 'object'", name="details"),
        sa.Index("ix_audit_log_created", "created_at", "id"),
        sa.Index("ix_audit_log_resource", "resource_id", "created_at"),
        sa.Index("ix_audit_log_actor", "actor_key_id", "created_at"),
    )

    id: UUID = Field(default_factory=uuid4, primary_key=True)
    # clock_timestamp(), not now(): events of one transaction keep their order
    created_at: datetime = Field(
        default=None,
        sa_column=sa.Column(
            sa.DateTime(timezone=True), nullable=False, server_default=sa.func.clock_timestamp()
        ),
    )
    # No foreign keys: the log outlives erased candidates and deleted keys.
    actor_key_id: UUID | None = Field(default=None, sa_column=sa.Column(sa.Uuid))
    actor_role: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    action: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    resource_type: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    resource_id: UUID | None = Field(default=None, sa_column=sa.Column(sa.Uuid))
    request_id: str | None = Field(default=None, sa_column=sa.Column(sa.Text))
    details: dict[str, Any] = Field(
        default_factory=dict,
        sa_column=sa.Column(JSONB, nullable=False, server_default=sa.text("'{}'::jsonb")),
    )


class AuditEntry(BaseModel):
    """An audit log entry as admins see it."""

    id: UUID
    created_at: datetime
    actor_key_id: UUID | None
    actor_role: str
    action: str
    resource_type: str
    resource_id: UUID | None
    request_id: str | None
    details: dict[str, Any]

    @classmethod
    def from_row(cls, row: AuditEvent) -> "AuditEntry":
        """Shape a stored event for the API."""
        return cls.model_validate(row, from_attributes=True)
