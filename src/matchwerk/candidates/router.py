"""HTTP routes for candidates."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Query, Response, status

from matchwerk.auth.dependencies import require
from matchwerk.auth.models import Principal, Role
from matchwerk.candidates import service
from matchwerk.candidates.models import CandidateStatus
from matchwerk.candidates.repository import CandidateRecord
from matchwerk.candidates.schemas import CandidateCreate, CandidatePublic, CandidateUpdate
from matchwerk.common import CefrLevel, LimitQuery, Page, etag_for
from matchwerk.db import SessionDep
from matchwerk.dependencies import CursorQuery, IfMatch, KldbPrefix, ValidCandidate
from matchwerk.errors import problems

router = APIRouter(prefix="/api/v1/candidates", tags=["candidates"])

Caller = Annotated[Principal, Depends(require(Role.ADMIN, Role.ADVISOR, Role.INTAKE))]
Eraser = Annotated[Principal, Depends(require(Role.ADMIN, Role.ADVISOR))]  # intake: create/read/update only


def _public(response: Response, record: CandidateRecord) -> CandidatePublic:
    response.headers["ETag"] = etag_for(record.candidate.version)
    return service.to_public(record)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Create a candidate profile",
    responses=problems(401, 403, 409, 413, 422),
)
async def create_candidate(
    body: CandidateCreate, session: SessionDep, principal: Caller, response: Response
) -> CandidatePublic:
    record = await service.create(session, principal, body)
    response.headers["Location"] = f"{router.prefix}/{record.candidate.id}"
    return _public(response, record)


@router.get("", summary="List candidates", responses=problems(401, 403, 422))
async def list_candidates(
    session: SessionDep,
    principal: Caller,
    limit: LimitQuery = 50,
    cursor: CursorQuery = None,
    reception_centre: Annotated[str | None, Query(max_length=200)] = None,
    status: CandidateStatus | None = None,
    kldb_code: KldbPrefix = None,
    german_min: Annotated[CefrLevel | None, Query(description="Lowest German level (CEFR)")] = None,
    q: Annotated[
        str | None,
        Query(
            min_length=2,
            max_length=200,
            description="Reference (exact) or name prefix, case- and accent-insensitive ('kov', 'olena k')",
        ),
    ] = None,
) -> Page[CandidatePublic]:
    records, next_cursor = await service.page(
        session,
        principal,
        limit=limit,
        cursor=cursor,
        reception_centre=reception_centre,
        status=status,
        kldb_prefix=kldb_code,
        german_min=german_min,
        query=q,
    )
    return Page(items=[service.to_public(r) for r in records], next_cursor=next_cursor)


@router.get("/{candidate_id}", summary="Get a candidate profile", responses=problems(401, 403, 404, 422))
async def get_candidate(
    session: SessionDep, principal: Caller, candidate: ValidCandidate, response: Response
) -> CandidatePublic:
    return _public(response, await service.read(session, principal, candidate))


@router.patch(
    "/{candidate_id}",
    summary="Update a candidate profile",
    responses=problems(401, 403, 404, 409, 412, 413, 422),
)
async def update_candidate(
    candidate_id: UUID,
    body: CandidateUpdate,
    session: SessionDep,
    principal: Caller,
    response: Response,
    if_match: IfMatch = None,
) -> CandidatePublic:
    return _public(response, await service.update(session, principal, candidate_id, body, if_match))


@router.delete(
    "/{candidate_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Erase a candidate and all personal data (GDPR Art. 17)",
    responses=problems(401, 403, 404, 412, 422),
)
async def delete_candidate(
    candidate_id: UUID, session: SessionDep, principal: Eraser, if_match: IfMatch = None
) -> None:
    await service.delete(session, principal, candidate_id, if_match)
