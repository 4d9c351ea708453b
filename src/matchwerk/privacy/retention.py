"""Retention: erase profiles that are inactive or placed and have not changed for a given number of days."""

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

    @property
    def total(self) -> int:
        """All profiles erased."""
        return sum(self.erased.values())


async def run(
    session: AsyncSession, *, inactive_days: int, dry_run: bool = False, now: datetime | None = None
) -> RetentionReport:
    """Erase inactive/placed profiles whose last change is older than ``inactive_days``; commits per batch."""
    if inactive_days < 1:
        raise ValidationFailed("inactive_days must be at least 1.")
    cutoff = (now or datetime.now(UTC)) - timedelta(days=inactive_days)
    report = RetentionReport(inactive_days=inactive_days, cutoff=cutoff, dry_run=dry_run)
    if dry_run:
        counts = await repository.count_expired(session, statuses=RETAINED_STATUSES, updated_before=cutoff)
        report.erased.update(counts)
        return report
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
    return report
