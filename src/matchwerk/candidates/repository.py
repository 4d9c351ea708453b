"""SQL for candidates: the profile, its personal data, occupations and languages."""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID, uuid4

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.candidates import names
from matchwerk.candidates.models import Candidate, CandidateLanguage, CandidateOccupation, CandidatePersonal
from matchwerk.repository import Repository, table_of

candidates = Repository(Candidate, "Candidate")
_C = candidates.table
_O = table_of(CandidateOccupation)
_L = table_of(CandidateLanguage)
_P = table_of(CandidatePersonal)


@dataclass
class CandidateRecord:
    """A candidate with everything that belongs to it."""

    candidate: Candidate
    personal: CandidatePersonal | None
    occupations: list[CandidateOccupation] = field(default_factory=list)
    languages: list[CandidateLanguage] = field(default_factory=list)


async def _load_children(session: AsyncSession, candidates: list[Candidate]) -> list[CandidateRecord]:
    ids = [c.id for c in candidates]
    if not ids:
        return []

    async def rows(model: Any, table: sa.Table, *order: Any) -> list[Any]:
        # populate_existing: rows replaced in this session are read again, not served from the identity map
        stmt = sa.select(model).where(table.c.candidate_id.in_(ids)).order_by(*order)
        return list((await session.execute(stmt.execution_options(populate_existing=True))).scalars())

    personal = {p.candidate_id: p for p in await rows(CandidatePersonal, _P, _P.c.candidate_id)}
    occupations: dict[UUID, list[CandidateOccupation]] = defaultdict(list)
    for occ in await rows(CandidateOccupation, _O, _O.c.candidate_id, _O.c.position):
        occupations[occ.candidate_id].append(occ)
    languages: dict[UUID, list[CandidateLanguage]] = defaultdict(list)
    for lang in await rows(CandidateLanguage, _L, _L.c.candidate_id, _L.c.position):
        languages[lang.candidate_id].append(lang)
    return [CandidateRecord(c, personal.get(c.id), occupations[c.id], languages[c.id]) for c in candidates]


async def get(
    session: AsyncSession, candidate_id: UUID, *, for_update: bool = False
) -> CandidateRecord | None:
    """One candidate with personal data, occupations and languages."""
    candidate = await candidates.get(session, candidate_id, for_update=for_update)
    if candidate is None:
        return None
    return (await _load_children(session, [candidate]))[0]


async def get_visible(
    session: AsyncSession,
    candidate_id: UUID,
    visible: Callable[[Candidate], bool],
    *,
    for_update: bool = False,
) -> CandidateRecord:
    """One candidate with all its parts, or NotFound when it does not exist or the caller may not see it."""
    candidate = await candidates.get_visible(session, candidate_id, visible, for_update=for_update)
    return (await _load_children(session, [candidate]))[0]


async def reference_taken(session: AsyncSession, reference: str, *, other_than: UUID | None = None) -> bool:
    """Whether another candidate already has this reference."""
    stmt = sa.select(_C.c.id).where(_C.c.reference == reference)
    if other_than is not None:
        stmt = stmt.where(_C.c.id != other_than)
    return (await session.execute(stmt)).first() is not None


async def _replace_children(
    session: AsyncSession,
    candidate_id: UUID,
    occupations: list[dict[str, Any]] | None,
    languages: list[dict[str, Any]] | None,
) -> None:
    # Core statements, not ORM objects: replaced rows must not linger in the session's identity map.
    for table, rows in ((_O, occupations), (_L, languages)):
        if rows is None:
            continue
        await session.execute(sa.delete(table).where(table.c.candidate_id == candidate_id))
        if rows:
            extra = {"id": uuid4} if table is _O else {}
            await session.execute(
                sa.insert(table),
                [
                    {
                        "candidate_id": candidate_id,
                        "position": position,
                        **{k: f() for k, f in extra.items()},
                        **values,
                    }
                    for position, values in enumerate(rows)
                ],
            )


