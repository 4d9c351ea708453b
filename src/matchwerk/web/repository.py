"""SQL of the frontend's people search (name, reference, occupation title or resolved code)."""

from uuid import UUID

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.candidates.models import Candidate, CandidateOccupation, CandidatePersonal
from matchwerk.candidates.repository import CandidateRecord, _load_children
from matchwerk.vacancies.models import Vacancy

_C = Candidate.__table__  # type: ignore[attr-defined]
_O = CandidateOccupation.__table__  # type: ignore[attr-defined]
_P = CandidatePersonal.__table__  # type: ignore[attr-defined]
_V = Vacancy.__table__  # type: ignore[attr-defined]


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


async def search(
    session: AsyncSession,
    *,
    text: str,
    kldb_codes: list[str],
    reception_centre: str | None,
    status: str | None,
    limit: int,
    offset: int,
) -> list[CandidateRecord]:
    """Candidates whose reference or occupation title contains ``text``, whose names contain every word of
    it, or whose occupation is one of ``kldb_codes``; newest first.

    Each branch is a separate, index-backed query (trigram GIN indexes, see web/indexes.py), united by id."""
    pattern = _like(text)
    words = [_like(word) for word in text.split()[:5]]
    by_name = sa.select(_P.c.candidate_id.label("id")).where(
        *[sa.or_(_P.c.given_name.ilike(word), _P.c.family_name.ilike(word)) for word in words]
    )
    by_occupation = sa.select(_O.c.candidate_id.label("id")).where(
        sa.or_(_O.c.title.ilike(pattern), _O.c.kldb_code.in_(kldb_codes))
        if kldb_codes
        else _O.c.title.ilike(pattern)
    )
    by_reference = sa.select(_C.c.id.label("id")).where(_C.c.reference.ilike(pattern))
    hits = sa.union(by_reference, by_name, by_occupation).subquery("hits")
    stmt = sa.select(Candidate).join(hits, hits.c.id == _C.c.id)
    if reception_centre is not None:
        stmt = stmt.where(_C.c.reception_centre == reception_centre)
    if status is not None:
        stmt = stmt.where(_C.c.status == status)
    stmt = stmt.order_by(_C.c.created_at.desc(), _C.c.id).limit(limit).offset(offset)
    rows = list((await session.execute(stmt)).scalars())
    return await _load_children(session, rows)


async def reception_centres(session: AsyncSession) -> list[str]:
    """The reception centres that have candidates (for the filter)."""
    # a skip scan over ix_candidates_reception_centre: one index probe per centre, not a scan of every row
    skip_scan = sa.text(
        "WITH RECURSIVE centres(name) AS ("
        " (SELECT min(reception_centre) FROM candidates)"
        " UNION ALL"
        " SELECT (SELECT min(reception_centre) FROM candidates WHERE reception_centre > centres.name)"
        " FROM centres WHERE centres.name IS NOT NULL)"
        " SELECT name FROM centres WHERE name IS NOT NULL LIMIT 200"
    )
    return [row[0] for row in (await session.execute(skip_scan)).all()]


async def placements_moved_by(session: AsyncSession, actor_id: UUID, placement_ids: list[UUID]) -> set[UUID]:
    """Which of these placements the user (or key) ``actor_id`` moved at least once: "my cases"."""
    if not placement_ids:
        return set()
    stmt = sa.text(
        "SELECT DISTINCT placement_id FROM placement_history "
        "WHERE by_key_id = :actor AND placement_id = ANY(:ids)"
    )
    rows = await session.execute(stmt, {"actor": actor_id, "ids": placement_ids})
    return {row[0] for row in rows}


async def vacancy_titles(session: AsyncSession, vacancy_ids: list[UUID]) -> dict[UUID, str]:
    """Titles of vacancies by id (for lists of placements)."""
    if not vacancy_ids:
        return {}
    stmt = sa.select(_V.c.id, _V.c.title).where(_V.c.id.in_(vacancy_ids))
    return {row[0]: row[1] for row in (await session.execute(stmt)).all()}
