"""People search for the frontend: scoped like the API (intake staff see their own centre only), audited."""

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.audit import service as audit
from matchwerk.audit.models import AuditAction
from matchwerk.auth.models import Principal, Role
from matchwerk.candidates.repository import CandidateRecord
from matchwerk.occupations import service as occupation_service
from matchwerk.web import repository

# Occupation hits this close to the query count as "the same occupation" (e.g. Elektriker finds електрик).
OCCUPATION_MIN_SCORE = 0.85


async def search_candidates(
    session: AsyncSession,
    principal: Principal,
    *,
    text: str,
    reception_centre: str | None,
    status: str | None,
    limit: int,
    offset: int,
) -> list[CandidateRecord]:
    """Candidates matching ``text`` by name, reference or occupation in any language; each read is audited."""
    if principal.role is Role.INTAKE:
        if reception_centre is not None and reception_centre != principal.reception_centre:
            return []
        reception_centre = principal.reception_centre
    codes = [hit.kldb_code for hit in occupation_service.search(text, 5) if hit.score >= OCCUPATION_MIN_SCORE]
    records = await repository.search(
        session,
        text=text[:200],
        kldb_codes=codes,
        reception_centre=reception_centre,
        status=status,
        limit=limit,
        offset=offset,
    )
    await audit.record(
        session, principal, AuditAction.CANDIDATE_READ, [r.candidate.id for r in records], {"via": "search"}
    )
    await session.commit()
    return records


async def reception_centres(session: AsyncSession, principal: Principal) -> list[str]:
    """Reception centres for the filter (intake staff: only their own)."""
    if principal.role is Role.INTAKE:
        return [principal.reception_centre] if principal.reception_centre else []
    return await repository.reception_centres(session)
