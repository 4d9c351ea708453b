"""Helpers of the table models: a column with a server default, the CHECK of an enum's values, a flag."""

from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field as SQLField


def column(type_: Any, *, nullable: bool = True, default: Any = None) -> Any:
    """A column whose default lives in the database (``server_default``), so raw SQL inserts get it too."""
    return sa.Column(type_, nullable=nullable, server_default=default)


def one_of(name: str, enum: type[StrEnum]) -> str:
    """The CHECK expression that keeps column ``name`` to the enum's values."""
    return f"{name} IN ({', '.join(repr(str(member)) for member in enum)})"


def flag() -> Any:
    """A boolean field, false unless set, NOT NULL with the database default false."""
    return SQLField(default=False, sa_column=column(sa.Boolean, nullable=False, default="false"))
