"""Audit retention: old events are pruned, consent records the product still needs are kept, the prune is
itself logged, and the database refuses any other deletion."""

import json
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.audit import service as audit
from matchwerk.auth import service as auth_service
from matchwerk.auth.models import KeyScope, Role
from matchwerk.errors import ValidationFailed
from matchwerk.privacy import retention
from tests.factories import candidate_body

NOW = datetime.now(UTC)
HANDOVER_CONSENT = {"to": {"share_with_employment_agency": True}}


async def _event(
    session: AsyncSession,
    action: str,
    resource_id: UUID,
    days_ago: float,
    details: dict[str, Any] | None = None,
) -> UUID:
    event_id = uuid4()
    await session.execute(
        text(
            "INSERT INTO audit_log (id, created_at, actor_role, action, resource_type, resource_id, details) "
            "VALUES (:id, :at, 'advisor', :action, 'candidate', :resource, CAST(:details AS jsonb))"
        ),
        {
            "id": event_id,
            "at": NOW - timedelta(days=days_ago),
            "action": action,
            "resource": resource_id,
            "details": json.dumps(details or {}),
        },
    )
    return event_id


async def _while_pruning(session: AsyncSession, sql: str, event_id: UUID) -> None:
    """Run ``sql`` in a savepoint with the prune switch on, as the retention job does."""
    async with session.begin_nested():
        await session.execute(text("SELECT set_config('matchwerk.audit_prune', 'on', true)"))
        await session.execute(text(sql), {"id": event_id})


async def _left(session: AsyncSession, ids: list[UUID]) -> set[UUID]:
    rows = await session.execute(text("SELECT id FROM audit_log WHERE id = ANY(:ids)"), {"ids": ids})
    return {row[0] for row in rows}


async def test_prune_keeps_recent_events_and_the_consent_records_still_needed(
    admin: httpx.AsyncClient, session: AsyncSession
) -> None:
    here = UUID((await admin.post("/api/v1/candidates", json=candidate_body("AUD-1"))).json()["id"])
    erased_long_ago, erased_lately = uuid4(), uuid4()
    events = {
        "old read": await _event(session, "candidate.read", here, 800),
        "recent read": await _event(session, "candidate.read", here, 10),
        "old consent, person here": await _event(session, "consent.change", here, 800, HANDOVER_CONSENT),
        "old consent, erased long ago": await _event(
            session, "consent.change", erased_long_ago, 900, HANDOVER_CONSENT
        ),
        "old erasure": await _event(session, "candidate.erase", erased_long_ago, 790),
        "old consent, erased lately": await _event(
            session, "consent.change", erased_lately, 800, HANDOVER_CONSENT
        ),
        "recent erasure": await _event(session, "candidate.erase", erased_lately, 5),
    }
    pruned = {"old read", "old consent, erased long ago", "old erasure"}

    would = await audit.prune(session, days=730, dry_run=True)
    assert would == len(pruned)  # every other event in the database was written just now
    assert await _left(session, list(events.values())) == set(events.values())

    deleted = await audit.prune(session, days=730)
    assert deleted == would
    assert await _left(session, list(events.values())) == {
        event_id for name, event_id in events.items() if name not in pruned
    }
    log = (await admin.get("/api/v1/audit", params={"action": "audit.prune"})).json()["items"]
    assert [(e["actor_role"], e["details"]["deleted"]) for e in log] == [("system", deleted)]
    assert await audit.prune(session, days=730) == 0


async def test_the_erasure_feed_still_names_a_person_whose_consent_is_older_than_the_cutoff(
    admin: httpx.AsyncClient, session: AsyncSession
) -> None:
    person = (await admin.post("/api/v1/candidates", json=candidate_body("AUD-2"))).json()
    await _event(session, "consent.change", UUID(person["id"]), 800, HANDOVER_CONSENT)
    _, token = await auth_service.create_key(session, role=Role.PARTNER, name="BA", scope=KeyScope.HANDOVER)
    partner = {"Authorization": f"Bearer {token}"}
    start = (await admin.get("/api/v1/handover/erasures", headers=partner)).json()["next_since"]
    assert (await admin.delete(f"/api/v1/candidates/{person['id']}")).status_code == 204

    await retention.run(session, inactive_days=730, audit_days=730)
    page = (await admin.get("/api/v1/handover/erasures", params={"since": start}, headers=partner)).json()
    assert [(item["candidate_id"], item["reason"]) for item in page["items"]] == [(person["id"], "erased")]


async def test_the_database_refuses_deletes_outside_a_prune_and_of_events_younger_than_30_days(
    admin: httpx.AsyncClient, session: AsyncSession
) -> None:
    here = UUID((await admin.post("/api/v1/candidates", json=candidate_body("AUD-3"))).json()["id"])
    young = await _event(session, "candidate.read", here, 29)
    old = await _event(session, "candidate.read", here, 400)
    with pytest.raises(DBAPIError, match="append-only"):
        async with session.begin_nested():
            await session.execute(text("DELETE FROM audit_log WHERE id = :id"), {"id": old})
    with pytest.raises(DBAPIError, match="append-only"):
        await _while_pruning(session, "DELETE FROM audit_log WHERE id = :id", young)
    with pytest.raises(DBAPIError, match="append-only"):
        await _while_pruning(session, "UPDATE audit_log SET actor_role = 'system' WHERE id = :id", old)
    with pytest.raises(ValidationFailed, match="at least 31 days"):
        await audit.prune(session, days=30)
    assert await _left(session, [young, old]) == {young, old}
