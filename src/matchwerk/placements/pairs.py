"""The pair a placement is about: who and what may be proposed, and the score frozen at proposal."""

from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.candidates import repository as candidate_repository
from matchwerk.candidates.models import CandidateStatus
from matchwerk.candidates.repository import CandidateRecord
from matchwerk.errors import Conflict, ValidationFailed
from matchwerk.matching import service as matching_service
from matchwerk.placements.rules import ConsentMissing
from matchwerk.vacancies import repository as vacancy_repository
from matchwerk.vacancies.models import Vacancy, VacancyStatus


def _unknown(field: str, what: str, value: UUID) -> ValidationFailed:
    return ValidationFailed(
        f"{what} {value} does not exist.",
        errors=[{"loc": ["body", field], "msg": f"unknown {what.lower()}", "type": "not_found"}],
    )


async def proposable(
    session: AsyncSession, candidate_id: UUID, vacancy_id: UUID
) -> tuple[CandidateRecord, Vacancy]:
    """Candidate and vacancy of a new proposal: an active person who consented to matching, an open job."""
    record = await candidate_repository.get(session, candidate_id)
    if record is None:
        raise _unknown("candidate_id", "Candidate", candidate_id)
    vacancy = await vacancy_repository.get(session, vacancy_id)
    if vacancy is None:
        raise _unknown("vacancy_id", "Vacancy", vacancy_id)
    if vacancy.status != VacancyStatus.OPEN.value:
        raise Conflict(f"The vacancy is {vacancy.status}; only open vacancies take proposals.")
    if record.candidate.status != CandidateStatus.ACTIVE.value:
        raise Conflict(f"The candidate is {record.candidate.status}; only active candidates are proposed.")
    if not record.candidate.consent_matching:
        raise ConsentMissing("The person has not consented to matching; they cannot be proposed.")
    return record, vacancy


def frozen_score(record: CandidateRecord, vacancy: Vacancy) -> dict[str, Any]:
    """Score, components and flags of the pair now, as the placement keeps them."""
    item = matching_service.explain_pair(
        matching_service.candidate_profile(record), matching_service.vacancy_profile(vacancy)
    )
    return {
        "score_at_proposal": item.score,
        "components_at_proposal": item.components.model_dump(),
        "flags_at_proposal": [str(flag) for flag in item.flags],
    }
