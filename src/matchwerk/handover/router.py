"""HTTP routes of the hand-over: partners with the key scope ``handover`` (and admins)."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse

from matchwerk.auth.dependencies import require
from matchwerk.auth.models import KeyScope, Principal, Role
from matchwerk.db import SessionDep
from matchwerk.errors import Forbidden, problems
from matchwerk.handover import service
from matchwerk.handover.models import ErasurePage, HandoverFormat

router = APIRouter(prefix="/api/v1/handover", tags=["handover"])

_partner_or_admin = require(Role.PARTNER, Role.ADMIN)


async def _handover(principal: Annotated[Principal, Depends(_partner_or_admin)]) -> Principal:
    if principal.role is Role.PARTNER and principal.scope is not KeyScope.HANDOVER:
        raise Forbidden("This partner key lacks the scope 'handover'.")
    return principal


_handover.allowed_roles = _partner_or_admin.allowed_roles  # type: ignore[attr-defined]
Receiver = Annotated[Principal, Depends(_handover)]
# change numbers are PostgreSQL bigints: a larger value would fail mid-stream, after the 200 was sent
Since = Annotated[
    int, Query(ge=0, le=2**63 - 1, description="Change number of the last run (`next_since`); 0 for all")
]
_MEDIA = {HandoverFormat.NDJSON: "application/x-ndjson", HandoverFormat.CSV: "text/csv"}


@router.get(
    "/candidates",
    summary="Stream consented profiles changed after a change number (NDJSON or CSV)",
    response_class=StreamingResponse,
    responses={
        200: {
            "description": "One profile per line (NDJSON) or row (CSV); `X-Next-Since` is the next `since`",
            "content": {
                "application/x-ndjson": {"schema": {"type": "string"}},
                "text/csv": {"schema": {"type": "string"}},
            },
            "headers": {
                "X-Next-Since": {"schema": {"type": "integer"}, "description": "since for the next run"}
            },
        },
        **problems(401, 403, 422),
    },
)
async def export_handover_candidates(
    request: Request,
    session: SessionDep,
    principal: Receiver,
    since: Since = 0,
    format: HandoverFormat = HandoverFormat.NDJSON,
) -> StreamingResponse:
    up_to = await service.horizon(session, since)
    await session.commit()  # end this transaction now; the stream reads and audits in its own
    return StreamingResponse(
        service.export(request.app.state.sessionmaker, principal, since, up_to, format),
        media_type=_MEDIA[format],
        headers={"X-Next-Since": str(up_to)},
    )


@router.get(
    "/erasures",
    summary="People to delete after a change number: erased or hand-over consent withdrawn",
    responses=problems(401, 403, 422),
)
async def list_handover_erasures(
    session: SessionDep,
    principal: Receiver,
    since: Since = 0,
    limit: Annotated[int, Query(ge=1, le=10_000)] = 1000,
) -> ErasurePage:
    return await service.erasures(session, since, limit)
