"""SQL for imports: existing records by their upsert keys, in one query per import."""

from dataclasses import dataclass
from typing import Any
from uuid import UUID, uuid4

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.candidates import names
from matchwerk.candidates import repository as candidate_repository
from matchwerk.candidates.models import Candidate, CandidateLanguage, CandidateOccupation, CandidatePersonal
from matchwerk.candidates.repository import CandidateRecord
from matchwerk.vacancies.models import Vacancy

_C = Candidate.__table__  # type: ignore[attr-defined]
_V = Vacancy.__table__  # type: ignore[attr-defined]


async def candidates_by_reference(session: AsyncSession, references: list[str]) -> dict[str, CandidateRecord]:
    """The candidates with these references, locked for the import's transaction."""
    if not references:
        return {}
    stmt = sa.select(Candidate).where(_C.c.reference.in_(references)).with_for_update()
    found = list((await session.execute(stmt.execution_options(populate_existing=True))).scalars())
    records = await candidate_repository._load_children(session, found)
    return {r.candidate.reference: r for r in records}


async def vacancies_by_external_id(
    session: AsyncSession, keys: list[tuple[UUID, str]]
) -> dict[tuple[UUID, str], Vacancy]:
    """The vacancies with these (employer, external id) pairs, locked."""
    if not keys:
        return {}
    stmt = (
        sa.select(Vacancy)
        .where(sa.tuple_(_V.c.employer_id, _V.c.external_id).in_(keys))
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return {(v.employer_id, str(v.external_id)): v for v in (await session.execute(stmt)).scalars()}


async def employers_existing(session: AsyncSession, ids: set[UUID]) -> set[UUID]:
    """Which of these employers exist."""
    if not ids:
        return set()
    rows = await session.execute(sa.text("SELECT id FROM employers WHERE id = ANY(:ids)"), {"ids": list(ids)})
    return {row[0] for row in rows}


@dataclass
class NewCandidate:
    """Column values of one new candidate and its parts."""

    id: UUID
    profile: dict[str, Any]
    personal: dict[str, Any]
    occupations: list[dict[str, Any]]
    languages: list[dict[str, Any]]


async def insert_candidates(session: AsyncSession, batch: list[NewCandidate]) -> None:
    """Insert many new candidates with a few multi-row statements (Core, no ORM objects to track)."""
    children: list[tuple[Any, list[dict[str, Any]]]] = [
        (Candidate, [{"id": c.id, **c.profile} for c in batch]),
        (
            CandidatePersonal,
            [{"candidate_id": c.id, **c.personal, **names.search_columns(c.personal)} for c in batch],
        ),
        (
            CandidateOccupation,
            [
                {"id": uuid4(), "candidate_id": c.id, "position": n, **o}
                for c in batch
                for n, o in enumerate(c.occupations)
            ],
        ),
        (
            CandidateLanguage,
            [
                {"candidate_id": c.id, "position": n, **lang}
                for c in batch
                for n, lang in enumerate(c.languages)
            ],
        ),
    ]
    for model, rows in children:
        if rows:
            await session.execute(sa.insert(model.__table__), rows)
