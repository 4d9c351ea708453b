"""Hand-over export and erasure feed: consent obeyed, scope required, streamed, audited, since/next_since."""

import csv
import io
import json
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.auth import service as auth_service
from matchwerk.auth.models import KeyScope, Role
from tests.conftest import make_token
from tests.factories import candidate_body

AGENCY = {"matching": True, "share_with_employers": False, "share_with_employment_agency": True}


async def _partner(session: AsyncSession, scope: KeyScope | None = KeyScope.HANDOVER) -> dict[str, str]:
    _, token = await auth_service.create_key(session, role=Role.PARTNER, name="BA", scope=scope)
    return {"Authorization": f"Bearer {token}"}


async def _people(admin: httpx.AsyncClient) -> dict[str, Any]:
    consented = (await admin.post("/api/v1/candidates", json=candidate_body("HO-1", consent=AGENCY))).json()
    refused = (await admin.post("/api/v1/candidates", json=candidate_body("HO-2"))).json()
    inactive = (
        await admin.post("/api/v1/candidates", json=candidate_body("HO-3", consent=AGENCY, status="inactive"))
    ).json()
    return {"consented": consented, "refused": refused, "inactive": inactive}


def _ndjson(response: httpx.Response) -> list[dict[str, Any]]:
    return [json.loads(line) for line in response.text.splitlines() if line]


async def test_only_consented_active_people_with_contact_then_nothing_new(
    admin: httpx.AsyncClient, session: AsyncSession
) -> None:
    people = await _people(admin)
    headers = await _partner(session)
    first = await admin.get("/api/v1/handover/candidates", headers=headers)
    assert first.status_code == 200
    assert first.headers["content-type"].startswith("application/x-ndjson")
    records = _ndjson(first)
    assert [r["id"] for r in records] == [people["consented"]["id"]]
    assert records[0]["personal"]["email"] == "olena@example.org"
    next_since = int(first.headers["X-Next-Since"])
    assert next_since >= records[0]["change_no"]
    again = await admin.get("/api/v1/handover/candidates", params={"since": next_since}, headers=headers)
    assert _ndjson(again) == []
    await admin.patch(f"/api/v1/candidates/{people['consented']['id']}", json={"skills": ["Schweißen"]})
    changed = _ndjson(
        await admin.get("/api/v1/handover/candidates", params={"since": next_since}, headers=headers)
    )
    assert [r["skills"] for r in changed] == [["Schweißen"]]
    audited = await session.execute(
        text("SELECT count(*) FROM audit_log WHERE action = 'candidate.handover' AND resource_id = :id"),
        {"id": people["consented"]["id"]},
    )
    assert audited.scalar_one() == 2


async def test_csv_export(admin: httpx.AsyncClient, session: AsyncSession) -> None:
    people = await _people(admin)
    response = await admin.get(
        "/api/v1/handover/candidates", params={"format": "csv"}, headers=await _partner(session)
    )
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [(r["id"], r["family_name"], r["occupations"]) for r in rows] == [
        (people["consented"]["id"], "Kovalenko", "26212:електрик")
    ]


async def test_erasures_name_withdrawn_and_erased_people_who_had_consented(
    admin: httpx.AsyncClient, session: AsyncSession
) -> None:
    people = await _people(admin)
    other = (await admin.post("/api/v1/candidates", json=candidate_body("HO-4", consent=AGENCY))).json()
    headers = await _partner(session)
    start = int((await admin.get("/api/v1/handover/erasures", headers=headers)).json()["next_since"])
    await admin.patch(
        f"/api/v1/candidates/{people['consented']['id']}",
        json={"consent": {"share_with_employment_agency": False}},
    )
    await admin.delete(f"/api/v1/candidates/{other['id']}")
    await admin.delete(f"/api/v1/candidates/{people['refused']['id']}")  # never consented: not the agency's
    page = (await admin.get("/api/v1/handover/erasures", params={"since": start}, headers=headers)).json()
    assert [(i["candidate_id"], i["reason"]) for i in page["items"]] == [
        (people["consented"]["id"], "consent_withdrawn"),
        (other["id"], "erased"),
    ]
    assert page["next_since"] > start
    export = _ndjson(await admin.get("/api/v1/handover/candidates", headers=headers))
    assert export == []


@pytest.mark.parametrize("scope", [None])
async def test_partner_without_the_scope_is_refused(
    client: httpx.AsyncClient, session: AsyncSession, scope: KeyScope | None
) -> None:
    headers = await _partner(session, scope)
    for path in ("/api/v1/handover/candidates", "/api/v1/handover/erasures"):
        response = await client.get(path, headers=headers)
        assert response.status_code == 403
        assert "handover" in response.json()["detail"]


async def test_scope_is_for_partners_only(session: AsyncSession) -> None:
    from matchwerk.errors import ValidationFailed

    with pytest.raises(ValidationFailed, match="partner"):
        await make_token(session, Role.ADVISOR, scope=KeyScope.HANDOVER)


async def test_since_beyond_bigint_is_422_before_the_stream_starts(admin: httpx.AsyncClient) -> None:
    for path in ("/api/v1/handover/candidates", "/api/v1/handover/erasures"):
        response = await admin.get(path, params={"since": 2**63})
        assert response.status_code == 422, path
        assert response.headers["content-type"] == "application/problem+json"
