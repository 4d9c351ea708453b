"""SQL for the hand-over: the settled change horizon, consented profiles after a change number, erasures."""

from uuid import UUID

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.candidates import repository as candidate_repository
from matchwerk.candidates.models import Candidate
from matchwerk.candidates.repository import CandidateRecord

_C = Candidate.__table__  # type: ignore[attr-defined]


async def horizon(session: AsyncSession, since: int) -> int:
    """The highest change number of transactions finished before this snapshot began (never below ``since``).

    Changes of transactions still running may carry lower numbers than ones already committed; stopping at
    the settled horizon keeps ``next_since`` from jumping over them. The reader's own writes count as settled.
    """
    found = await session.execute(
        sa.text(
            "SELECT max(change_no) FROM entity_changes "
            "WHERE entity = 'candidate' AND (xact_id < pg_snapshot_xmin(pg_current_snapshot())::text::bigint "
            "  OR xact_id = pg_current_xact_id_if_assigned()::text::bigint)"
        )
    )
    return max(since, int(found.scalar_one() or 0))


async def consented_after(
    session: AsyncSession, after: int, up_to: int, limit: int
) -> list[tuple[int, CandidateRecord]]:
    """Active profiles that consented to the hand-over, changed in (after, up_to], oldest change first."""
    stmt = (
        sa.select(Candidate)
        .where(
            _C.c.change_no > after,
            _C.c.change_no <= up_to,
            _C.c.consent_share_with_employment_agency.is_(True),
            _C.c.status == "active",
        )
        .order_by(_C.c.change_no)
        .limit(limit)
    )
    candidates = list((await session.execute(stmt)).scalars())
    records = await candidate_repository._load_children(session, candidates)
    return [(r.candidate.change_no, r) for r in records]


async def erasures_after(
    session: AsyncSession, after: int, up_to: int, limit: int
) -> list[tuple[int, UUID, str]]:
    """People who once consented to the hand-over and were erased or withdrew it, changed after ``after``."""
    rows = await session.execute(
        sa.text(
            "WITH latest AS ("
            "  SELECT entity_id, max(change_no) AS change_no FROM entity_changes "
            "  WHERE entity = 'candidate' AND change_no > :after AND change_no <= :up_to GROUP BY entity_id) "
            "SELECT l.change_no, l.entity_id, "
            "  CASE WHEN c.id IS NULL THEN 'erased' ELSE 'consent_withdrawn' END "
            "FROM latest l LEFT JOIN candidates c ON c.id = l.entity_id "
            "WHERE (c.id IS NULL OR NOT c.consent_share_with_employment_agency) "
            "  AND EXISTS (SELECT 1 FROM audit_log a WHERE a.resource_id = l.entity_id "
            "    AND a.action = 'consent.change' "
            "    AND a.details -> 'to' ->> 'share_with_employment_agency' = 'true') "
            "ORDER BY l.change_no LIMIT :limit"
        ),
        {"after": after, "up_to": up_to, "limit": limit},
    )
    return [(int(r[0]), r[1], str(r[2])) for r in rows]
