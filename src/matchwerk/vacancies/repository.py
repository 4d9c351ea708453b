"""SQL for vacancies."""

from typing import Any
from uuid import UUID

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.repository import Repository
from matchwerk.vacancies.models import Vacancy

vacancies = Repository(Vacancy, "Vacancy")  # get, get_visible, insert, update, delete
get, update = vacancies.get, vacancies.update  # the names other features call
_T = vacancies.table


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


async def upsert_external(session: AsyncSession, values: dict[str, Any]) -> tuple[UUID, bool]:
    """Create or replace by (employer_id, external_id) atomically; return the id and whether it was new.

    A replacement that changes nothing updates nothing (same version, no change-log entry)."""
    table = _T
    stmt = pg_insert(table).values(**values)
    columns = [k for k in values if k not in ("employer_id", "external_id")]
    replace: dict[str, Any] = {k: stmt.excluded[k] for k in columns}
    replace |= {"version": table.c.version + 1, "updated_at": sa.func.now()}
    differs = sa.tuple_(*(table.c[k] for k in columns)).is_distinct_from(
        sa.tuple_(*(stmt.excluded[k] for k in columns))
    )
    upsert = stmt.on_conflict_do_update(
        constraint="uq_vacancies_employer_external", set_=replace, where=differs
    ).returning(table.c.id, sa.literal_column("(xmax = 0)").label("inserted"))
    row = (await session.execute(upsert)).one_or_none()
    if row is None:
        existing = await get_by_external(session, values["employer_id"], values["external_id"])
        assert existing is not None  # the conflicting row exists, locked by this statement
        return existing.id, False
    return row.id, bool(row.inserted)


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
    return await vacancies.page(session, stmt, limit=limit, cursor=cursor)
