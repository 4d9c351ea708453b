"""``create_placements: true`` of an assignment: a proposed placement per assigned pair."""

from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.auth.models import Principal
from matchwerk.errors import Conflict
from matchwerk.matching.assign.schemas import AssignmentResult
from matchwerk.placements import proposals
from matchwerk.placements.models import PlacementCreate


async def propose_pairs(
    session: AsyncSession, principal: Principal, result: AssignmentResult
) -> tuple[list[UUID], int]:
    """Propose every pair; a pair that already has an open placement is skipped. (created ids, skipped)."""
    created: list[UUID] = []
    skipped = 0
    for pair in result.pairs:
        body = PlacementCreate(
            candidate_id=pair.candidate_id, vacancy_id=pair.vacancy_id, note="Zuordnung (assignment)"
        )
        try:
            placement = await proposals.propose(session, principal, body)
        except Conflict:
            await session.rollback()
            skipped += 1
            continue
        created.append(placement.id)
    return created, skipped
