"""SQL for placements and their history."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.candidates.models import Candidate, CandidatePersonal
from matchwerk.placements.models import OPEN_PREDICATE, OPEN_STAGES, Placement, PlacementMove, Stage
from matchwerk.repository import keyset_page, update_versioned

_T = Placement.__table__  # type: ignore[attr-defined]
_H = PlacementMove.__table__  # type: ignore[attr-defined]
_C = Candidate.__table__  # type: ignore[attr-defined]
_P = CandidatePersonal.__table__  # type: ignore[attr-defined]
_OPEN = [str(stage) for stage in OPEN_STAGES]


async def get(session: AsyncSession, placement_id: UUID, *, for_update: bool = False) -> Placement | None:
    """One placement by id (locked for the caller's transaction with ``for_update``)."""
    stmt = sa.select(Placement).where(_T.c.id == placement_id).execution_options(populate_existing=True)
    if for_update:
        stmt = stmt.with_for_update()
    return (await session.execute(stmt)).scalar_one_or_none()


async def insert_open(session: AsyncSession, values: dict[str, Any]) -> Placement | None:
    """Insert an open placement; None when the pair already has one (the partial unique index decides)."""
    stmt = (
        pg_insert(_T)
        .values(**values)
        .on_conflict_do_nothing(
            index_elements=["candidate_id", "vacancy_id"], index_where=sa.text(OPEN_PREDICATE)
        )
        .returning(_T.c.id)
    )
    placement_id = (await session.execute(stmt)).scalar_one_or_none()
    return None if placement_id is None else await get(session, placement_id)


async def find_open(session: AsyncSession, candidate_id: UUID, vacancy_id: UUID) -> Placement | None:
    """The open placement of a pair, if any."""
    stmt = sa.select(Placement).where(
        _T.c.candidate_id == candidate_id, _T.c.vacancy_id == vacancy_id, _T.c.stage.in_(_OPEN)
    )
    return (await session.execute(stmt)).scalar_one_or_none()


async def update(session: AsyncSession, placement: Placement, values: dict[str, Any]) -> Placement:
    """Apply column values, bump the version and return the stored row."""
    return await update_versioned(session, placement, values)


async def append_history(session: AsyncSession, values: dict[str, Any]) -> None:
    """Append one history row."""
    await session.execute(sa.insert(_H).values(**values))


async def history(session: AsyncSession, placement_ids: list[UUID]) -> dict[UUID, list[PlacementMove]]:
    """The history of each placement, oldest first."""
    grouped: dict[UUID, list[PlacementMove]] = defaultdict(list)
    if placement_ids:
        stmt = (
            sa.select(PlacementMove)
            .where(_H.c.placement_id.in_(placement_ids))
            .order_by(_H.c.placement_id, _H.c.version)
        )
        for row in (await session.execute(stmt)).scalars():
            grouped[row.placement_id].append(row)
    return grouped


async def open_ids(
    session: AsyncSession,
    *,
    candidate_id: UUID | None = None,
    vacancy_id: UUID | None = None,
    stages: list[str] | None = None,
) -> list[UUID]:
    """Ids of open placements of a candidate and/or vacancy (optionally only in ``stages``), oldest first."""
    stmt = sa.select(_T.c.id).where(_T.c.stage.in_(stages or _OPEN)).order_by(_T.c.created_at, _T.c.id)
    if candidate_id is not None:
        stmt = stmt.where(_T.c.candidate_id == candidate_id)
    if vacancy_id is not None:
        stmt = stmt.where(_T.c.vacancy_id == vacancy_id)
    return list((await session.execute(stmt)).scalars())


async def ids_of_candidates(session: AsyncSession, candidate_ids: list[UUID]) -> list[UUID]:
    """Ids of every placement (open or not) of these candidates."""
    stmt = sa.select(_T.c.id).where(_T.c.candidate_id.in_(candidate_ids))
    return list((await session.execute(stmt)).scalars())


async def forget_person(session: AsyncSession, placement_ids: list[UUID]) -> None:
    """Wipe the free text of these placements (notes may name the person); scores and stages stay."""
    if not placement_ids:
        return
    await session.execute(
        sa.update(_T)
        .where(_T.c.id.in_(placement_ids))
        .values(
            next_step=None,
            # the component reasons quote the person's own occupation titles; values and weights stay
            components_at_proposal=sa.text(
                "(SELECT coalesce(jsonb_object_agg(key, value - 'reason'), '{}'::jsonb) "
                "FROM jsonb_each(components_at_proposal))"
            ),
        )
    )
    await session.execute(sa.update(_H).where(_H.c.placement_id.in_(placement_ids)).values(note=None))


@dataclass(frozen=True)
class PersonFacts:
    """What a placement view needs to know about its person."""

    share_with_employers: bool
    given_name: str | None
    family_name: str | None
    email: str | None
    phone: str | None


async def people(session: AsyncSession, candidate_ids: list[UUID]) -> dict[UUID, PersonFacts]:
    """Consent and contact of these candidates, read now (so a withdrawal counts from the next request)."""
    if not candidate_ids:
        return {}
    stmt = (
        sa.select(
            _C.c.id,
            _C.c.consent_share_with_employers,
            _P.c.given_name,
            _P.c.family_name,
            _P.c.email,
            _P.c.phone,
        )
        .select_from(_C.outerjoin(_P, _P.c.candidate_id == _C.c.id))
        .where(_C.c.id.in_(candidate_ids))
    )
    return {row[0]: PersonFacts(*row[1:]) for row in await session.execute(stmt)}


async def candidate_ids_of_employer(session: AsyncSession, employer_id: UUID) -> list[UUID]:
    """The people who have a placement with this employer."""
    stmt = sa.select(_T.c.candidate_id).where(_T.c.employer_id == employer_id, _T.c.candidate_id.is_not(None))
    return list((await session.execute(stmt.distinct())).scalars())


@dataclass(frozen=True)
class PlacementFilter:
    """Filters of the placement list."""

    stages: tuple[Stage, ...] = ()
    vacancy_id: UUID | None = None
    candidate_id: UUID | None = None
    employer_id: UUID | None = None
    open: bool | None = None
    due_before: date | None = None


async def page(
    session: AsyncSession, filters: PlacementFilter, *, limit: int, cursor: str | None
) -> tuple[list[Placement], str | None]:
    """A filtered page of placements, oldest first."""
    stmt = sa.select(Placement)
    if filters.stages:
        stmt = stmt.where(_T.c.stage.in_([stage.value for stage in filters.stages]))
    if filters.vacancy_id is not None:
        stmt = stmt.where(_T.c.vacancy_id == filters.vacancy_id)
    if filters.candidate_id is not None:
        stmt = stmt.where(_T.c.candidate_id == filters.candidate_id)
    if filters.employer_id is not None:
        stmt = stmt.where(_T.c.employer_id == filters.employer_id)
    if filters.open is not None:
        stmt = stmt.where(_T.c.stage.in_(_OPEN) if filters.open else _T.c.stage.not_in(_OPEN))
    if filters.due_before is not None:
        stmt = stmt.where(_T.c.next_step_due < filters.due_before)
    return await keyset_page(session, stmt, Placement, limit=limit, cursor=cursor)


async def outcomes(session: AsyncSession) -> list[tuple[dict[str, Any], str, str | None, float]]:
    """Frozen components, stage, closed reason and frozen score of every finished, scored placement."""
    stmt = sa.select(
        _T.c.components_at_proposal, _T.c.stage, _T.c.closed_reason, _T.c.score_at_proposal
    ).where(
        _T.c.stage.in_([Stage.HIRED.value, Stage.CLOSED.value]),
        _T.c.score_at_proposal.is_not(None),
    )
    return [(row[0], row[1], row[2], row[3]) for row in await session.execute(stmt)]
