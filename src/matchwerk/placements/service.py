"""Placement rules: every stage change goes through ``change_stage``, its history through ``record_move``."""

from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.audit import service as audit
from matchwerk.audit.models import AuditAction
from matchwerk.auth.models import Principal, Role
from matchwerk.candidates import repository as candidate_repository
from matchwerk.candidates.models import CandidateStatus
from matchwerk.common import check_if_match
from matchwerk.errors import Conflict, Forbidden, NotFound, ValidationFailed
from matchwerk.placements import events, pairs, repository, rules, views
from matchwerk.placements.models import (
    RELEASED_STAGES,
    ClosedReason,
    Placement,
    PlacementPublic,
    Stage,
    TransitionCreate,
)
from matchwerk.placements.repository import PlacementFilter
from matchwerk.vacancies import repository as vacancy_repository
from matchwerk.vacancies import service as vacancy_service
from matchwerk.vacancies.models import VacancyStatus

PLACED_ELSEWHERE = "placed elsewhere"
HIREABLE_VACANCY = (VacancyStatus.OPEN.value, VacancyStatus.PAUSED.value)


def _placement_scope(principal: Principal, placement: Placement) -> bool:
    return principal.role in rules.STAFF or (
        principal.role is Role.EMPLOYER and principal.employer_id == placement.employer_id
    )


async def get(
    session: AsyncSession, principal: Principal, placement_id: UUID, *, for_update: bool = False
) -> Placement:
    """The placement, or NotFound when it does not exist or belongs to another employer."""
    if principal.role not in rules.STAFF and principal.role is not Role.EMPLOYER:
        raise Forbidden(f"The role '{principal.role}' may not use placements.")
    placement = await repository.get(session, placement_id, for_update=for_update)
    if placement is None or not _placement_scope(principal, placement):
        raise NotFound(f"Placement {placement_id} not found.")
    return placement


async def record_move(
    session: AsyncSession,
    actor: Principal,
    placement: Placement,
    from_stage: Stage | None,
    *,
    note: str | None = None,
    reason: ClosedReason | None = None,
) -> None:
    """Append the history row of a stage change that was just written (creation included).

    Every stage change of every placement passes here, in the transaction that makes it, and so does its
    webhook event (placement.requested/released/stage_changed/closed) to the employer and admin endpoints.
    """
    await repository.append_history(
        session,
        {
            "placement_id": placement.id,
            "version": placement.version,
            "from_stage": from_stage.value if from_stage else None,
            "stage": placement.stage,
            "reason": reason.value if reason else None,
            "note": note,
            "by_role": "system" if actor.is_system else actor.role.value,
            "by_key_id": None if actor.is_system else actor.key_id,
        },
    )
    await events.stage_changed(session, placement, from_stage)


def _check_move(principal: Principal, current: Stage, body: TransitionCreate, automatic: bool) -> None:
    if (body.to is Stage.CLOSED) != (body.reason is not None):
        raise ValidationFailed(
            "A reason is required when closing, and only then.",
            errors=[{"loc": ["body", "reason"], "msg": "reason iff to is closed", "type": "value_error"}],
        )
    if not rules.is_allowed(current, body.to):
        raise rules.TransitionNotAllowed(current, body.to)
    if automatic:
        return
    refusal = rules.who_may_not(principal, current, body.to, body.reason)
    if refusal is not None:
        raise Forbidden(refusal)
    if body.keep_other_placements and (principal.role not in rules.STAFF or body.to is not Stage.HIRED):
        raise ValidationFailed("keep_other_placements is for advisors and admins moving to hired.")


