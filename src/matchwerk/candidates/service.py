"""Candidate rules: scope of intake keys, occupation resolution, partial updates, versions, audit."""

from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.audit import service as audit
from matchwerk.audit.models import AuditAction
from matchwerk.auth.models import Principal, Role
from matchwerk.candidates import repository
from matchwerk.candidates.models import Candidate
from matchwerk.candidates.repository import CandidateRecord
from matchwerk.candidates.schemas import (
    CandidateCreate,
    CandidatePublic,
    CandidateUpdate,
    Consent,
    LanguageIn,
    OccupationOut,
    Personal,
    Qualification,
    Recognition,
    Residence,
)
from matchwerk.common import CefrLevel, EmploymentType, Location, check_if_match, levels_at_least
from matchwerk.errors import Conflict
from matchwerk.lifecycle import Happening, announce
from matchwerk.occupations import service as occupation_service
from matchwerk.webhooks import service as webhooks
from matchwerk.webhooks.models import EventType

_PROFILE_SCALARS = (
    "reference",
    "reception_centre",
    "status",
    "max_commute_km",
    "willing_to_relocate",
    "skills",
    "driving_licences",
    "available_from",
    "employment_types",
)


def _profile_columns(data: dict[str, Any]) -> dict[str, Any]:
    """Flatten the profile part of the API shape into candidate columns (only what was sent)."""
    columns = {key: data[key] for key in _PROFILE_SCALARS if key in data}
    for key, prefix in (("consent", "consent_"), ("location", ""), ("residence", "")):
        if key in data and data[key] is not None:
            for name, value in data[key].items():
                column = (
                    {"status": "residence_status"}.get(name, name) if key == "residence" else prefix + name
                )
                columns[column] = value
    return columns


def _occupation_columns(occupation: dict[str, Any]) -> dict[str, Any]:
    resolved = occupation_service.resolve(occupation["title"], occupation.get("kldb_code"))
    qualification = occupation.get("qualification") or {}
    recognition = occupation.get("recognition") or {}
    return {
        "title": occupation["title"],
        "kldb_code": resolved.kldb_code,
        "isco08_code": resolved.isco08_code,
        "resolution": resolved.resolution.model_dump() if resolved.resolution else None,
        "years_experience": occupation.get("years_experience"),
        "qualification_level": qualification.get("level"),
        "qualification_country": qualification.get("country"),
        "recognition_status": recognition.get("status") or "not_started",
        "recognition_reference_occupation": recognition.get("reference_occupation"),
        "recognition_compensation_measure": recognition.get("compensation_measure"),
    }


def to_public(record: CandidateRecord) -> CandidatePublic:
    """Shape a stored candidate for advisors and intake staff."""
    c, p = record.candidate, record.personal
    return CandidatePublic(
        id=c.id,
        reference=c.reference,
        reception_centre=c.reception_centre,
        status=c.status,
        personal=Personal(
            given_name=p.given_name,
            family_name=p.family_name,
            birth_date=p.birth_date,
            phone=p.phone,
            email=p.email,
            nationality=p.nationality,
        )
        if p
        else Personal(),
        consent=Consent(
            matching=c.consent_matching,
            share_with_employers=c.consent_share_with_employers,
            share_with_employment_agency=c.consent_share_with_employment_agency,
        ),
        residence=Residence(status=c.residence_status, work_authorization=c.work_authorization),
        location=Location(postal_code=c.postal_code, municipality=c.municipality),
        max_commute_km=c.max_commute_km,
        willing_to_relocate=c.willing_to_relocate,
        occupations=[
            OccupationOut(
                title=o.title,
                kldb_code=o.kldb_code,
                isco08_code=o.isco08_code,
                years_experience=o.years_experience,
                resolution=occupation_service.stored_resolution(o.resolution, o.kldb_code),
                qualification=Qualification(level=o.qualification_level, country=o.qualification_country),
                recognition=Recognition(
                    status=o.recognition_status,
                    reference_occupation=o.recognition_reference_occupation,
                    compensation_measure=o.recognition_compensation_measure,
                ),
            )
            for o in record.occupations
        ],
        languages=[
            LanguageIn(code=lang.code, level=lang.level, certificate=lang.certificate)
            for lang in record.languages
        ],
        skills=c.skills,
        driving_licences=c.driving_licences,
        available_from=c.available_from,
        employment_types=[EmploymentType(t) for t in c.employment_types],
        created_at=c.created_at,
        updated_at=c.updated_at,
    )


def visible_to(principal: Principal, record: CandidateRecord) -> bool:
    """Intake keys see only candidates of their reception centre."""
    return may_see(principal, record.candidate)


def may_see(principal: Principal, candidate: Candidate) -> bool:
    """Intake keys see only candidates of their reception centre (the profile row alone)."""
    return principal.role is not Role.INTAKE or principal.reception_centre == candidate.reception_centre


_CONSENT_FLAGS = ("matching", "share_with_employers", "share_with_employment_agency")


def _consent_changes(record: CandidateRecord, sent: dict[str, Any] | None) -> dict[str, Any]:
    """The consent flags a write changes: ``{"from": {...}, "to": {...}}`` (flags only, no personal data)."""
    changed = {
        flag: value
        for flag, value in (sent or {}).items()
        if flag in _CONSENT_FLAGS and value != getattr(record.candidate, "consent_" + flag)
    }
    if not changed:
        return {}
    return {"from": {f: getattr(record.candidate, "consent_" + f) for f in changed}, "to": changed}


