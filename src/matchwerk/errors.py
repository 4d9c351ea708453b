"""Domain error tree and RFC 9457 problem+json rendering."""

import logging
import traceback
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException

from matchwerk.db_errors import RETRY_AFTER_SECONDS, database_unavailable
from matchwerk.request_id import REQUEST_ID_SCOPE_KEY

logger = logging.getLogger(__name__)

PROBLEM_MEDIA_TYPE = "application/problem+json"
TYPE_BASE = "https://matchwerk.de/problems/"


class DomainError(Exception):
    """Base of every error a client can cause; rendered as problem+json with ``status``."""

    status: int = 400
    type_slug: str = "bad-request"
    title: str = "Bad request"

    def __init__(
        self,
        detail: str,
        *,
        headers: dict[str, str] | None = None,
        extensions: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.headers = headers or {}
        self.extensions = extensions or {}  # RFC 9457 extension members, e.g. allowed_transitions


class Unauthorized(DomainError):
    status, type_slug, title = 401, "unauthorized", "Authentication required"


class Forbidden(DomainError):
    status, type_slug, title = 403, "forbidden", "Not allowed"


class NotFound(DomainError):
    status, type_slug, title = 404, "not-found", "Not found"


class Conflict(DomainError):
    status, type_slug, title = 409, "conflict", "Conflict"


class PreconditionFailed(DomainError):
    status, type_slug, title = 412, "precondition-failed", "Precondition failed"


class PayloadTooLarge(DomainError):
    status, type_slug, title = 413, "payload-too-large", "Request body too large"


class ValidationFailed(DomainError):
    """A request that is well-formed but breaks a domain rule (e.g. an unknown KldB code)."""

    status, type_slug, title = 422, "validation-failed", "Validation failed"

    def __init__(self, detail: str, *, errors: list[dict[str, Any]] | None = None) -> None:
        super().__init__(detail)
        self.errors = errors or []


class ServiceUnavailable(DomainError):
    status, type_slug, title = 503, "service-unavailable", "Service unavailable"


class RateLimited(DomainError):
    status, type_slug, title = 429, "rate-limited", "Too many requests"


class ValidationErrorItem(BaseModel):
    """One validation error: where (``loc``), what (``msg``), and its machine-readable ``type``."""

    loc: list[str | int]
    msg: str
    type: str


class Problem(BaseModel):
    """RFC 9457 problem details."""

    type: str = Field(examples=[TYPE_BASE + "not-found"])
    title: str
    status: int
    detail: str
    instance: str | None = None
    errors: list[ValidationErrorItem] | None = None
    allowed_transitions: list[str] | None = Field(
        default=None, description="With a refused placement move: the stages it may move to now."
    )


_STATUS_TITLES = {
    400: "Bad request",
    401: "Authentication required",
    403: "Not allowed",
    404: "Not found",
    405: "Method not allowed",
    406: "Not acceptable",
    409: "Conflict",
    412: "Precondition failed",
    413: "Request body too large",
    415: "Unsupported media type",
    422: "Validation failed",
    429: "Too many requests",
    500: "Internal server error",
    503: "Service unavailable",
}


def problem_response(
    status: int,
    detail: str,
    *,
    type_slug: str | None = None,
    title: str | None = None,
    request: Request | None = None,
    errors: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
    extensions: dict[str, Any] | None = None,
) -> JSONResponse:
    """Render a problem+json response."""
    body: dict[str, Any] = {
        **(extensions or {}),
        "type": TYPE_BASE + (type_slug or _STATUS_TITLES.get(status, "error").lower().replace(" ", "-")),
        "title": title or _STATUS_TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
    }
    if request is not None:
        body["instance"] = request.url.path
    if errors is not None:
        body["errors"] = errors
    from matchwerk.problem_i18n import localise, preferred_language

    language = preferred_language(request.headers.get("accept-language") if request is not None else None)
    headers = {**(headers or {}), "Content-Language": language}
    return JSONResponse(
        localise(body, language), status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=headers
    )


def _validation_items(exc: RequestValidationError) -> list[dict[str, Any]]:
    items = []
    for error in exc.errors():
        items.append(
            {
                "loc": [str(p) if not isinstance(p, int) else p for p in error.get("loc", ())],
                "msg": str(error.get("msg", "")),
                "type": str(error.get("type", "")),
            }
        )
    return items


async def _domain_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DomainError)
    errors = exc.errors if isinstance(exc, ValidationFailed) else None
    return problem_response(
        exc.status,
        exc.detail,
        type_slug=exc.type_slug,
        title=exc.title,
        request=request,
        errors=errors,
        headers=exc.headers,
        extensions=exc.extensions,
    )


