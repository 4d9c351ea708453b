"""Placements as each caller may see them: employers get a pseudonym, and name and contact only while the
placement is released and the person still consents; every such read is audited."""

from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.audit import service as audit
from matchwerk.audit.models import AuditAction
from matchwerk.auth.models import Principal, Role
from matchwerk.matching import service as matching_service
from matchwerk.placements import repository
from matchwerk.placements.models import (
    RELEASED_STAGES,
    ClosedReason,
    HistoryEntry,
    PersonalContact,
    Placement,
    PlacementCandidate,
    PlacementMove,
    PlacementPublic,
    Stage,
)
from matchwerk.placements.repository import PersonFacts
from matchwerk.privacy.pseudonyms import employer_pseudonym, pseudonym_secret

# After a hire the employer keeps seeing whom it hired (while the consent holds).
_CONTACT_STAGES = {stage.value for stage in (*RELEASED_STAGES, Stage.HIRED)}


def _contact(placement: Placement, person: PersonFacts | None) -> PersonalContact | None:
    """Name and contact for the employer: only in a released stage and while the consent holds."""
    if person is None or placement.stage not in _CONTACT_STAGES or not person.share_with_employers:
        return None
    return PersonalContact(
        given_name=person.given_name, family_name=person.family_name, email=person.email, phone=person.phone
    )


async def to_public(
    session: AsyncSession, principal: Principal, placements: list[Placement]
) -> list[PlacementPublic]:
    """Shape placements for the caller; audits (without committing) each employer read of contact data."""
    history = await repository.history(session, [p.id for p in placements])
    for_employer = principal.role is Role.EMPLOYER
    people: dict[UUID, PersonFacts] = {}
    secret = b""
    if for_employer:
        people = await repository.people(session, [p.candidate_id for p in placements if p.candidate_id])
        secret = await pseudonym_secret(session)
    views, read_ids = [], []
    for placement in placements:
        candidate = PlacementCandidate(id=placement.candidate_id)
        candidate_id = placement.candidate_id
        if for_employer:
            public_id = pseudonym = None
            if placement.candidate_id is not None:
                public_id = matching_service.employer_candidate_id(
                    placement.employer_id, placement.candidate_id, secret
                )
                pseudonym = employer_pseudonym(placement.employer_id, placement.candidate_id, secret)
            contact = _contact(
                placement, people.get(placement.candidate_id) if placement.candidate_id else None
            )
            candidate = PlacementCandidate(id=public_id, pseudonym=pseudonym, personal=contact)
            candidate_id = public_id
            if contact is not None:
                read_ids.append((placement.candidate_id, placement.id))
        views.append(_public(placement, candidate_id, candidate, history.get(placement.id, [])))
    for person_id, placement_id in read_ids:
        assert person_id is not None
        details = {"via": "placement", "placement_id": str(placement_id)}
        await audit.record(session, principal, AuditAction.CANDIDATE_READ, [person_id], details)
    return views


def _public(
    placement: Placement,
    candidate_id: UUID | None,
    candidate: PlacementCandidate,
    history: list[PlacementMove],
) -> PlacementPublic:
    return PlacementPublic(
        id=placement.id,
        candidate_id=candidate_id,
        vacancy_id=placement.vacancy_id,
        employer_id=placement.employer_id,
        stage=Stage(placement.stage),
        score_at_proposal=placement.score_at_proposal,
        components_at_proposal=placement.components_at_proposal,
        flags_at_proposal=placement.flags_at_proposal,
        next_step=placement.next_step,
        next_step_due=placement.next_step_due,
        closed_reason=ClosedReason(placement.closed_reason) if placement.closed_reason else None,
        version=placement.version,
        created_at=placement.created_at,
        updated_at=placement.updated_at,
        candidate=candidate,
        history=[HistoryEntry.model_validate(move, from_attributes=True) for move in history],
    )


async def resolve_for_employer(session: AsyncSession, principal: Principal, public_id: UUID) -> UUID | None:
    """The person behind an employer's pseudonymous id, among the people of its placements."""
    assert principal.employer_id is not None
    secret = await pseudonym_secret(session)
    for candidate_id in await repository.candidate_ids_of_employer(session, principal.employer_id):
        if matching_service.employer_candidate_id(principal.employer_id, candidate_id, secret) == public_id:
            return candidate_id
    return None
