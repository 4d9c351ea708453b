"""SQL for employers."""

from typing import Any
from uuid import UUID

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.employers.models import Employer
from matchwerk.repository import keyset_page, update_versioned

_T = Employer.__table__  # type: ignore[attr-defined]


async def get(session: AsyncSession, employer_id: UUID, *, for_update: bool = False) -> Employer | None:
    """One employer by id."""
    stmt = sa.select(Employer).where(_T.c.id == employer_id)
    if for_update:
        stmt = stmt.with_for_update()
    return (await session.execute(stmt)).scalar_one_or_none()


async def insert(session: AsyncSession, values: dict[str, Any]) -> Employer:
    """Insert an employer and return the stored row."""
    employer = Employer(**values)
    session.add(employer)
    await session.flush()
    await session.refresh(employer)
    return employer


async def update(session: AsyncSession, employer: Employer, values: dict[str, Any]) -> Employer:
    """Apply column values, bump the version and return the stored row."""
    return await update_versioned(session, employer, values)


async def delete(session: AsyncSession, employer: Employer) -> None:
    """Delete an employer (its vacancies and keys cascade)."""
    await session.delete(employer)
    await session.flush()


async def page(
    session: AsyncSession, *, limit: int, cursor: str | None, only_id: UUID | None = None
) -> tuple[list[Employer], str | None]:
    """A page of employers, optionally only one (an employer key sees only its own)."""
    stmt = sa.select(Employer)
    if only_id is not None:
        stmt = stmt.where(_T.c.id == only_id)
    return await keyset_page(session, stmt, Employer, limit=limit, cursor=cursor)
