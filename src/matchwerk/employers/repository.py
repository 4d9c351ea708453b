"""SQL for employers."""

from uuid import UUID

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.employers.models import Employer
from matchwerk.repository import Repository

employers = Repository(Employer, "Employer")  # get, get_visible, insert, update, delete
get = employers.get


async def page(
    session: AsyncSession, *, limit: int, cursor: str | None, only_id: UUID | None = None
) -> tuple[list[Employer], str | None]:
    """A page of employers, optionally only one (an employer key sees only its own)."""
    stmt = sa.select(Employer)
    if only_id is not None:
        stmt = stmt.where(employers.table.c.id == only_id)
    return await employers.page(session, stmt, limit=limit, cursor=cursor)
