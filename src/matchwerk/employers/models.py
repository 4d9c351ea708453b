"""Employers: tables and API schemas."""

from datetime import datetime
from enum import StrEnum
from typing import Annotated
from uuid import UUID, uuid4

import sqlalchemy as sa
from pydantic import BaseModel, StringConstraints
from sqlmodel import Field, SQLModel

from matchwerk.common import Location, LocationInput, NotNull, ShortText, StrictModel
from matchwerk.model_columns import one_of


class EmployerSize(StrEnum):
    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


Email = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
]
Phone = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=40, pattern=r"^\+?[0-9 ()/.-]{3,40}$")
]


class Employer(SQLModel, table=True):
    __tablename__ = "employers"
    __table_args__ = (
        sa.CheckConstraint(one_of("size", EmployerSize), name="size"),
        sa.Index("ix_employers_created", "created_at", "id"),
    )

    id: UUID = Field(default_factory=uuid4, primary_key=True)
    name: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    sector: str | None = Field(default=None, sa_column=sa.Column(sa.Text))
    size: str | None = Field(default=None, sa_column=sa.Column(sa.Text))
    handwerk: bool = Field(
        default=False, sa_column=sa.Column(sa.Boolean, nullable=False, server_default="false")
    )
    postal_code: str | None = Field(default=None, sa_column=sa.Column(sa.Text))
    municipality: str | None = Field(default=None, sa_column=sa.Column(sa.Text))
    contact_name: str | None = Field(default=None, sa_column=sa.Column(sa.Text))
    contact_email: str | None = Field(default=None, sa_column=sa.Column(sa.Text))
    contact_phone: str | None = Field(default=None, sa_column=sa.Column(sa.Text))
    version: int = Field(default=1, sa_column=sa.Column(sa.Integer, nullable=False, server_default="1"))
    created_at: datetime = Field(
        default=None,
        sa_column=sa.Column(sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    updated_at: datetime = Field(
        default=None,
        sa_column=sa.Column(sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )


class Contact(StrictModel):
    """The employer's contact person."""

    name: ShortText | None = None
    email: Email | None = None
    phone: Phone | None = None


class EmployerCreate(StrictModel):
    """A new employer."""

    name: ShortText
    sector: ShortText | None = None
    size: EmployerSize | None = None
    handwerk: bool = False
    location: LocationInput | None = None
    contact: Contact | None = None


class EmployerUpdate(StrictModel):
    """A partial update; nested objects are merged, omitted fields stay as they are."""

    name: Annotated[ShortText | None, NotNull] = None
    sector: ShortText | None = None
    size: EmployerSize | None = None
    handwerk: Annotated[bool | None, NotNull] = None
    location: LocationInput | None = None
    contact: Contact | None = None


class EmployerPublic(BaseModel):
    """An employer as the API returns it."""

    id: UUID
    name: str
    sector: str | None
    size: EmployerSize | None
    handwerk: bool
    location: Location
    contact: Contact
    created_at: datetime
    updated_at: datetime

    @classmethod
    def from_row(cls, row: Employer) -> "EmployerPublic":
        """Shape a row for the API."""
        return cls(
            id=row.id,
            name=row.name,
            sector=row.sector,
            size=EmployerSize(row.size) if row.size else None,
            handwerk=row.handwerk,
            location=Location(postal_code=row.postal_code, municipality=row.municipality),
            contact=Contact(name=row.contact_name, email=row.contact_email, phone=row.contact_phone),
            created_at=row.created_at,
            updated_at=row.updated_at,
        )