async def change_stage(
    session: AsyncSession,
    principal: Principal,
    placement: Placement,
    body: TransitionCreate,
    *,
    automatic: bool = False,
) -> Placement:
    """Move a locked placement: the table, who may, consent, effects, history; the caller commits.

    ``automatic`` moves (consent withdrawn, erasure, effects of a hire) skip the caller's role check only.
    """
    current = Stage(placement.stage)
    _check_move(principal, current, body, automatic)
    values: dict[str, Any] = {
        "stage": body.to.value,
        "closed_reason": body.reason.value if body.reason else None,
    }
    if "next_step" in body.model_fields_set or "next_step_due" in body.model_fields_set or automatic:
        values |= {"next_step": body.next_step, "next_step_due": body.next_step_due}
    if body.to is Stage.PROPOSED:
        values |= await _refreeze(session, placement, rescore=current is Stage.REQUESTED)
    elif body.to is Stage.RELEASED:
        await _check_release(session, principal, placement)
    elif body.to is Stage.HIRED:
        await _hire(session, principal, placement, keep_others=body.keep_other_placements)
    placement = await repository.update(session, placement, values)
    await record_move(session, principal, placement, current, note=body.note, reason=body.reason)
    return placement


async def _refreeze(session: AsyncSession, placement: Placement, *, rescore: bool) -> dict[str, Any]:
    """A (re-)proposal needs the person and an open vacancy; a requested match is scored anew."""
    if placement.candidate_id is None:
        raise Conflict("The person was erased; this placement cannot be re-opened.")
    if not rescore and await repository.find_open(session, placement.candidate_id, placement.vacancy_id):
        raise Conflict("This person already has an open placement for this vacancy.")
    record, vacancy = await pairs.proposable(session, placement.candidate_id, placement.vacancy_id)
    return pairs.frozen_score(record, vacancy) if rescore else {}


async def _check_release(session: AsyncSession, principal: Principal, placement: Placement) -> None:
    """Release needs the person's consent to share with employers at this moment; it is audited."""
    record = (
        await candidate_repository.get(session, placement.candidate_id, for_update=True)
        if placement.candidate_id
        else None
    )
    if record is None:
        raise Conflict("The person was erased; there is nobody to release.")
    if not record.candidate.consent_share_with_employers:
        raise rules.ConsentMissing(
            "The person has not consented to share their profile with employers; it cannot be released."
        )
    details = {"placement_id": str(placement.id), "employer_id": str(placement.employer_id)}
    await audit.record(session, principal, AuditAction.CANDIDATE_RELEASE, [record.candidate.id], details)


async def _hire(
    session: AsyncSession, principal: Principal, placement: Placement, *, keep_others: bool
) -> None:
    """The person is placed, the vacancy counts the hire (filled at the last position), others close."""
    vacancy = await vacancy_repository.get(session, placement.vacancy_id, for_update=True)
    assert vacancy is not None  # the foreign key cascades
    if vacancy.status not in HIREABLE_VACANCY or vacancy.positions_filled >= vacancy.positions:
        raise Conflict(
            f"The vacancy is {vacancy.status} with {vacancy.positions_filled} of {vacancy.positions} "
            "positions filled; nobody more can be hired for it."
        )
    filled = vacancy.positions_filled + 1
    now_full = filled >= vacancy.positions
    values: dict[str, Any] = {"positions_filled": filled}
    if now_full:
        values["status"] = VacancyStatus.FILLED.value  # leaves the match index via the change log
    status_before = vacancy.status
    vacancy = await vacancy_repository.vacancies.update(session, vacancy, values)
    await vacancy_service.emit_if_filled(session, vacancy, status_before)
    if placement.candidate_id is not None:
        await candidate_repository.set_status(session, placement.candidate_id, CandidateStatus.PLACED.value)
        if not keep_others:
            others = await repository.open_ids(session, candidate_id=placement.candidate_id)
            await _close_all(
                session, principal, others, ClosedReason.CANDIDATE_DECLINED, PLACED_ELSEWHERE, placement.id
            )
    if now_full:
        others = await repository.open_ids(session, vacancy_id=vacancy.id)
        await _close_all(session, principal, others, ClosedReason.VACANCY_FILLED, None, placement.id)


