"""New placements: an advisor proposes a person, or an employer asks for a pseudonymised match."""

from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.auth.models import Principal, Role
from matchwerk.errors import Conflict, Forbidden, NotFound
from matchwerk.matching import service as matching_service
from matchwerk.placements import pairs, repository, rules, service
from matchwerk.placements.models import InterestCreate, PlacementCreate, PlacementPublic, Stage
from matchwerk.vacancies import service as vacancy_service
from matchwerk.vacancies.models import VacancyStatus


async def _open(
    session: AsyncSession, principal: Principal, values: dict[str, Any], note: str | None
) -> PlacementPublic:
    """Insert the open placement (one per pair, by the database's unique index) with its first history row."""
    placement = await repository.insert_open(session, values)
    if placement is None:
        existing = await repository.find_open(session, values["candidate_id"], values["vacancy_id"])
        raise Conflict(
            "There is already an open placement for this person and vacancy"
            + (f": {existing.id}." if existing is not None else ".")
        )
    await service.record_move(session, principal, placement, None, note=note)
    await session.commit()
    return await service.read(session, principal, placement.id)


async def propose(session: AsyncSession, principal: Principal, body: PlacementCreate) -> PlacementPublic:
    """An advisor or admin proposes a person for a vacancy; score, components and flags are frozen now."""
    if principal.role not in rules.STAFF:
        raise Forbidden("Only advisors and admins propose candidates.")
    record, vacancy = await pairs.proposable(session, body.candidate_id, body.vacancy_id)
    values = {
        "candidate_id": record.candidate.id,
        "vacancy_id": vacancy.id,
        "employer_id": vacancy.employer_id,
        "stage": Stage.PROPOSED.value,
        "next_step": body.next_step,
        "next_step_due": body.next_step_due,
        **pairs.frozen_score(record, vacancy),
    }
    return await _open(session, principal, values, body.note)


async def express_interest(
    session: AsyncSession, principal: Principal, vacancy_id: UUID, public_id: UUID, body: InterestCreate
) -> PlacementPublic:
    """An employer asks for the person behind a pseudonymised match of its own vacancy (``requested``)."""
    if principal.role is not Role.EMPLOYER:
        raise Forbidden("Interest is expressed by employers; advisors propose with POST /api/v1/placements.")
    vacancy = await vacancy_service.get(session, principal, vacancy_id)
    not_found = NotFound(f"Vacancy {vacancy_id} has no match {public_id}.")
    candidate_id = await matching_service.resolve_employer_candidate_id(
        session, vacancy.employer_id, public_id, kldb_code=vacancy.kldb_code
    )
    if candidate_id is None:
        raise not_found
    if vacancy.status != VacancyStatus.OPEN.value:
        raise Conflict(f"The vacancy is {vacancy.status}; interest needs an open vacancy.")
    record, vacancy = await pairs.proposable(session, candidate_id, vacancy.id)
    pair = (matching_service.candidate_profile(record), matching_service.vacancy_profile(vacancy))
    if matching_service.match_pair(*pair, for_employer=True) is None:
        raise not_found  # not a match this employer may see (any longer)
    values = {
        "candidate_id": candidate_id,
        "vacancy_id": vacancy.id,
        "employer_id": vacancy.employer_id,
        "stage": Stage.REQUESTED.value,
        **pairs.frozen_score(record, vacancy),
    }
    return await _open(session, principal, values, body.note)