async def get(
    session: AsyncSession, principal: Principal, candidate_id: UUID, *, for_update: bool = False
) -> CandidateRecord:
    """The candidate, or NotFound when it does not exist or lies outside the caller's scope."""
    return await repository.get_visible(
        session, candidate_id, lambda candidate: may_see(principal, candidate), for_update=for_update
    )


async def read(session: AsyncSession, principal: Principal, record: CandidateRecord) -> CandidateRecord:
    """A loaded candidate (``ValidCandidate``) whose personal data goes to the caller; the read is audited."""
    candidate_id = record.candidate.id
    await audit.record(session, principal, AuditAction.CANDIDATE_READ, [candidate_id], {"via": "get"})
    await session.commit()
    return record


async def create(session: AsyncSession, principal: Principal, body: CandidateCreate) -> CandidateRecord:
    """Create a candidate; intake keys always create in their own reception centre."""
    data = body.model_dump()
    if principal.role is Role.INTAKE:
        assert principal.reception_centre is not None
        data["reception_centre"] = principal.reception_centre
    await occupation_service.refresh_if_changed(session)
    if await repository.reference_taken(session, body.reference):
        raise Conflict(f"A candidate with reference {body.reference!r} already exists.")
    candidate_id = await repository.insert(
        session,
        _profile_columns(data),
        data["personal"],
        [_occupation_columns(o) for o in data["occupations"]],
        data["languages"],
    )
    await audit.record(session, principal, AuditAction.CANDIDATE_CREATE, [candidate_id])
    await audit.record(
        session, principal, AuditAction.CONSENT_CHANGE, [candidate_id], {"from": None, "to": data["consent"]}
    )
    await session.commit()
    return await get(session, principal, candidate_id)


async def update(
    session: AsyncSession,
    principal: Principal,
    candidate_id: UUID,
    body: CandidateUpdate,
    if_match: str | None,
) -> CandidateRecord:
    """Apply a partial update after the If-Match check."""
    record = await get(session, principal, candidate_id, for_update=True)
    check_if_match(if_match, record.candidate.version)
    sent = body.model_dump(exclude_unset=True)
    if principal.role is Role.INTAKE:
        sent.pop("reception_centre", None)  # an intake key cannot move a person out of its own scope
    for key in (
        "reference",
        "reception_centre",
        "status",
        "willing_to_relocate",
        "skills",
        "driving_licences",
        "employment_types",
    ):
        if key in sent and sent[key] is None:
            sent.pop(key)  # null for a required field means "leave as is"
    if "reference" in sent and await repository.reference_taken(
        session, sent["reference"], other_than=candidate_id
    ):
        raise Conflict(f"A candidate with reference {sent['reference']!r} already exists.")
    occupations = sent.get("occupations")
    if occupations is not None:
        await occupation_service.refresh_if_changed(session)
    languages = sent.get("languages")
    consent_changes = _consent_changes(record, sent.get("consent"))
    await repository.update(
        session,
        record,
        _profile_columns(sent),
        sent.get("personal") or {},
        [_occupation_columns(o) for o in occupations] if occupations is not None else None,
        languages if languages is not None else None,
    )
    await audit.record(
        session, principal, AuditAction.CANDIDATE_UPDATE, [candidate_id], {"fields": sorted(sent)}
    )
    if consent_changes:
        await audit.record(session, principal, AuditAction.CONSENT_CHANGE, [candidate_id], consent_changes)
        withdrawn = sorted(flag for flag, value in consent_changes["to"].items() if value is False)
        if withdrawn:  # admin-wide endpoints; employers holding a released placement get theirs below
            await webhooks.emit(
                session,
                EventType.CANDIDATE_CONSENT_WITHDRAWN,
                {"candidate_id": str(candidate_id), "withdrawn": withdrawn},
            )
        if consent_changes["to"].get("share_with_employers") is False:
            await announce(Happening.CONSENT_WITHDRAWN, session, principal, candidate_id)
    await session.commit()
    return await get(session, principal, candidate_id)


async def delete(
    session: AsyncSession, principal: Principal, candidate_id: UUID, if_match: str | None
) -> None:
    """Erase the candidate with all personal data for good (GDPR Art. 17)."""
    record = await get(session, principal, candidate_id, for_update=True)
    check_if_match(if_match, record.candidate.version)
    await announce(Happening.ERASURE, session, principal, [candidate_id])
    await repository.delete(session, candidate_id)
    await audit.record(session, principal, AuditAction.CANDIDATE_ERASE, [candidate_id], {"reason": "request"})
    await session.commit()


async def page(
    session: AsyncSession,
    principal: Principal,
    *,
    limit: int,
    cursor: str | None,
    reception_centre: str | None,
    status: str | None,
    kldb_prefix: str | None,
    german_min: CefrLevel | None,
    query: str | None = None,
) -> tuple[list[CandidateRecord], str | None]:
    """A filtered page of the candidates the caller may see; one audited read per candidate returned.

    ``query`` finds people by reference (exact) or name (case- and accent-insensitive prefix of "given
    family" or "family given"); the search text itself is not logged, it may be a name.
    """
    if principal.role is Role.INTAKE:
        if reception_centre is not None and reception_centre != principal.reception_centre:
            return [], None
        reception_centre = principal.reception_centre
    records, next_cursor = await repository.page(
        session,
        limit=limit,
        cursor=cursor,
        reception_centre=reception_centre,
        status=status,
        kldb_prefix=kldb_prefix,
        german_levels=levels_at_least(german_min) if german_min else None,
        query=query,
    )
    via = "list" if query is None else "search"
    await audit.record(
        session, principal, AuditAction.CANDIDATE_READ, [r.candidate.id for r in records], {"via": via}
    )
    await session.commit()
    return records, next_cursor
