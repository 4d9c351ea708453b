"""Retention: erase profiles that are inactive or placed and have not changed for a given number of days, and
prune the audit log's old events and the change log's superseded rows."""

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.audit import service as audit
from matchwerk.audit.models import AuditAction
from matchwerk.auth.models import SYSTEM
from matchwerk.candidates import repository as candidate_repository
from matchwerk.candidates.models import CandidateStatus
from matchwerk.errors import ValidationFailed
from matchwerk.placements import service as placement_service
from matchwerk.privacy import repository

RETAINED_STATUSES = [str(CandidateStatus.INACTIVE), str(CandidateStatus.PLACED)]
BATCH_SIZE = 500


@dataclass
class RetentionReport:
    """What a retention run erased (or, in a dry run, would erase), per candidate status."""

    inactive_days: int
    cutoff: datetime
    dry_run: bool
    erased: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RETAINED_STATUSES, 0))
    audit_days: int | None = None
    audit_pruned: int = 0
    change_log_days: int | None = None
    change_log_pruned: int = 0

    @property
    def total(self) -> int:
        """All profiles erased."""
        return sum(self.erased.values())


async def run(
    session: AsyncSession,
    *,
    inactive_days: int,
    audit_days: int | None = None,
    change_log_days: int | None = None,
    dry_run: bool = False,
    now: datetime | None = None,
) -> RetentionReport:
    """Erase inactive/placed profiles whose last change is older than ``inactive_days``, then, with
    ``audit_days``, prune audit events older than that, and with ``change_log_days`` superseded change-log
    rows older than that; commits per batch."""
    if inactive_days < 1:
        raise ValidationFailed("inactive_days must be at least 1.")
    cutoff = (now or datetime.now(UTC)) - timedelta(days=inactive_days)
    report = RetentionReport(
        inactive_days=inactive_days,
        cutoff=cutoff,
        dry_run=dry_run,
        audit_days=audit_days,
        change_log_days=change_log_days,
    )
    if dry_run:
        counts = await repository.count_expired(session, statuses=RETAINED_STATUSES, updated_before=cutoff)
        report.erased.update(counts)
    else:
        await _erase_expired(session, report)
    if audit_days is not None:
        report.audit_pruned = await audit.prune(session, days=audit_days, dry_run=dry_run, now=now)
    if change_log_days is not None:
        report.change_log_pruned = await _prune_change_log(session, change_log_days, dry_run=dry_run, now=now)
    return report


async def _prune_change_log(session: AsyncSession, days: int, *, dry_run: bool, now: datetime | None) -> int:
    if days < 1:
        raise ValidationFailed("change_log_days must be at least 1.")
    cutoff = (now or datetime.now(UTC)) - timedelta(days=days)
    if dry_run:
        return await repository.count_superseded(session, cutoff)
    deleted = 0
    while batch := await repository.prune_superseded(session, cutoff, BATCH_SIZE * 20):
        deleted += batch
        await session.commit()
    return deleted


async def _erase_expired(session: AsyncSession, report: RetentionReport) -> None:
    cutoff, inactive_days = report.cutoff, report.inactive_days
    while batch := await repository.expired_candidates(
        session, statuses=RETAINED_STATUSES, updated_before=cutoff, limit=BATCH_SIZE
    ):
        await placement_service.on_erasure(session, SYSTEM, [candidate_id for candidate_id, _ in batch])
        for candidate_id, status in batch:
            await candidate_repository.delete(session, candidate_id)
            report.erased[status] += 1
        await audit.record(
            session,
            SYSTEM,
            AuditAction.CANDIDATE_ERASE,
            [candidate_id for candidate_id, _ in batch],
            {"reason": "retention", "inactive_days": inactive_days},
        )
        await session.commit()
