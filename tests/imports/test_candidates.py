"""Candidate import: NDJSON and CSV, per-row results, upsert by reference, savepoints, scope, limits."""

import json
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.auth.models import Role
from tests.conftest import make_token
from tests.factories import candidate_body

NDJSON = {"content-type": "application/x-ndjson"}
CSV = {"content-type": "text/csv"}


def ndjson(*rows: dict[str, Any]) -> str:
    return "\n".join(json.dumps(r) for r in rows) + "\n"


async def test_ndjson_creates_then_repeat_is_unchanged_then_change_updates(admin: httpx.AsyncClient) -> None:
    body = ndjson(candidate_body("IMP-1"), candidate_body("IMP-2", occupations=[{"title": "Elektriker"}]))
    first = await admin.post("/api/v1/candidates/import", content=body, headers=NDJSON)
    assert first.status_code == 200, first.text
    assert first.json()["summary"] == {"created": 2, "updated": 0, "unchanged": 0, "invalid": 0}
    assert [r["status"] for r in first.json()["rows"]] == ["created", "created"]
    again = await admin.post("/api/v1/candidates/import", content=body, headers=NDJSON)
    assert again.json()["summary"] == {"created": 0, "updated": 0, "unchanged": 2, "invalid": 0}
    assert [r["id"] for r in again.json()["rows"]] == [r["id"] for r in first.json()["rows"]]
    changed = ndjson(candidate_body("IMP-1", skills=["Löten"]))
    third = await admin.post("/api/v1/candidates/import", content=changed, headers=NDJSON)
    assert third.json()["rows"][0]["status"] == "updated"
    stored = (await admin.get(f"/api/v1/candidates/{third.json()['rows'][0]['id']}")).json()
    assert stored["skills"] == ["Löten"]
    assert stored["personal"]["family_name"] == "Kovalenko"


async def test_invalid_rows_are_reported_valid_ones_written_each_row_whole(
    admin: httpx.AsyncClient, session: AsyncSession
) -> None:
    body = "\n".join(
        [
            json.dumps(candidate_body("OK-1")),
            "{not json",
            json.dumps(candidate_body("BAD-LEVEL", languages=[{"code": "de", "level": "Z9"}])),
            # valid shape, but the KldB code is unknown: fails inside its savepoint, nothing of it stays
            json.dumps(candidate_body("BAD-CODE", occupations=[{"title": "x", "kldb_code": "99999"}])),
            json.dumps(candidate_body("OK-1")),
        ]
    )
    response = await admin.post("/api/v1/candidates/import", content=body, headers=NDJSON)
    rows = response.json()["rows"]
    assert [r["status"] for r in rows] == ["created", "invalid", "invalid", "invalid", "invalid"]
    assert rows[1]["errors"][0]["type"] == "row_unreadable"
    assert rows[2]["errors"][0]["loc"][:3] == ["row", "languages", 0]
    assert "99999" in rows[3]["errors"][0]["msg"]
    assert "earlier" in rows[4]["errors"][0]["msg"]
    refs = (
        (
            await session.execute(
                text("SELECT reference FROM candidates WHERE reference LIKE 'BAD-%' OR reference = 'OK-1'")
            )
        )
        .scalars()
        .all()
    )
    assert refs == ["OK-1"]


async def test_an_update_that_fails_in_its_savepoint_leaves_the_record_as_it_was(
    admin: httpx.AsyncClient,
) -> None:
    first = await admin.post(
        "/api/v1/candidates/import", content=ndjson(candidate_body("UPD-1")), headers=NDJSON
    )
    candidate_id = first.json()["rows"][0]["id"]
    bad = candidate_body("UPD-1", skills=["Löten"], occupations=[{"title": "x", "kldb_code": "99999"}])
    response = await admin.post("/api/v1/candidates/import", content=ndjson(bad), headers=NDJSON)
    assert response.json()["summary"] == {"created": 0, "updated": 0, "unchanged": 0, "invalid": 1}
    [row] = response.json()["rows"]
    assert row["errors"][0]["loc"][0] == "row"
    assert "99999" in row["errors"][0]["msg"]
    stored = (await admin.get(f"/api/v1/candidates/{candidate_id}")).json()
    assert stored["skills"] == candidate_body("UPD-1")["skills"]
    assert [o["kldb_code"] for o in stored["occupations"]] != ["99999"]


