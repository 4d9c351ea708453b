"""Shared API plumbing: the If-Match header, cursor and KldB-prefix queries, loaders of path resources.

A loader (``ValidVacancy``, ``ValidCandidate``) reads the id from the path and answers 404 when the resource
does not exist or lies outside the caller's scope; declare the route's role gate before it, so a role that may
not use the route gets 403 whatever the id.
"""

from typing import Annotated
from uuid import UUID

from fastapi import Depends, Header, Query

from matchwerk.auth.dependencies import current_principal
from matchwerk.auth.models import Principal
from matchwerk.candidates import service as candidate_service
from matchwerk.candidates.repository import CandidateRecord
from matchwerk.db import SessionDep
from matchwerk.vacancies import service as vacancy_service
from matchwerk.vacancies.models import Vacancy

IfMatch = Annotated[str | None, Header(description="ETag of the version you changed; mismatch → 412")]
CursorQuery = Annotated[
    str | None, Query(max_length=500, description="next_cursor of the previous page; absent: the first page")
]
KldbPrefix = Annotated[
    str | None, Query(pattern=r"^[0-9]{1,5}$", description="KldB code prefix (1–5 digits)")
]
Authenticated = Annotated[Principal, Depends(current_principal)]


async def valid_vacancy(vacancy_id: UUID, session: SessionDep, principal: Authenticated) -> Vacancy:
    """The vacancy named in the path, or 404."""
    return await vacancy_service.get(session, principal, vacancy_id)


async def valid_candidate(
    candidate_id: UUID, session: SessionDep, principal: Authenticated
) -> CandidateRecord:
    """The candidate named in the path with all its parts, or 404 (a read of personal data: audit it)."""
    return await candidate_service.get(session, principal, candidate_id)


ValidVacancy = Annotated[Vacancy, Depends(valid_vacancy)]
ValidCandidate = Annotated[CandidateRecord, Depends(valid_candidate)]