async def _request_validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    items = _validation_items(exc)
    if any(item["type"] == "json_invalid" for item in items):
        detail = "The request body is not valid JSON."
    else:
        first = items[0] if items else {"loc": [], "msg": "invalid request"}
        where = ".".join(str(p) for p in first["loc"])
        detail = f"{len(items)} invalid field(s); first: {where}: {first['msg']}"
    return problem_response(422, detail, type_slug="validation-failed", request=request, errors=items)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else _STATUS_TITLES.get(exc.status_code, "Error")
    return problem_response(exc.status_code, detail, request=request, headers=dict(exc.headers or {}))


async def _database_error(request: Request, exc: Exception) -> JSONResponse:
    # Data exceptions (SQLSTATE class 22) come from values the client sent that slipped past validation.
    sqlstate = getattr(getattr(exc, "orig", None), "sqlstate", None) or ""
    if sqlstate == "23505":
        return problem_response(
            409,
            "A resource with the same unique key already exists; nothing was changed.",
            type_slug="conflict",
            request=request,
        )
    if sqlstate in ("40001", "40P01"):  # serialization failure, deadlock: the other request won
        return problem_response(
            409,
            "The request collided with a concurrent change; nothing was changed. Retry it.",
            type_slug="conflict",
            request=request,
        )
    if sqlstate in ("23502", "23503", "23514"):
        return problem_response(
            422,
            "The request refers to something that does not exist or breaks a rule.",
            type_slug="validation-failed",
            request=request,
        )
    if sqlstate.startswith("22"):
        return problem_response(
            422,
            "A value is out of range or malformed for storage.",
            type_slug="validation-failed",
            request=request,
        )
    return await unexpected_error(request, exc)


def _log_without_message(what: str, request: Request, exc: BaseException) -> None:
    """Log an error's type and traceback but not its message, which may quote personal data."""
    logger.error(
        "%s: %s (request %s)\n%s",
        what,
        type(exc).__qualname__,
        request.scope.get(REQUEST_ID_SCOPE_KEY, "-"),
        "".join(traceback.format_tb(exc.__traceback__)),
    )


def unavailable_response(request: Request) -> JSONResponse:
    """503 with ``Retry-After``: the database cannot be reached; the client should try again."""
    return problem_response(
        503,
        "The database is not reachable right now; nothing was changed. Try again later.",
        type_slug="service-unavailable",
        request=request,
        headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
    )


async def unexpected_error(request: Request, exc: Exception) -> JSONResponse:
    """Last resort: 503 for a database outage, else 500 (logged without the message)."""
    if database_unavailable(exc):
        logger.warning(
            "database unavailable: %s (request %s)",
            type(exc).__qualname__,
            request.scope.get(REQUEST_ID_SCOPE_KEY, "-"),
        )
        return unavailable_response(request)
    _log_without_message("unhandled error", request, exc)
    return problem_response(500, "Internal error; nothing was changed.", request=request)


def install_error_handlers(app: FastAPI) -> None:
    """Render every error as problem+json; never a stack trace."""
    app.add_exception_handler(DomainError, _domain_error)
    app.add_exception_handler(RequestValidationError, _request_validation)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(DBAPIError, _database_error)
    app.add_exception_handler(Exception, unexpected_error)


def declare_common_problems(app: FastAPI, api_prefix: str = "/api/") -> None:
    """Declare on every operation the problems any operation of its kind can answer (none undocumented).

    Every API operation: 429 (rate limit), 503 (database unreachable); every operation with a body: 400
    (body not decodable) and 413 (too large). Applied to the generated document, so routes that other
    features add later get them too.
    """
    generate = app.openapi
    schema = {"$ref": "#/components/schemas/Problem"}

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        document = generate()
        for path, operations in document.get("paths", {}).items():
            for operation in operations.values():
                statuses = [429, 503] if path.startswith(api_prefix) else []
                if "requestBody" in operation:
                    statuses += [400, 413]
                for status in statuses:
                    operation["responses"].setdefault(
                        str(status),
                        {
                            "description": _STATUS_TITLES[status],
                            "content": {
                                "application/json": {"schema": schema},
                                PROBLEM_MEDIA_TYPE: {"schema": schema},
                            },
                        },
                    )
        return document

    app.openapi = openapi  # type: ignore[method-assign]


def problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for the problem statuses a route can return."""
    return {
        status: {
            "model": Problem,
            "description": _STATUS_TITLES.get(status, "Error"),
            "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for status in statuses
    }
