"""Hand-over rules: only consented, active profiles; every exported record audited; settled change numbers."""

import csv
import io
from collections.abc import AsyncIterator

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from matchwerk.audit import service as audit
from matchwerk.audit.models import AuditAction
from matchwerk.auth.models import Principal
from matchwerk.handover import repository
from matchwerk.handover.models import ErasedPerson, ErasurePage, HandoverFormat

CHUNK = 1000
CSV_COLUMNS = (
    "change_no",
    "id",
    "reference",
    "reception_centre",
    "given_name",
    "family_name",
    "birth_date",
    "phone",
    "email",
    "nationality",
    "residence_status",
    "work_authorization",
    "postal_code",
    "municipality",
    "max_commute_km",
    "willing_to_relocate",
    "occupations",
    "languages",
    "skills",
    "driving_licences",
    "available_from",
    "employment_types",
    "updated_at",
)


async def horizon(session: AsyncSession, since: int) -> int:
    """``next_since`` of an export or erasure feed that starts now."""
    return await repository.horizon(session, since)


async def export(
    factory: async_sessionmaker[AsyncSession],
    principal: Principal,
    since: int,
    up_to: int,
    kind: HandoverFormat,
) -> AsyncIterator[bytes]:
    """Stream consented profiles changed in (since, up_to], a chunk at a time, each chunk audited first."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    flat = kind is HandoverFormat.CSV
    if flat:
        writer.writerow(CSV_COLUMNS)
        yield buffer.getvalue().encode()
    after = since
    async with factory() as session:
        while True:
            chunk = await repository.consented_after(session, after, up_to, CHUNK, flat=flat)
            if not chunk:
                return
            ids = [row[1] for row in chunk]
            await audit.record(
                session, principal, AuditAction.CANDIDATE_HANDOVER, ids, {"format": kind.value}
            )
            await session.commit()  # audited before it leaves the building
            buffer.seek(0)
            buffer.truncate()
            if flat:
                writer.writerows(chunk)
            else:
                buffer.write("\n".join(row[2] for row in chunk) + "\n")
            yield buffer.getvalue().encode()
            after = chunk[-1][0]


async def erasures(session: AsyncSession, since: int, limit: int) -> ErasurePage:
    """Who the receiver must delete: erased, or withdrew the hand-over consent, after ``since``."""
    up_to = await repository.horizon(session, since)
    rows = await repository.erasures_after(session, since, up_to, limit)
    next_since = rows[-1][0] if len(rows) == limit else up_to
    return ErasurePage(
        items=[ErasedPerson(candidate_id=i, change_no=n, reason=reason) for n, i, reason in rows],
        next_since=next_since,
    )
