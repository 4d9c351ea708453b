"""Vacancy rules: employer scope, occupation resolution, versions, idempotent sync."""

from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.auth.models import Principal, Role
from matchwerk.common import check_if_match
from matchwerk.errors import PreconditionFailed, ValidationFailed
from matchwerk.occupations import service as occupation_service
from matchwerk.placements import service as placement_service
from matchwerk.vacancies import repository
from matchwerk.vacancies.models import Vacancy, VacancyCreate, VacancyPut, VacancyStatus, VacancyUpdate
from matchwerk.webhooks import service as webhooks
from matchwerk.webhooks.models import EventType

_REQUIREMENT_COLUMNS = {
    "german_min": "german_min",
    "languages": "required_languages",
    "min_years_experience": "min_years_experience",
    "recognition": "recognition_requirement",
}
_OFFER_COLUMNS = {
    "language_course": "offers_language_course",
    "recognition_support": "offers_recognition_support",
    "housing": "offers_housing",
}


def _columns(data: dict[str, Any]) -> dict[str, Any]:
    """Flatten the API shape (as sent) into table columns."""
    columns: dict[str, Any] = {}
    for key, value in data.items():
        if key == "location":
            columns.update(value or {"postal_code": None, "municipality": None})
        elif key == "requirements":
            columns.update({_REQUIREMENT_COLUMNS[k]: v for k, v in (value or {}).items()})
        elif key == "offers":
            columns.update({_OFFER_COLUMNS[k]: v for k, v in (value or {}).items()})
        else:
            columns[key] = value
    return columns


async def _with_resolution(
    session: AsyncSession, columns: dict[str, Any], title: str, kldb_code: str | None
) -> dict[str, Any]:
    await occupation_service.refresh_if_changed(session)
    resolved = occupation_service.resolve(title, kldb_code)
    columns["kldb_code"] = resolved.kldb_code
    columns["isco08_code"] = resolved.isco08_code
    columns["resolution"] = resolved.resolution.model_dump() if resolved.resolution else None
    return columns


async def emit_if_filled(session: AsyncSession, vacancy: Vacancy, status_before: str | None) -> None:
    """``vacancy.filled`` to the employer's endpoints, in the transaction that filled it."""
    if vacancy.status == VacancyStatus.FILLED and status_before != VacancyStatus.FILLED:
        await webhooks.emit(
            session,
            EventType.VACANCY_FILLED,
            {
                "vacancy_id": str(vacancy.id),
                "employer_id": str(vacancy.employer_id),
                "external_id": vacancy.external_id,
            },
            employer_id=vacancy.employer_id,
        )


async def _owning_employer(session: AsyncSession, principal: Principal, employer_id: UUID | None) -> UUID:
    """An employer key owns what it creates, whatever the body says; other roles must name an employer."""
    if principal.role is Role.EMPLOYER:
        assert principal.employer_id is not None
        return principal.employer_id
    if employer_id is None:
        raise ValidationFailed(
            "employer_id is required.",
            errors=[{"loc": ["body", "employer_id"], "msg": "Field required", "type": "missing"}],
        )
    if not await repository.employer_exists(session, employer_id):
        raise ValidationFailed(
            f"Employer {employer_id} does not exist.",
            errors=[{"loc": ["body", "employer_id"], "msg": "unknown employer", "type": "not_found"}],
        )
    return employer_id


def visible_to(principal: Principal, vacancy: Vacancy) -> bool:
    """Employer keys see only their own vacancies."""
    return principal.role is not Role.EMPLOYER or principal.employer_id == vacancy.employer_id


async def get(
    session: AsyncSession, principal: Principal, vacancy_id: UUID, *, for_update: bool = False
) -> Vacancy:
    """The vacancy, or NotFound when it does not exist or lies outside the caller's scope."""
    return await repository.vacancies.get_visible(
        session, vacancy_id, lambda vacancy: visible_to(principal, vacancy), for_update=for_update
    )


