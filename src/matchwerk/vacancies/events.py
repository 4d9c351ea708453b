"""Webhook events of vacancies, emitted in the transaction of the write (no dependency on other features)."""

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.vacancies.models import Vacancy, VacancyStatus
from matchwerk.webhooks import service as webhooks
from matchwerk.webhooks.models import EventType


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
