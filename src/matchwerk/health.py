"""Liveness and readiness."""

import hmac

from fastapi import APIRouter, Request, Response
from pydantic import BaseModel

from matchwerk import metrics, migrate, operations
from matchwerk.db_errors import RETRY_AFTER_SECONDS
from matchwerk.errors import ServiceUnavailable, Unauthorized, problems

router = APIRouter(tags=["operations"])
RETRY = {"Retry-After": str(RETRY_AFTER_SECONDS)}


class Health(BaseModel):
    """Process or dependency status."""

    status: str
    database: str | None = None
    schema_revision: str | None = None


@router.get("/healthz", summary="Process alive")
async def healthz() -> Health:
    return Health(status="ok")


@router.get(
    "/readyz", summary="Database reachable and schema at the latest migration", responses=problems(503)
)
async def readyz(request: Request) -> Health:
    try:
        revision = await migrate.current_revision(request.app.state.engine)
    except Exception as exc:
        raise ServiceUnavailable("The database is not reachable.", headers=RETRY) from exc
    head = migrate.head_revision()
    if revision != head:
        raise ServiceUnavailable(f"The database schema is at {revision}, expected {head}.", headers=RETRY)
    if getattr(request.app.state, "warming", False):
        raise ServiceUnavailable("Warming up: the match index is being built.", headers=RETRY)
    return Health(status="ok", database="ok", schema_revision=revision)


@router.get(
    "/metrics",
    summary="Prometheus metrics",
    response_class=Response,
    responses={
        200: {"content": {"text/plain": {"schema": {"type": "string"}}}, "description": "Metrics"},
        **problems(401),
    },
)
async def prometheus_metrics(request: Request) -> Response:
    expected = request.app.state.settings.metrics_token
    if expected is not None:
        given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), expected.get_secret_value().encode()):
            raise Unauthorized("GET /metrics needs the metrics token (MATCHWERK_METRICS_TOKEN).")
    await operations.update_gauges(request.app)
    body, content_type = metrics.exposition()
    return Response(body, media_type=content_type)