async def create(session: AsyncSession, principal: Principal, body: VacancyCreate) -> Vacancy:
    """Create a vacancy with its occupation resolved."""
    data = body.model_dump()
    data["employer_id"] = await _owning_employer(session, principal, body.employer_id)
    columns = await _with_resolution(session, _columns(data), body.title, body.kldb_code)
    if body.external_id is not None and await repository.get_by_external(
        session, columns["employer_id"], body.external_id
    ):
        raise ValidationFailed(
            "external_id is already used by another vacancy of this employer; "
            "use PUT /api/v1/vacancies/external/{external_id} to replace it."
        )
    vacancy = await repository.vacancies.insert(session, columns)
    await session.commit()
    return vacancy


async def put_external(
    session: AsyncSession, principal: Principal, external_id: str, body: VacancyPut, if_match: str | None
) -> tuple[Vacancy, bool]:
    """Create or replace a vacancy by the employer's own id; repeats give the same vacancy."""
    data = body.model_dump()
    employer_id = await _owning_employer(session, principal, body.employer_id)
    data["employer_id"], data["external_id"] = employer_id, external_id
    current = await repository.get_by_external(session, employer_id, external_id, for_update=True)
    if if_match is not None:
        if current is None:
            raise PreconditionFailed("If-Match was sent but the vacancy does not exist yet.")
        check_if_match(if_match, current.version)
    status_before = current.status if current is not None else None
    columns = await _with_resolution(session, _columns(data), body.title, body.kldb_code)
    if current is not None:  # a replacement that changes nothing keeps version, ETag and change number
        stored = await repository.vacancies.update(session, current, columns)
        created = False
    else:
        vacancy_id, created = await repository.upsert_external(session, columns)  # a concurrent PUT may win
        found = await repository.vacancies.get(session, vacancy_id)
        assert found is not None
        stored = found
    if body.status is VacancyStatus.CLOSED and status_before != VacancyStatus.CLOSED.value:
        await placement_service.on_vacancy_closed(session, principal, stored.id)
    await emit_if_filled(session, stored, status_before)
    await session.commit()
    return stored, created


async def update(
    session: AsyncSession, principal: Principal, vacancy_id: UUID, body: VacancyUpdate, if_match: str | None
) -> Vacancy:
    """Apply a partial update after the If-Match check; re-resolve the occupation if title or code changed."""
    vacancy = await get(session, principal, vacancy_id, for_update=True)
    check_if_match(if_match, vacancy.version)
    status_before = vacancy.status
    sent = body.model_dump(exclude_unset=True)
    if "requirements" in sent and sent["requirements"] is not None and "languages" in sent["requirements"]:
        sent["requirements"]["languages"] = [dict(x) for x in sent["requirements"]["languages"]]
    columns = _columns(sent)
    if "title" in columns or "kldb_code" in columns:
        title = columns.get("title") or vacancy.title
        client_given = (
            vacancy.kldb_code if vacancy.resolution is None else None
        )  # no resolution = client's code
        code = columns.get("kldb_code", client_given)
        columns = await _with_resolution(session, columns, title, code)
    vacancy = await repository.vacancies.update(session, vacancy, columns)
    if vacancy.status == VacancyStatus.CLOSED.value and status_before != VacancyStatus.CLOSED.value:
        await placement_service.on_vacancy_closed(session, principal, vacancy.id)
    await emit_if_filled(session, vacancy, status_before)
    await session.commit()
    return vacancy


async def delete(session: AsyncSession, principal: Principal, vacancy_id: UUID, if_match: str | None) -> None:
    """Delete a vacancy."""
    vacancy = await get(session, principal, vacancy_id, for_update=True)
    check_if_match(if_match, vacancy.version)
    await repository.vacancies.delete(session, vacancy)
    await session.commit()


async def page(
    session: AsyncSession,
    principal: Principal,
    *,
    limit: int,
    cursor: str | None,
    employer_id: UUID | None,
    status: str | None,
    kldb_prefix: str | None,
) -> tuple[list[Vacancy], str | None]:
    """A filtered page of the vacancies the caller may see."""
    if principal.role is Role.EMPLOYER:
        if employer_id is not None and employer_id != principal.employer_id:
            return [], None
        employer_id = principal.employer_id
    return await repository.page(
        session, limit=limit, cursor=cursor, employer_id=employer_id, status=status, kldb_prefix=kldb_prefix
    )
