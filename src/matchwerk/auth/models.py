"""API keys: a role, an optional scope, and only the hash of the token."""

from datetime import datetime
from enum import StrEnum
from uuid import UUID, uuid4

import sqlalchemy as sa
from pydantic import BaseModel
from pydantic import Field as PydanticField
from sqlmodel import Field, SQLModel

from matchwerk.common import ShortText, StrictModel


class Role(StrEnum):
    ADMIN = "admin"
    ADVISOR = "advisor"
    INTAKE = "intake"
    EMPLOYER = "employer"
    PARTNER = "partner"


class ApiKey(SQLModel, table=True):
    __tablename__ = "api_keys"
    __table_args__ = (
        sa.CheckConstraint("role IN ('admin','advisor','intake','employer','partner')", name="role"),
        sa.CheckConstraint("role <> 'employer' OR employer_id IS NOT NULL", name="employer_scope"),
        sa.CheckConstraint("role <> 'intake' OR reception_centre IS NOT NULL", name="intake_scope"),
        sa.CheckConstraint("scope IS NULL OR (role = 'partner' AND scope = 'handover')", name="scope"),
    )

    id: UUID = Field(default_factory=uuid4, primary_key=True)
    name: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    role: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    employer_id: UUID | None = Field(default=None, foreign_key="employers.id", ondelete="CASCADE")
    reception_centre: str | None = Field(default=None, sa_column=sa.Column(sa.Text))
    scope: str | None = Field(default=None, sa_column=sa.Column(sa.Text))
    token_hash: str = Field(sa_column=sa.Column(sa.Text, nullable=False, unique=True))
    token_prefix: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    created_at: datetime = Field(
        default=None,
        sa_column=sa.Column(sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    last_used_at: datetime | None = Field(default=None, sa_column=sa.Column(sa.DateTime(timezone=True)))
    revoked_at: datetime | None = Field(default=None, sa_column=sa.Column(sa.DateTime(timezone=True)))


class KeyScope(StrEnum):
    """Extra rights a key can carry beyond its role."""

    HANDOVER = "handover"  # partner: the consented hand-over export and the erasure feed


class Principal(BaseModel):
    """Who is calling: the key, its role and its scope."""

    key_id: UUID
    role: Role
    employer_id: UUID | None = None
    reception_centre: str | None = None
    scope: KeyScope | None = None
    last_used_at: datetime | None = PydanticField(default=None, exclude=True)

    @property
    def is_system(self) -> bool:
        """The process itself (demo data, CLI commands), not a key; audited as role ``system``."""
        return self.key_id == SYSTEM_KEY_ID


SYSTEM_KEY_ID = UUID(int=0)
SYSTEM = Principal(key_id=SYSTEM_KEY_ID, role=Role.ADMIN)


class KeyCreate(StrictModel):
    """A new API key; employer keys need ``employer_id``, intake keys ``reception_centre``."""

    role: Role
    name: ShortText
    employer_id: UUID | None = None
    reception_centre: ShortText | None = None
    scope: KeyScope | None = None


class KeyPublic(BaseModel):
    """An API key as admins see it: never the token, only its first characters."""

    id: UUID
    name: str
    role: Role
    employer_id: UUID | None
    reception_centre: str | None
    scope: KeyScope | None = None
    token_prefix: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None

    @classmethod
    def from_row(cls, row: ApiKey) -> "KeyPublic":
        """Shape a stored key for the API."""
        return cls.model_validate(row, from_attributes=True)


class KeyCreated(KeyPublic):
    """A key just created, with its token: shown this once, never again."""

    token: str
