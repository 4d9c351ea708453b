"""The audit log: every personal-data read and every change is recorded with who, what, when and the request,
in the transaction of the operation, without the personal data itself; admins page through it with filters."""

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.auth import service as auth_service
from matchwerk.auth.models import Role
from tests.conftest import make_token
from tests.factories import candidate_body

PERSONAL_VALUES = ("Olena", "Kovalenko", "1990-04-01", "+49 170 5550123", "olena@example.org", "ZUE-RAT")


async def key_client(
    app: FastAPI, session: AsyncSession, role: Role, **scope: Any
) -> tuple[httpx.AsyncClient, str]:
    """A client with a fresh key of ``role``, and the key's id."""
    token = await make_token(session, role, **scope)
    principal = await auth_service.authenticate(session, token)
    assert principal is not None
    authed = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, raise_app_exceptions=False),
        base_url="http://test",
        headers={"Authorization": f"Bearer {token}"},
    )
    return authed, str(principal.key_id)


async def audit(admin: httpx.AsyncClient, **params: Any) -> list[dict[str, Any]]:
    response = await admin.get("/api/v1/audit", params={"limit": 200, **params})
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def test_get_and_list_are_audited_one_row_per_candidate(
    admin: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    ids = [
        (await admin.post("/api/v1/candidates", json=candidate_body(f"AUD-{n}"))).json()["id"]
        for n in range(3)
    ]
    advisor, advisor_key = await key_client(app, session, Role.ADVISOR)
    async with advisor:
        fetched = await advisor.get(f"/api/v1/candidates/{ids[0]}", headers={"X-Request-ID": "req-get-1"})
        assert fetched.status_code == 200
        assert fetched.headers["X-Request-ID"] == "req-get-1"
        page = await advisor.get("/api/v1/candidates", params={"limit": 2})
        assert len(page.json()["items"]) == 2
        listed = [item["id"] for item in page.json()["items"]]

    reads = await audit(admin, actor_key_id=advisor_key, action="candidate.read")
    assert sorted((r["resource_id"], r["details"]["via"]) for r in reads) == sorted(
        [(ids[0], "get")] + [(candidate_id, "list") for candidate_id in listed]
    )
    get_row = next(r for r in reads if r["details"]["via"] == "get")
    assert get_row["actor_role"] == "advisor"
    assert get_row["resource_type"] == "candidate"
    assert get_row["request_id"] == "req-get-1"
    list_rows = [r for r in reads if r["details"]["via"] == "list"]
    assert len(list_rows) == 2
    assert len({r["request_id"] for r in list_rows}) == 1  # one request, two candidates returned


async def test_reads_outside_the_scope_are_not_personal_data_reads(
    admin: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    candidate = (await admin.post("/api/v1/candidates", json=candidate_body())).json()
    intake, intake_key = await key_client(app, session, Role.INTAKE, reception_centre="ZUE Bonn")
    async with intake:
        assert (await intake.get(f"/api/v1/candidates/{candidate['id']}")).status_code == 404
        assert (await intake.get("/api/v1/candidates")).json()["items"] == []
    assert await audit(admin, actor_key_id=intake_key) == []


async def test_changes_are_audited_and_a_failed_change_leaves_no_row(
    admin: httpx.AsyncClient, session: AsyncSession
) -> None:
    created = (await admin.post("/api/v1/candidates", json=candidate_body())).json()
    url = f"/api/v1/candidates/{created['id']}"
    assert (await admin.patch(url, json={"skills": []}, headers={"If-Match": '"7"'})).status_code == 412
    patched = await admin.patch(url, json={"personal": {"phone": "+49 170 9999"}, "skills": ["Schweißen"]})
    assert patched.status_code == 200
    assert (await admin.delete(url)).status_code == 204

    rows = await audit(admin, resource_id=created["id"])
    actions = [r["action"] for r in rows]
    assert actions.count("candidate.create") == 1
    assert actions.count("candidate.update") == 1  # the 412 wrote nothing
    assert actions.count("candidate.erase") == 1
    update = next(r for r in rows if r["action"] == "candidate.update")
    assert update["details"] == {"fields": ["personal", "skills"]}
    erase = next(r for r in rows if r["action"] == "candidate.erase")
    assert erase["details"] == {"reason": "request"}
    assert "+49 170 9999" not in json.dumps(rows)


async def test_the_log_never_holds_the_personal_data_it_protects(
    admin: httpx.AsyncClient, session: AsyncSession
) -> None:
    created = (await admin.post("/api/v1/candidates", json=candidate_body())).json()
    url = f"/api/v1/candidates/{created['id']}"
    await admin.get(url)
    await admin.get("/api/v1/candidates")
    await admin.patch(url, json={"consent": {"matching": False}, "personal": {"given_name": "Olena"}})
    rows = (await session.execute(text("SELECT to_jsonb(a)::text FROM audit_log a"))).scalars().all()
    assert len(rows) >= 5
    for value in PERSONAL_VALUES:
        assert all(value not in row for row in rows), value


async def test_key_changes_are_audited(admin: httpx.AsyncClient, session: AsyncSession) -> None:
    key = (await admin.post("/api/v1/keys", json={"role": "partner", "name": "Kammer"})).json()
    await admin.delete(f"/api/v1/keys/{key['id']}")
    rows = await audit(admin, resource_id=key["id"])
    assert [(r["action"], r["resource_type"], r["details"]) for r in rows] == [
        ("api_key.create", "api_key", {"role": "partner"}),
        ("api_key.revoke", "api_key", {}),
    ]
    assert key["token"] not in json.dumps(rows)
    cli_key, _ = await auth_service.create_key(session, role=Role.ADVISOR, name="from the CLI")
    system = await audit(admin, resource_id=str(cli_key.id))
    assert [(r["actor_role"], r["actor_key_id"]) for r in system] == [("system", None)]


async def test_filters_time_range_and_pagination(admin: httpx.AsyncClient) -> None:
    ids = [
        (await admin.post("/api/v1/candidates", json=candidate_body(f"PAGE-{n}"))).json()["id"]
        for n in range(3)
    ]
    for candidate_id in ids:
        await admin.get(f"/api/v1/candidates/{candidate_id}")
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"action": "candidate.read", "limit": 2}
        if cursor:
            params["cursor"] = cursor
        page = (await admin.get("/api/v1/audit", params=params)).json()
        seen.extend(r["resource_id"] for r in page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert sorted(seen) == sorted(ids)

    now = datetime.now(UTC)
    assert len(await audit(admin, action="candidate.read", since=(now - timedelta(hours=1)).isoformat())) == 3
    assert await audit(admin, action="candidate.read", since=(now + timedelta(hours=1)).isoformat()) == []
    assert await audit(admin, action="candidate.read", until=(now - timedelta(hours=1)).isoformat()) == []

    for bad in ({"since": "2025-01-01T00:00:00"}, {"action": "candidate.dance"}, {"cursor": "%%%"}):
        response = await admin.get("/api/v1/audit", params=bad)
        assert response.status_code == 422, bad
    backwards = {"since": now.isoformat(), "until": (now - timedelta(hours=1)).isoformat()}
    assert (await admin.get("/api/v1/audit", params=backwards)).status_code == 422


async def test_the_log_is_append_only(admin: httpx.AsyncClient, session: AsyncSession) -> None:
    await admin.post("/api/v1/candidates", json=candidate_body())
    with pytest.raises(DBAPIError, match="append-only"):
        async with session.begin_nested():
            await session.execute(text("UPDATE audit_log SET actor_role = 'system'"))
    with pytest.raises(DBAPIError, match="append-only"):
        async with session.begin_nested():
            await session.execute(text("DELETE FROM audit_log"))
