"""Candidate import: upsert by ``reference``, intake keys only into their own reception centre."""

from functools import partial
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.audit import service as audit
from matchwerk.audit.models import AuditAction
from matchwerk.auth.models import Principal, Role
from matchwerk.candidates import repository as candidate_repository
from matchwerk.candidates import service as candidate_service
from matchwerk.candidates.repository import CandidateRecord
from matchwerk.candidates.schemas import CandidateCreate
from matchwerk.errors import ValidationFailed
from matchwerk.imports import repository
from matchwerk.imports.common import error, in_savepoint, invalid, row_errors, validated
from matchwerk.imports.formats import Row
from matchwerk.imports.models import ImportResult, RowResult, RowStatus
from matchwerk.imports.repository import NewCandidate
from matchwerk.occupations import service as occupation_service
from matchwerk.webhooks import service as webhooks
from matchwerk.webhooks.models import EventType

BATCH = 500  # new rows per multi-row insert; a batch that fails is retried row by row


def _as_sent(record: CandidateRecord) -> dict[str, Any]:
    """A stored candidate in the shape of a create body, to tell an unchanged row from a changed one."""
    public = candidate_service.to_public(record).model_dump(mode="json")
    for occupation, stored in zip(public["occupations"], record.occupations, strict=True):
        if stored.resolution is not None:  # resolved from the title: the sender gave no code
            occupation["kldb_code"] = None
        occupation.pop("isco08_code", None)
        occupation.pop("resolution", None)
    fields = set(CandidateCreate.model_fields)
    return CandidateCreate.model_validate({k: v for k, v in public.items() if k in fields}).model_dump(
        mode="json"
    )


def _columns(body: CandidateCreate) -> NewCandidate:
    """Column values of a row, occupations resolved (ValidationFailed for an unknown KldB code)."""
    data = body.model_dump()
    return NewCandidate(
        id=uuid4(),
        profile=candidate_service._profile_columns(data),
        personal=data["personal"],
        occupations=[candidate_service._occupation_columns(o) for o in data["occupations"]],
        languages=data["languages"],
    )


class _Run:
    """One import: the caller, the existing records, and the audit events written at the end."""

    def __init__(self, session: AsyncSession, principal: Principal, existing: dict[str, CandidateRecord]):
        self.session, self.principal, self.existing = session, principal, existing
        self.created: list[UUID] = []
        self.updated: list[UUID] = []
        self.consent: list[tuple[UUID, dict[str, Any]]] = []

    async def insert(self, batch: list[tuple[int, CandidateCreate, NewCandidate]]) -> list[RowResult]:
        """Insert a batch in one savepoint; if the database refuses it, row by row (each in its own)."""
        savepoint = await self.session.begin_nested()
        try:
            await repository.insert_candidates(self.session, [new for _, _, new in batch])
        except DBAPIError:
            await savepoint.rollback()
            if len(batch) == 1:
                return [invalid(batch[0][0], error("row", "the row breaks a storage rule", "storage"))]
            return [result for item in batch for result in await self.insert([item])]
        await savepoint.commit()
        for _, body, new in batch:
            self.created.append(new.id)
            self.consent.append((new.id, {"from": None, "to": body.consent.model_dump()}))
        return [RowResult(row=number, status=RowStatus.CREATED, id=new.id) for number, _, new in batch]

    async def update(self, number: int, body: CandidateCreate, record: CandidateRecord) -> RowResult:
        candidate_id = record.candidate.id
        if _as_sent(record) == body.model_dump(mode="json"):
            return RowResult(row=number, status=RowStatus.UNCHANGED, id=candidate_id)
        new = _columns(body)
        changes = candidate_service._consent_changes(record, body.consent.model_dump())
        await candidate_repository.update(
            self.session, record, new.profile, new.personal, new.occupations, new.languages
        )
        self.updated.append(candidate_id)
        if changes:
            self.consent.append((candidate_id, changes))
            withdrawn = sorted(flag for flag, value in changes["to"].items() if value is False)
            if withdrawn:
                await webhooks.emit(
                    self.session,
                    EventType.CANDIDATE_CONSENT_WITHDRAWN,
                    {"candidate_id": str(candidate_id), "withdrawn": withdrawn},
                )
        return RowResult(row=number, status=RowStatus.UPDATED, id=candidate_id)

    async def update_visible(self, number: int, body: CandidateCreate, record: CandidateRecord) -> RowResult:
        """Update an existing record in its own savepoint, when the caller may see it."""
        if not candidate_service.visible_to(self.principal, record):
            return invalid(number, error("reference", "the reference belongs to another reception centre"))
        return await in_savepoint(self.session, number, partial(self.update, number, body, record))

    async def audit(self) -> None:
        via = {"via": "import"}
        await audit.record(self.session, self.principal, AuditAction.CANDIDATE_CREATE, self.created, via)
        await audit.record(self.session, self.principal, AuditAction.CANDIDATE_UPDATE, self.updated, via)
        for candidate_id, changes in self.consent:
            await audit.record(
                self.session, self.principal, AuditAction.CONSENT_CHANGE, [candidate_id], changes
            )


def _scoped(principal: Principal, row: Row, body: CandidateCreate | RowResult) -> CandidateCreate | RowResult:
    """Intake keys: another reception centre than their own makes the row invalid."""
    if principal.role is not Role.INTAKE or isinstance(body, RowResult):
        return body
    return (
        body
        if body.reception_centre == principal.reception_centre
        else invalid(
            row.number,
            error("reception_centre", f"an intake key imports only into {principal.reception_centre!r}"),
        )
    )


def _fill_reception_centre(principal: Principal, rows: list[Row]) -> None:
    """Intake keys: a row that names no reception centre goes into the key's own."""
    if principal.role is not Role.INTAKE:
        return
    for row in rows:
        if row.data is not None and not row.data.get("reception_centre"):
            row.data["reception_centre"] = principal.reception_centre


async def run(session: AsyncSession, principal: Principal, rows: list[Row]) -> ImportResult:
    """Validate every row, then write the valid ones (each whole or not at all); one commit at the end."""
    _fill_reception_centre(principal, rows)
    bodies = [_scoped(principal, row, validated(row, CandidateCreate)) for row in rows]
    await occupation_service.refresh_if_changed(session)
    existing = await repository.candidates_by_reference(
        session, [b.reference for b in bodies if isinstance(b, CandidateCreate)]
    )
    work = _Run(session, principal, existing)
    results: dict[int, RowResult] = {}
    fresh: list[tuple[int, CandidateCreate, NewCandidate]] = []
    seen: set[str] = set()
    for row, body in zip(rows, bodies, strict=True):
        if isinstance(body, RowResult):
            results[row.number] = body
        elif body.reference in seen:
            results[row.number] = invalid(
                row.number, error("reference", "the same reference appears earlier")
            )
        elif (record := existing.get(body.reference)) is not None:
            seen.add(body.reference)
            results[row.number] = await work.update_visible(row.number, body, record)
        else:
            seen.add(body.reference)
            try:
                fresh.append((row.number, body, _columns(body)))
            except ValidationFailed as exc:
                results[row.number] = invalid(row.number, row_errors(exc))
    for start in range(0, len(fresh), BATCH):
        for result in await work.insert(fresh[start : start + BATCH]):
            results[result.row] = result
    await work.audit()
    await session.commit()
    return ImportResult.of([results[row.number] for row in rows])
