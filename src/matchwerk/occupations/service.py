"""Occupation resolution used by candidates and vacancies on write."""

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.occupations.models import ResolvedOccupation


async def refresh_if_changed(session: AsyncSession) -> None:
    """Reload imported labels into this process's engine when another process imported new ones."""


def resolve(title: str, kldb_code: str | None) -> ResolvedOccupation:
    """Resolve a title to KldB/ISCO; a client-given code wins."""
    return ResolvedOccupation(kldb_code=kldb_code, isco08_code=None, resolution=None)