async def _close_all(
    session: AsyncSession,
    principal: Principal,
    placement_ids: list[UUID],
    reason: ClosedReason,
    note: str | None,
    skip: UUID | None = None,
) -> None:
    for placement_id in placement_ids:
        if placement_id == skip:
            continue
        placement = await repository.get(session, placement_id, for_update=True)
        if placement is None or placement.stage in (Stage.HIRED.value, Stage.CLOSED.value):
            continue
        body = TransitionCreate(to=Stage.CLOSED, reason=reason, note=note)
        await change_stage(session, principal, placement, body, automatic=True)


async def transition(
    session: AsyncSession,
    principal: Principal,
    placement_id: UUID,
    body: TransitionCreate,
    if_match: str | None = None,
) -> PlacementPublic:
    """Move a placement (``If-Match`` guards against concurrent moves); return it as the caller sees it."""
    placement = await get(session, principal, placement_id)
    # Lock order vacancy → placement everywhere: a hire closes the vacancy's other placements.
    await vacancy_repository.get(session, placement.vacancy_id, for_update=True)
    placement = await get(session, principal, placement_id, for_update=True)
    check_if_match(if_match, placement.version)
    placement = await change_stage(session, principal, placement, body)
    await session.commit()
    return await read(session, principal, placement.id)


async def read(session: AsyncSession, principal: Principal, placement_id: UUID) -> PlacementPublic:
    """One placement as the caller may see it; an employer's read of released contact data is audited."""
    placement = await get(session, principal, placement_id)
    (view,) = await views.to_public(session, principal, [placement])
    await session.commit()
    return view


async def page(
    session: AsyncSession,
    principal: Principal,
    filters: PlacementFilter,
    *,
    limit: int,
    cursor: str | None,
) -> tuple[list[PlacementPublic], str | None]:
    """A filtered page of the placements the caller may see (employers: their own vacancies')."""
    if principal.role is Role.EMPLOYER:
        if filters.employer_id not in (None, principal.employer_id):
            return [], None
        candidate_id = filters.candidate_id
        if candidate_id is not None:  # an employer filters by the pseudonymous id it knows
            candidate_id = await views.resolve_for_employer(session, principal, candidate_id)
            if candidate_id is None:
                return [], None
        filters = PlacementFilter(
            **{**filters.__dict__, "employer_id": principal.employer_id, "candidate_id": candidate_id}
        )
    elif principal.role not in rules.STAFF:
        raise Forbidden(f"The role '{principal.role}' may not use placements.")
    rows, next_cursor = await repository.page(session, filters, limit=limit, cursor=cursor)
    items = await views.to_public(session, principal, rows)
    await session.commit()
    return items, next_cursor


async def on_consent_withdrawn(session: AsyncSession, principal: Principal, candidate_id: UUID) -> int:
    """Close the person's released placements (``consent_withdrawn``); the caller commits."""
    released = await repository.open_ids(
        session, candidate_id=candidate_id, stages=[s.value for s in RELEASED_STAGES]
    )
    for placement_id in released:  # employers who held the person's contact hear it, pseudonymously
        placement = await repository.get(session, placement_id)
        assert placement is not None
        await events.consent_withdrawn(session, placement)
    await _close_all(session, principal, released, ClosedReason.CONSENT_WITHDRAWN, None)
    return len(released)


async def on_vacancy_closed(session: AsyncSession, principal: Principal, vacancy_id: UUID) -> None:
    """A vacancy set to closed closes its open placements (``vacancy_closed``); the caller commits."""
    open_ids = await repository.open_ids(session, vacancy_id=vacancy_id)
    await _close_all(session, principal, open_ids, ClosedReason.VACANCY_CLOSED, None)


async def on_erasure(session: AsyncSession, principal: Principal, candidate_ids: list[UUID]) -> None:
    """Before erasure: close every open placement of these people and wipe the cases' free text."""
    for candidate_id in candidate_ids:
        open_ids = await repository.open_ids(session, candidate_id=candidate_id)
        await _close_all(session, principal, open_ids, ClosedReason.CONSENT_WITHDRAWN, None)
    await repository.forget_person(session, await repository.ids_of_candidates(session, candidate_ids))
