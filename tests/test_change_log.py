"""The change log's pruning: superseded rows older than the cutoff go; each record's newest row and recent
rows stay, so the index catch-up, the statistics and the hand-over feeds read what they read before."""

from uuid import UUID

import httpx
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.privacy import retention
from tests.factories import candidate_body


async def _rows(session: AsyncSession, ids: list[str]) -> dict[UUID, list[tuple[int, bool]]]:
    found = await session.execute(
        text(
            "SELECT entity_id, change_no, deleted FROM entity_changes WHERE entity_id = ANY(:ids) "
            "ORDER BY change_no"
        ),
        {"ids": ids},
    )
    rows: dict[UUID, list[tuple[int, bool]]] = {}
    for entity_id, change_no, deleted in found:
        rows.setdefault(entity_id, []).append((change_no, deleted))
    return rows


async def _age(session: AsyncSession, ids: list[str], days: int) -> None:
    await session.execute(
        text(
            "UPDATE entity_changes SET changed_at = changed_at - make_interval(days => :days) "
            "WHERE entity_id = ANY(:ids)"
        ),
        {"ids": ids, "days": days},
    )


async def test_superseded_old_rows_go_and_each_records_newest_row_stays(
    admin: httpx.AsyncClient, session: AsyncSession
) -> None:
    edited, erased, untouched = [
        (await admin.post("/api/v1/candidates", json=candidate_body(f"LOG-{n}"))).json()["id"]
        for n in range(3)
    ]
    await admin.patch(f"/api/v1/candidates/{edited}", json={"skills": ["Löten"]})
    assert (await admin.delete(f"/api/v1/candidates/{erased}")).status_code == 204
    await _age(session, [edited, erased, untouched], 30)
    await admin.patch(f"/api/v1/candidates/{edited}", json={"skills": ["Löten", "Schweißen"]})
    before = await _rows(session, [edited, erased, untouched])
    assert len(before[UUID(edited)]) >= 3
    assert before[UUID(erased)][-1][1] is True  # the erasure is the newest row

    dry = await retention.run(session, inactive_days=3650, change_log_days=7, dry_run=True)
    old_superseded = len(before[UUID(edited)]) - 1 + len(before[UUID(erased)]) - 1
    assert dry.change_log_pruned == old_superseded
    assert await _rows(session, [edited, erased, untouched]) == before

    report = await retention.run(session, inactive_days=3650, change_log_days=7)
    assert report.change_log_pruned == old_superseded
    after = await _rows(session, [edited, erased, untouched])
    assert after == {entity: [rows[-1]] for entity, rows in before.items()}


async def test_recent_superseded_rows_stay(admin: httpx.AsyncClient, session: AsyncSession) -> None:
    person = (await admin.post("/api/v1/candidates", json=candidate_body("LOG-R"))).json()["id"]
    await admin.patch(f"/api/v1/candidates/{person}", json={"skills": ["Löten"]})
    await _age(session, [person], 3)
    before = await _rows(session, [person])
    assert len(before[UUID(person)]) >= 2

    report = await retention.run(session, inactive_days=3650, change_log_days=7)
    assert report.change_log_pruned == 0
    assert await _rows(session, [person]) == before
