"""Employer rules: scope, partial updates, versions."""

from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.auth.models import Principal, Role
from matchwerk.common import check_if_match
from matchwerk.employers import repository
from matchwerk.employers.models import Employer, EmployerCreate, EmployerUpdate

_NESTED = {
    "location": ("", ("postal_code", "municipality")),
    "contact": ("contact_", ("name", "email", "phone")),
}


def _columns(data: dict[str, Any]) -> dict[str, Any]:
    """Flatten the API shape into columns; a nested object sent as null clears all its fields."""
    columns = {k: v for k, v in data.items() if k not in _NESTED}
    for name, (prefix, fields) in _NESTED.items():
        if name in data:
            nested = data[name] if data[name] is not None else dict.fromkeys(fields)
            columns.update({prefix + key: value for key, value in nested.items()})
    return columns


def visible_to(principal: Principal, employer_id: UUID) -> bool:
    """Whether the caller may see this employer at all."""
    return principal.role is not Role.EMPLOYER or principal.employer_id == employer_id


async def get(
    session: AsyncSession, principal: Principal, employer_id: UUID, *, for_update: bool = False
) -> Employer:
    """The employer, or NotFound when it does not exist or lies outside the caller's scope."""
    return await repository.employers.get_visible(
        session, employer_id, lambda employer: visible_to(principal, employer.id), for_update=for_update
    )


async def create(session: AsyncSession, body: EmployerCreate) -> Employer:
    """Create an employer."""
    employer = await repository.employers.insert(session, _columns(body.model_dump(mode="json")))
    await session.commit()
    return employer


async def update(
    session: AsyncSession, principal: Principal, employer_id: UUID, body: EmployerUpdate, if_match: str | None
) -> Employer:
    """Apply a partial update after the If-Match check."""
    employer = await get(session, principal, employer_id, for_update=True)
    check_if_match(if_match, employer.version)
    employer = await repository.employers.update(
        session, employer, _columns(body.model_dump(mode="json", exclude_unset=True))
    )
    await session.commit()
    return employer


async def delete(
    session: AsyncSession, principal: Principal, employer_id: UUID, if_match: str | None
) -> None:
    """Delete an employer and, with it, its vacancies and keys."""
    employer = await get(session, principal, employer_id, for_update=True)
    check_if_match(if_match, employer.version)
    await repository.employers.delete(session, employer)
    await session.commit()


async def page(
    session: AsyncSession, principal: Principal, *, limit: int, cursor: str | None
) -> tuple[list[Employer], str | None]:
    """A page of the employers the caller may see."""
    only = principal.employer_id if principal.role is Role.EMPLOYER else None
    return await repository.page(session, limit=limit, cursor=cursor, only_id=only)
