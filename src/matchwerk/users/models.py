"""User accounts and their browser sessions."""

from datetime import datetime
from enum import StrEnum
from uuid import UUID, uuid4

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from matchwerk.auth.models import Principal, Role


class UserRole(StrEnum):
    """The roles a person can hold; machines (employers, partners) use API keys instead."""

    ADMIN = "admin"
    ADVISOR = "advisor"
    INTAKE = "intake"


class User(SQLModel, table=True):
    """A person who signs in with e-mail and password (Argon2id hash only)."""

    __tablename__ = "users"
    __table_args__ = (
        sa.CheckConstraint("role IN ('admin','advisor','intake')", name="role"),
        sa.CheckConstraint("role <> 'intake' OR reception_centre IS NOT NULL", name="intake_scope"),
        sa.CheckConstraint("email = lower(email)", name="email_lower"),
    )

    id: UUID = Field(default_factory=uuid4, primary_key=True)
    email: str = Field(sa_column=sa.Column(sa.Text, nullable=False, unique=True))
    name: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    role: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    reception_centre: str | None = Field(default=None, sa_column=sa.Column(sa.Text))
    password_hash: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    created_at: datetime = Field(
        default=None,
        sa_column=sa.Column(sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    last_login_at: datetime | None = Field(default=None, sa_column=sa.Column(sa.DateTime(timezone=True)))
    disabled_at: datetime | None = Field(default=None, sa_column=sa.Column(sa.DateTime(timezone=True)))

    def principal(self) -> Principal:
        """The same principal an API key of this role and scope would give: one rule table serves both."""
        return Principal(key_id=self.id, role=Role(self.role), reception_centre=self.reception_centre)


class WebSession(SQLModel, table=True):
    """A signed-in browser: only the hash of the cookie's token is stored, with the form (CSRF) token."""

    __tablename__ = "web_sessions"
    __table_args__ = (sa.Index("ix_web_sessions_user", "user_id"),)

    token_hash: str = Field(sa_column=sa.Column(sa.Text, primary_key=True))
    user_id: UUID = Field(foreign_key="users.id", ondelete="CASCADE")
    csrf_token: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    created_at: datetime = Field(
        default=None,
        sa_column=sa.Column(sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    last_seen_at: datetime = Field(
        default=None,
        sa_column=sa.Column(sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
