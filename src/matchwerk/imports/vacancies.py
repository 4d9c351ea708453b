"""Vacancy import: upsert by (employer, ``external_id``); an employer key imports only its own."""

from functools import partial
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.auth.models import Principal, Role
from matchwerk.imports import repository
from matchwerk.imports.common import error, in_savepoint, invalid, validated
from matchwerk.imports.formats import Row
from matchwerk.imports.models import ImportResult, RowResult, RowStatus
from matchwerk.occupations import service as occupation_service
from matchwerk.vacancies import repository as vacancy_repository
from matchwerk.vacancies import service as vacancy_service
from matchwerk.vacancies.models import ExternalId, Vacancy, VacancyPublic, VacancyPut


class VacancyRow(VacancyPut):
    """A vacancy row: the fields of a PUT plus the external id it is upserted by."""

    external_id: ExternalId


def _as_sent(vacancy: Vacancy) -> dict[str, Any]:
    public = VacancyPublic.from_row(vacancy).model_dump(mode="json")
    if vacancy.resolution is not None:
        public["kldb_code"] = None
    fields = set(VacancyRow.model_fields)
    return VacancyRow.model_validate({k: v for k, v in public.items() if k in fields}).model_dump(mode="json")


def _owner(principal: Principal, body: VacancyRow, default_employer: UUID | None) -> UUID | None:
    if principal.role is Role.EMPLOYER:
        return principal.employer_id
    return body.employer_id or default_employer


async def _write(
    session: AsyncSession, number: int, body: VacancyRow, employer_id: UUID, current: Vacancy | None
) -> RowResult:
    data = body.model_dump()
    data["employer_id"] = employer_id
    if current is not None:
        comparable = body.model_dump(mode="json") | {"employer_id": str(employer_id)}
        if _as_sent(current) | {"employer_id": str(employer_id)} == comparable:
            return RowResult(row=number, status=RowStatus.UNCHANGED, id=current.id)
    columns = vacancy_service._columns(data)
    resolved = occupation_service.resolve(body.title, body.kldb_code)
    columns |= {
        "kldb_code": resolved.kldb_code,
        "isco08_code": resolved.isco08_code,
        "resolution": resolved.resolution.model_dump() if resolved.resolution else None,
    }
    vacancy_id, created = await vacancy_repository.upsert_external(session, columns)
    stored = await vacancy_repository.get(session, vacancy_id)
    assert stored is not None
    await vacancy_service.emit_if_filled(session, stored, current.status if current else None)
    return RowResult(row=number, status=RowStatus.CREATED if created else RowStatus.UPDATED, id=vacancy_id)


async def run(
    session: AsyncSession, principal: Principal, rows: list[Row], *, employer_id: UUID | None
) -> ImportResult:
    """Validate every row, then write the valid ones, each in its own savepoint; one commit at the end."""
    bodies = [validated(row, VacancyRow) for row in rows]
    owners = {
        row.number: _owner(principal, body, employer_id)
        for row, body in zip(rows, bodies, strict=True)
        if isinstance(body, VacancyRow)
    }
    known = await repository.employers_existing(session, {o for o in owners.values() if o is not None})
    keys = [
        (owners[row.number], body.external_id)
        for row, body in zip(rows, bodies, strict=True)
        if isinstance(body, VacancyRow) and owners[row.number] in known
    ]
    existing = await repository.vacancies_by_external_id(session, keys)  # type: ignore[arg-type]
    await occupation_service.refresh_if_changed(session)
    results: list[RowResult] = []
    seen: set[tuple[UUID, str]] = set()
    for row, body in zip(rows, bodies, strict=True):
        if isinstance(body, RowResult):
            results.append(body)
            continue
        owner = owners[row.number]
        if owner is None or owner not in known:
            what = "employer_id is required" if owner is None else f"employer {owner} does not exist"
            results.append(invalid(row.number, error("employer_id", what)))
            continue
        key = (owner, body.external_id)
        if key in seen:
            results.append(invalid(row.number, error("external_id", "the same external_id appears earlier")))
            continue
        seen.add(key)
        current = existing.get(key)
        results.append(
            await in_savepoint(
                session,
                row.number,
                partial(_write, session, row.number, body, owner, current),
            )
        )
    await session.commit()
    return ImportResult.of(results)
