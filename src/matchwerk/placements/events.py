"""Webhook events of placements (Standard Webhooks outbox): ids only, the candidate as the employer knows
them (pseudonymous id), never the real id or personal data."""

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.matching import service as matching_service
from matchwerk.placements.models import Placement, Stage
from matchwerk.privacy.pseudonyms import pseudonym_secret
from matchwerk.webhooks import service as webhooks
from matchwerk.webhooks.models import EventType


async def _employer_view_id(session: AsyncSession, placement: Placement) -> str | None:
    """The candidate as the employer knows them (pseudonymous id), for events; never the real id."""
    if placement.candidate_id is None:
        return None
    secret = await pseudonym_secret(session)
    return str(matching_service.employer_candidate_id(placement.employer_id, placement.candidate_id, secret))


async def stage_changed(session: AsyncSession, placement: Placement, from_stage: Stage | None) -> None:
    """The event of a stage change (or of a new placement) to the employer's and admin-wide endpoints."""
    stage = Stage(placement.stage)
    kind = {
        Stage.REQUESTED: EventType.PLACEMENT_REQUESTED,
        Stage.RELEASED: EventType.PLACEMENT_RELEASED,
        Stage.CLOSED: EventType.PLACEMENT_CLOSED,
    }.get(stage, EventType.PLACEMENT_STAGE_CHANGED)
    data = {
        "placement_id": str(placement.id),
        "vacancy_id": str(placement.vacancy_id),
        "employer_id": str(placement.employer_id),
        "candidate_id": await _employer_view_id(session, placement),
        "stage": stage.value,
        "from_stage": from_stage.value if from_stage else None,
        "closed_reason": placement.closed_reason,
    }
    await webhooks.emit(session, kind, data, employer_id=placement.employer_id)


async def consent_withdrawn(session: AsyncSession, placement: Placement) -> None:
    """``candidate.consent_withdrawn`` to the employer holding this released placement (admin-wide
    endpoints get theirs from the candidate service)."""
    data = {"candidate_id": await _employer_view_id(session, placement), "placement_id": str(placement.id)}
    await webhooks.emit(
        session,
        EventType.CANDIDATE_CONSENT_WITHDRAWN,
        data,
        employer_id=placement.employer_id,
        admin_copy=False,
    )