async def test_csv_template_round_trips(admin: httpx.AsyncClient) -> None:
    template = await admin.get("/api/v1/candidates/import/template")
    assert template.status_code == 200
    assert template.headers["content-type"].startswith("text/csv")
    response = await admin.post("/api/v1/candidates/import", content=template.text, headers=CSV)
    row = response.json()["rows"][0]
    assert row["status"] == "created", row
    stored = (await admin.get(f"/api/v1/candidates/{row['id']}")).json()
    assert stored["languages"] == [
        {"code": "de", "level": "A2", "certificate": "telc"},
        {"code": "uk", "level": "native", "certificate": None},
    ]
    assert stored["occupations"][0]["kldb_code"] == "26212"
    assert stored["consent"] == {
        "matching": True,
        "share_with_employers": True,
        "share_with_employment_agency": False,
    }
    again = await admin.post("/api/v1/candidates/import", content=template.text, headers=CSV)
    assert again.json()["rows"][0]["status"] == "unchanged"


async def test_csv_with_semicolons_and_an_unknown_column(admin: httpx.AsyncClient) -> None:
    body = "reference;reception_centre;given_name;shoe_size\nSEMI-1;ZUE Bonn;Amir;44\n"
    response = await admin.post("/api/v1/candidates/import", content=body, headers=CSV)
    assert response.json()["rows"][0]["status"] == "invalid"
    assert "shoe_size" in response.json()["rows"][0]["errors"][0]["msg"]
    body = 'reference;reception_centre;given_name;languages\nSEMI-1;ZUE Bonn;Amir;"ar:native;de:A1"\n'
    response = await admin.post("/api/v1/candidates/import", content=body, headers=CSV)
    assert response.json()["rows"][0]["status"] == "created"


async def test_intake_imports_only_into_its_own_centre(
    client: httpx.AsyncClient, session: AsyncSession
) -> None:
    token = await make_token(session, Role.INTAKE, reception_centre="ZUE Ratingen")
    client.headers["Authorization"] = f"Bearer {token}"
    body = ndjson(
        candidate_body("INT-1", reception_centre="ZUE Ratingen"),
        candidate_body("INT-2", reception_centre="ZUE Bonn"),
        {k: v for k, v in candidate_body("INT-3").items() if k != "reception_centre"},
    )
    rows = (await client.post("/api/v1/candidates/import", content=body, headers=NDJSON)).json()["rows"]
    assert [r["status"] for r in rows] == ["created", "invalid", "created"]
    assert rows[1]["errors"][0]["loc"] == ["row", "reception_centre"]
    centre = (
        await session.execute(text("SELECT reception_centre FROM candidates WHERE reference = 'INT-3'"))
    ).scalar_one()
    assert centre == "ZUE Ratingen"


async def test_limits_and_media_type(admin: httpx.AsyncClient, app: Any) -> None:
    app.state.settings.import_max_rows = 2
    body = ndjson(*(candidate_body(f"LIM-{i}") for i in range(3)))
    too_many = await admin.post("/api/v1/candidates/import", content=body, headers=NDJSON)
    assert too_many.status_code == 413
    assert "more than 2 rows" in too_many.json()["detail"]
    app.state.settings.import_max_bytes = 100
    too_big = await admin.post("/api/v1/candidates/import", content=body, headers=NDJSON)
    assert too_big.status_code == 413
    assert "100 bytes" in too_big.json()["detail"]
    wrong = await admin.post("/api/v1/candidates/import", content="x", headers={"content-type": "text/plain"})
    assert wrong.status_code == 415


@pytest.mark.parametrize("role", [Role.EMPLOYER, Role.PARTNER])
async def test_other_roles_may_not_import_candidates(
    client: httpx.AsyncClient, session: AsyncSession, role: Role
) -> None:
    from tests.factories import employer_body

    scope: dict[str, Any] = {}
    if role is Role.EMPLOYER:
        from matchwerk.employers import service as employer_service
        from matchwerk.employers.models import EmployerCreate

        scope["employer_id"] = (
            await employer_service.create(session, EmployerCreate.model_validate(employer_body()))
        ).id
    client.headers["Authorization"] = f"Bearer {await make_token(session, role, **scope)}"
    response = await client.post(
        "/api/v1/candidates/import", content=ndjson(candidate_body("X")), headers=NDJSON
    )
    assert response.status_code == 403
