"""Liveness and readiness."""

from fastapi import APIRouter, Request
from pydantic import BaseModel

from matchwerk import migrate
from matchwerk.db_errors import RETRY_AFTER_SECONDS
from matchwerk.errors import ServiceUnavailable, problems

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
    return Health(status="ok", database="ok", schema_revision=revision)
