"""SQL of the frontend's people search (name, reference, occupation title or resolved code)."""

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.candidates.models import Candidate, CandidateOccupation, CandidatePersonal
from matchwerk.candidates.repository import CandidateRecord, _load_children

_C = Candidate.__table__  # type: ignore[attr-defined]
_O = CandidateOccupation.__table__  # type: ignore[attr-defined]
_P = CandidatePersonal.__table__  # type: ignore[attr-defined]


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
    """Candidates whose name, reference or occupation title contains ``text`` or whose occupation is one of
    ``kldb_codes``; newest first."""
    pattern = _like(text)
    full_name = sa.func.concat_ws(" ", _P.c.given_name, _P.c.family_name)
    personal_hit = (
        sa.select(_P.c.candidate_id)
        .where(
            sa.or_(_P.c.given_name.ilike(pattern), _P.c.family_name.ilike(pattern), full_name.ilike(pattern))
        )
        .scalar_subquery()
    )
    occupation_hit = sa.or_(
        _O.c.title.ilike(pattern), _O.c.kldb_code.in_(kldb_codes) if kldb_codes else sa.false()
    )
    stmt = sa.select(Candidate).where(
        sa.or_(
            _C.c.reference.ilike(pattern),
            _C.c.id.in_(personal_hit),
            sa.exists().where(_O.c.candidate_id == _C.c.id, occupation_hit),
        )
    )
    if reception_centre is not None:
        stmt = stmt.where(_C.c.reception_centre == reception_centre)
    if status is not None:
        stmt = stmt.where(_C.c.status == status)
    stmt = stmt.order_by(_C.c.created_at.desc(), _C.c.id).limit(limit).offset(offset)
    rows = list((await session.execute(stmt)).scalars())
    return await _load_children(session, rows)


async def reception_centres(session: AsyncSession) -> list[str]:
    """The reception centres that have candidates (for the filter)."""
    stmt = sa.select(_C.c.reception_centre).distinct().order_by(_C.c.reception_centre).limit(200)
    return [row[0] for row in (await session.execute(stmt)).all()]
