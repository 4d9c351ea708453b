"""SQL for vacancies."""

from typing import Any
from uuid import UUID

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.repository import keyset_page, update_versioned
from matchwerk.vacancies.models import Vacancy

_T = Vacancy.__table__  # type: ignore[attr-defined]


async def get(session: AsyncSession, vacancy_id: UUID, *, for_update: bool = False) -> Vacancy | None:
    """One vacancy by id."""
    stmt = sa.select(Vacancy).where(_T.c.id == vacancy_id)
    if for_update:
        stmt = stmt.with_for_update()
    return (await session.execute(stmt)).scalar_one_or_none()


async def get_by_external(
    session: AsyncSession, employer_id: UUID, external_id: str, *, for_update: bool = False
) -> Vacancy | None:
    """One vacancy by the employer's own id."""
    stmt = sa.select(Vacancy).where(_T.c.employer_id == employer_id, _T.c.external_id == external_id)
    if for_update:
        stmt = stmt.with_for_update()
    return (await session.execute(stmt)).scalar_one_or_none()


async def employer_exists(session: AsyncSession, employer_id: UUID) -> bool:
    """Whether the employer exists."""
    found = await session.execute(sa.text("SELECT 1 FROM employers WHERE id = :id"), {"id": employer_id})
    return found.first() is not None


async def insert(session: AsyncSession, values: dict[str, Any]) -> Vacancy:
    """Insert a vacancy and return the stored row."""
    vacancy = Vacancy(**values)
    session.add(vacancy)
    await session.flush()
    await session.refresh(vacancy)
    return vacancy


async def upsert_external(session: AsyncSession, values: dict[str, Any]) -> tuple[UUID, bool]:
    """Create or replace by (employer_id, external_id) atomically; return the id and whether it was new."""
    table = _T
    stmt = pg_insert(table).values(**values)
    replace: dict[str, Any] = {k: stmt.excluded[k] for k in values if k not in ("employer_id", "external_id")}
    replace |= {"version": table.c.version + 1, "updated_at": sa.func.now()}
    upsert = stmt.on_conflict_do_update(constraint="uq_vacancies_employer_external", set_=replace).returning(
        table.c.id, sa.literal_column("(xmax = 0)").label("inserted")
    )
    row = (await session.execute(upsert)).one()
    return row.id, bool(row.inserted)


async def update(session: AsyncSession, vacancy: Vacancy, values: dict[str, Any]) -> Vacancy:
    """Apply column values, bump the version and return the stored row."""
    return await update_versioned(session, vacancy, values)


async def delete(session: AsyncSession, vacancy: Vacancy) -> None:
    """Delete a vacancy."""
    await session.delete(vacancy)
    await session.flush()


async def page(
    session: AsyncSession,
    *,
    limit: int,
    cursor: str | None,
    employer_id: UUID | None,
    status: str | None,
    kldb_prefix: str | None,
) -> tuple[list[Vacancy], str | None]:
    """A filtered page of vacancies."""
    stmt = sa.select(Vacancy)
    if employer_id is not None:
        stmt = stmt.where(_T.c.employer_id == employer_id)
    if status is not None:
        stmt = stmt.where(_T.c.status == status)
    if kldb_prefix is not None:
        stmt = stmt.where(_T.c.kldb_code.startswith(kldb_prefix, autoescape=True))
    return await keyset_page(session, stmt, Vacancy, limit=limit, cursor=cursor)
