"""Hand-over rules: only consented, active profiles; every exported record audited; settled change numbers."""

import csv
import io
import json
from collections.abc import AsyncIterator
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from matchwerk.audit import service as audit
from matchwerk.audit.models import AuditAction
from matchwerk.auth.models import Principal
from matchwerk.candidates import service as candidate_service
from matchwerk.handover import repository
from matchwerk.handover.models import ErasedPerson, ErasurePage, HandoverFormat

CHUNK = 1000
CSV_COLUMNS = (
    "id",
    "change_no",
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


def _csv_row(change_no: int, profile: dict[str, Any]) -> dict[str, Any]:
    personal, residence, location = profile["personal"], profile["residence"], profile["location"]
    return {
        "id": profile["id"],
        "change_no": change_no,
        "reference": profile["reference"],
        "reception_centre": profile["reception_centre"],
        **{
            k: personal[k]
            for k in ("given_name", "family_name", "birth_date", "phone", "email", "nationality")
        },
        "residence_status": residence["status"],
        "work_authorization": residence["work_authorization"],
        "postal_code": location["postal_code"],
        "municipality": location["municipality"],
        "max_commute_km": profile["max_commute_km"],
        "willing_to_relocate": profile["willing_to_relocate"],
        "occupations": ";".join(f"{o['kldb_code'] or ''}:{o['title']}" for o in profile["occupations"]),
        "languages": ";".join(f"{lang['code']}:{lang['level']}" for lang in profile["languages"]),
        "skills": ";".join(profile["skills"]),
        "driving_licences": ";".join(profile["driving_licences"]),
        "available_from": profile["available_from"],
        "employment_types": ";".join(profile["employment_types"]),
        "updated_at": profile["updated_at"],
    }


async def export(
    factory: async_sessionmaker[AsyncSession],
    principal: Principal,
    since: int,
    up_to: int,
    kind: HandoverFormat,
) -> AsyncIterator[bytes]:
    """Stream consented profiles changed in (since, up_to], a chunk at a time, each chunk audited first."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    if kind is HandoverFormat.CSV:
        writer.writeheader()
        yield buffer.getvalue().encode()
    after = since
    async with factory() as session:
        while True:
            chunk = await repository.consented_after(session, after, up_to, CHUNK)
            if not chunk:
                return
            await audit.record(
                session,
                principal,
                AuditAction.CANDIDATE_HANDOVER,
                [record.candidate.id for _, record in chunk],
                {"format": kind.value},
            )
            await session.commit()  # audited before it leaves the building
            buffer.seek(0)
            buffer.truncate()
            for change_no, record in chunk:
                profile = candidate_service.to_public(record).model_dump(mode="json")
                if kind is HandoverFormat.CSV:
                    writer.writerow(_csv_row(change_no, profile))
                else:
                    buffer.write(json.dumps({"change_no": change_no, **profile}, ensure_ascii=False) + "\n")
            yield buffer.getvalue().encode()
            after = chunk[-1][0]
            session.expunge_all()  # keep memory flat: nothing of a sent chunk stays in the session


async def erasures(session: AsyncSession, since: int, limit: int) -> ErasurePage:
    """Who the receiver must delete: erased, or withdrew the hand-over consent, after ``since``."""
    up_to = await repository.horizon(session, since)
    rows = await repository.erasures_after(session, since, up_to, limit)
    next_since = rows[-1][0] if len(rows) == limit else up_to
    return ErasurePage(
        items=[ErasedPerson(candidate_id=i, change_no=n, reason=reason) for n, i, reason in rows],
        next_since=next_since,
    )
