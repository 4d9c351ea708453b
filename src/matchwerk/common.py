"""Types shared by the features: enums of the contract, bounded text, places, pages, cursors, ETags."""

import base64
import binascii
import json
import re
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, Generic, TypeVar
from uuid import UUID

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    StringConstraints,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, core_schema

from matchwerk.errors import PreconditionFailed, ValidationFailed
from matchwerk.geo.places import default_registry

T = TypeVar("T")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _no_control_chars(value: str) -> str:
    if _CONTROL.search(value):
        raise ValueError("control characters are not allowed")
    return value


ShortText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=200),
    AfterValidator(_no_control_chars),
]
LongText = Annotated[str, StringConstraints(max_length=20_000), AfterValidator(_no_control_chars)]
CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]
KldbCode = Annotated[str, StringConstraints(pattern=r"^[0-9]{5}$")]
PostalCode = Annotated[str, StringConstraints(pattern=r"^[0-9]{5}$")]


def _reject_null(value: Any) -> Any:
    if value is None:
        raise ValueError("may be left out but not null: the field is required")
    return value


class _NotNull:
    """Marks a PATCH field that may be left out but not sent as null (its column is NOT NULL)."""

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return core_schema.no_info_before_validator_function(_reject_null, handler(source))

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        json_schema = handler(schema)
        branches = [b for b in json_schema.get("anyOf", ()) if b != {"type": "null"}]
        if len(branches) == 1 and "anyOf" in json_schema:
            del json_schema["anyOf"]
            json_schema.update(branches[0])
        return json_schema


NotNull = _NotNull()
"""``field: Annotated[T | None, NotNull] = None`` in a partial update: omitted is fine, null is a 422."""


class StrictModel(BaseModel):
    """Request bodies reject unknown fields, so typos do not silently drop data."""

    model_config = ConfigDict(extra="forbid")


class CefrLevel(StrEnum):
    A1 = "A1"
    A2 = "A2"
    B1 = "B1"
    B2 = "B2"
    C1 = "C1"
    C2 = "C2"
    NATIVE = "native"


CEFR_ORDER: tuple[CefrLevel, ...] = tuple(CefrLevel)


def levels_at_least(level: CefrLevel) -> list[str]:
    """All CEFR levels equal to or above ``level`` (native counts as the highest)."""
    return [str(lvl) for lvl in CEFR_ORDER[CEFR_ORDER.index(level) :]]


class EmploymentType(StrEnum):
    FULL_TIME = "full_time"
    PART_TIME = "part_time"
    APPRENTICESHIP = "apprenticeship"
    INTERNSHIP = "internship"


class Location(StrictModel):
    """A place given by German postal code and/or municipality."""

    postal_code: PostalCode | None = None
    municipality: ShortText | None = None


def _known_postal_code(value: str | None) -> str | None:
    if value is not None and not default_registry().knows_postal_code(value):
        raise ValueError(
            f"unknown German postal code {value}: it is in no German postal-code list we know, so distances "
            "to this place cannot be computed; correct it, or leave postal_code out and give the municipality"
        )
    return value


class LocationInput(Location):
    """A place as clients send it: a postal code must be a German postal code that exists."""

    postal_code: Annotated[PostalCode | None, AfterValidator(_known_postal_code)] = None


class Page(BaseModel, Generic[T]):
    """One page of a list; pass ``next_cursor`` as ``?cursor=`` to get the next one."""

    items: list[T]
    next_cursor: str | None


LimitQuery = Annotated[int, Field(ge=1, le=200, description="Page size (1..200).")]


def encode_cursor(created_at: datetime, row_id: UUID) -> str:
    """Opaque keyset cursor for lists ordered by (created_at, id)."""
    raw = json.dumps([created_at.isoformat(), str(row_id)]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, UUID]:
    """Decode a cursor or raise ValidationFailed."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        created_at, row_id = json.loads(raw)
        return datetime.fromisoformat(created_at), UUID(row_id)
    except (ValueError, TypeError, binascii.Error, json.JSONDecodeError) as exc:
        raise ValidationFailed(
            "The cursor is malformed; use next_cursor from the previous page.",
            errors=[{"loc": ["query", "cursor"], "msg": "malformed cursor", "type": "cursor_invalid"}],
        ) from exc


def etag_for(version: int) -> str:
    """Strong ETag for a resource version."""
    return f'"{version}"'


def check_if_match(if_match: str | None, version: int) -> None:
    """Raise PreconditionFailed unless ``If-Match`` is absent, ``*`` or names the current version."""
    if if_match is None:
        return
    tags = [tag.strip().removeprefix("W/") for tag in if_match.split(",")]
    if "*" in tags or etag_for(version) in tags:
        return
    raise PreconditionFailed(f"If-Match {if_match} does not match the current ETag {etag_for(version)}.")


def dump_unset(model: BaseModel) -> dict[str, Any]:
    """The fields a client actually sent in a partial update."""
    return model.model_dump(exclude_unset=True)