async def insert(
    session: AsyncSession,
    profile: dict[str, Any],
    personal: dict[str, Any],
    occupations: list[dict[str, Any]],
    languages: list[dict[str, Any]],
) -> UUID:
    """Insert a candidate with all its parts; returns the new id."""
    candidate = Candidate(**profile)
    session.add(candidate)
    await session.flush()
    row = CandidatePersonal(candidate_id=candidate.id, **personal)
    for column, value in names.search_columns(row).items():
        setattr(row, column, value)
    session.add(row)
    await _replace_children(session, candidate.id, occupations, languages)
    await session.flush()
    return candidate.id


async def update(
    session: AsyncSession,
    record: CandidateRecord,
    profile: dict[str, Any],
    personal: dict[str, Any],
    occupations: list[dict[str, Any]] | None,
    languages: list[dict[str, Any]] | None,
) -> None:
    """Update the parts that were sent; always bumps version, updated_at and the change number."""
    candidate = record.candidate
    for column, value in profile.items():
        setattr(candidate, column, value)
    candidate.version += 1
    candidate.updated_at = sa.func.now()  # type: ignore[assignment]
    if personal:
        if record.personal is None:
            record.personal = CandidatePersonal(candidate_id=candidate.id, **personal)
            session.add(record.personal)
        else:
            for column, value in personal.items():
                setattr(record.personal, column, value)
        for column, value in names.search_columns(record.personal).items():
            setattr(record.personal, column, value)
    await _replace_children(session, candidate.id, occupations, languages)
    await session.flush()


async def delete(session: AsyncSession, candidate_id: UUID) -> None:
    """Delete the candidate and, by cascade, every row that belongs to the person."""
    await session.execute(sa.delete(_C).where(_C.c.id == candidate_id))


async def page(
    session: AsyncSession,
    *,
    limit: int,
    cursor: str | None,
    reception_centre: str | None,
    status: str | None,
    kldb_prefix: str | None,
    german_levels: list[str] | None,
    query: str | None = None,
) -> tuple[list[CandidateRecord], str | None]:
    """A filtered page of candidates with their parts; ``query`` is a reference (exact) or a name prefix."""
    stmt = sa.select(Candidate)
    if query is not None:
        key = names.fold(query)
        by_name = sa.select(_P.c.candidate_id).where(
            sa.or_(
                _P.c.search_name.startswith(key, autoescape=True),
                _P.c.search_name_reversed.startswith(key, autoescape=True),
            )
        )
        stmt = stmt.where(sa.or_(_C.c.reference == query.strip(), _C.c.id.in_(by_name)))
    if reception_centre is not None:
        stmt = stmt.where(_C.c.reception_centre == reception_centre)
    if status is not None:
        stmt = stmt.where(_C.c.status == status)
    if kldb_prefix is not None:
        stmt = stmt.where(
            sa.exists().where(
                _O.c.candidate_id == _C.c.id, _O.c.kldb_code.startswith(kldb_prefix, autoescape=True)
            )
        )
    if german_levels is not None:
        stmt = stmt.where(
            sa.exists().where(_L.c.candidate_id == _C.c.id, _L.c.code == "de", _L.c.level.in_(german_levels))
        )
    rows, next_cursor = await candidates.page(session, stmt, limit=limit, cursor=cursor)
    return await _load_children(session, rows), next_cursor


async def employer_visible_ids(session: AsyncSession, *, kldb_prefix: str | None = None) -> list[UUID]:
    """Ids of the active candidates employers may see pseudonymised (matching and sharing consented),
    optionally only those with an occupation whose KldB code starts with ``kldb_prefix``."""
    stmt = sa.select(_C.c.id).where(
        _C.c.status == "active", _C.c.consent_matching.is_(True), _C.c.consent_share_with_employers.is_(True)
    )
    if kldb_prefix is not None:
        stmt = stmt.where(
            sa.exists().where(
                _O.c.candidate_id == _C.c.id, _O.c.kldb_code.startswith(kldb_prefix, autoescape=True)
            )
        )
    return list((await session.execute(stmt)).scalars())


async def set_status(session: AsyncSession, candidate_id: UUID, status: str) -> None:
    """Set a candidate's status (a new version; the change log picks it up for the matching index)."""
    await session.execute(
        sa.update(_C)
        .where(_C.c.id == candidate_id)
        .values(status=status, version=_C.c.version + 1, updated_at=sa.func.now())
    )
