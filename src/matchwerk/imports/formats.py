"""Reading an import body into numbered rows: NDJSON, CSV (a flat column layout), schema.org JSON-LD."""

import csv
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from matchwerk.errors import DomainError, PayloadTooLarge

NDJSON = "application/x-ndjson"
CSV = "text/csv"
JSON_LD = "application/ld+json"
LIST_SEPARATOR = ";"
_TRUE = {"true", "1", "yes", "ja", "y", "j", "x"}
_FALSE = {"false", "0", "no", "nein", "n"}


class UnsupportedMediaType(DomainError):
    status, type_slug, title = 415, "unsupported-media-type", "Unsupported media type"


@dataclass
class Row:
    """One input row: its 1-based number and either the parsed object or why it could not be read."""

    number: int
    data: dict[str, Any] | None
    errors: list[dict[str, Any]] = field(default_factory=list)


def media_type(content_type: str | None, allowed: tuple[str, ...]) -> str:
    """The body's media type, if it is one of ``allowed`` (415 otherwise)."""
    kind = (content_type or "").split(";", 1)[0].strip().lower()
    if kind == "application/json" and JSON_LD in allowed:
        kind = JSON_LD
    if kind not in allowed:
        raise UnsupportedMediaType(
            f"Send the rows as one of {', '.join(allowed)} (got {kind or 'nothing'!r})."
        )
    return kind


def _too_many(max_rows: int) -> PayloadTooLarge:
    return PayloadTooLarge(f"The import has more than {max_rows} rows; split it into smaller files.")


def _bad(number: int, message: str, kind: str = "row_unreadable") -> Row:
    return Row(number, None, [{"loc": ["row", number], "msg": message, "type": kind}])


def ndjson_rows(text: str, max_rows: int) -> Iterator[Row]:
    """One JSON object per non-empty line."""
    number = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        number += 1
        if number > max_rows:
            raise _too_many(max_rows)
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _bad(number, f"not valid JSON: {exc.msg}")
            continue
        yield (
            Row(number, value) if isinstance(value, dict) else _bad(number, "each line must be a JSON object")
        )


def csv_rows(
    text: str, max_rows: int, to_object: Callable[[dict[str, str]], dict[str, Any]]
) -> Iterator[Row]:
    """A header line, then one row per line, ``,`` or ``;`` separated (Excel's German default)."""
    header = text[:4096].split("\n", 1)[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter)
    for number, record in enumerate(reader, start=1):
        if number > max_rows:
            raise _too_many(max_rows)
        if None in record:
            yield _bad(number, "more cells than header columns")
            continue
        try:
            yield Row(number, to_object({k.strip(): (v or "").strip() for k, v in record.items() if k}))
        except ValueError as exc:
            yield _bad(number, str(exc), "value_error")


def json_ld_objects(text: str, max_rows: int) -> list[Any]:
    """The objects of a JSON-LD body: an array, one object, or an object with ``@graph``."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _unreadable(f"The body is not valid JSON: {exc.msg}.") from exc
    if isinstance(value, dict):
        value = value.get("@graph", [value])
    if not isinstance(value, list):
        raise _unreadable("Send a JSON array of JobPosting objects.")
    if len(value) > max_rows:
        raise _too_many(max_rows)
    return value


def _unreadable(detail: str) -> DomainError:
    from matchwerk.errors import ValidationFailed

    return ValidationFailed(detail, errors=[{"loc": ["body"], "msg": detail, "type": "body_unreadable"}])


def boolean(value: str, column: str) -> bool | None:
    """A CSV truth value (true/false, ja/nein, 1/0, x); empty is None."""
    if not value:
        return None
    lowered = value.lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ValueError(f"{column}: {value!r} is not a yes/no value")


def listed(value: str) -> list[str]:
    """A ``;``-separated CSV cell as a list (empty cell: empty list)."""
    return [part.strip() for part in value.split(LIST_SEPARATOR) if part.strip()]


def pairs(value: str, column: str) -> list[list[str]]:
    """``code:level[:certificate]`` items of a ``;``-separated cell."""
    items = []
    for part in listed(value):
        pieces = [p.strip() for p in part.split(":")]
        if len(pieces) < 2 or not all(pieces):
            raise ValueError(f"{column}: {part!r} is not code:level")
        items.append(pieces)
    return items


def without_empty(data: dict[str, Any]) -> dict[str, Any]:
    """Drop cells left empty so the model's defaults apply."""
    return {k: v for k, v in data.items() if v not in (None, "", [], {})}


def template(columns: tuple[str, ...], example: dict[str, str]) -> str:
    """A CSV template: the header line and one example row."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerow({c: example.get(c, "") for c in columns})
    return out.getvalue()
