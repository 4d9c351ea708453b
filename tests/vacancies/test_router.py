"""Vacancies over HTTP: round trip, filters, idempotent sync by external id, ETags."""

import asyncio

import httpx
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from matchwerk.app import create_app
from matchwerk.config import Settings
from matchwerk.db import make_sessionmaker
from tests.conftest import make_token
from tests.factories import employer_body, vacancy_body


async def _employer(admin: httpx.AsyncClient, **overrides: object) -> str:
    response = await admin.post("/api/v1/employers", json=employer_body(**overrides))
    assert response.status_code == 201
    return str(response.json()["id"])


async def test_round_trip_keeps_every_field(admin: httpx.AsyncClient) -> None:
    employer_id = await _employer(admin)
    sent = vacancy_body(employer_id)
    created = await admin.post("/api/v1/vacancies", json=sent)
    assert created.status_code == 201, created.text
    body = created.json()
    for key, value in sent.items():
        assert body[key] == value, key
    assert (await admin.get(f"/api/v1/vacancies/{body['id']}")).json() == body


async def test_unknown_employer_is_422_and_nothing_written(admin: httpx.AsyncClient) -> None:
    response = await admin.post(
        "/api/v1/vacancies", json=vacancy_body("00000000-0000-4000-8000-000000000000")
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "employer_id"]
    assert (await admin.get("/api/v1/vacancies")).json()["items"] == []


async def test_put_external_is_idempotent(admin: httpx.AsyncClient) -> None:
    employer_id = await _employer(admin)
    body = vacancy_body(employer_id)
    del body["external_id"]
    first = await admin.put("/api/v1/vacancies/external/HR-4711", json=body)
    assert first.status_code == 201, first.text
    second = await admin.put("/api/v1/vacancies/external/HR-4711", json=body | {"positions": 3})
    assert second.status_code == 200
    assert second.json()["id"] == first.json()["id"]
    assert second.json()["positions"] == 3
    assert second.headers["ETag"] == '"2"'
    assert second.json()["created_at"] == first.json()["created_at"]
    listing = (await admin.get("/api/v1/vacancies", params={"employer_id": employer_id})).json()
    assert [v["external_id"] for v in listing["items"]] == ["HR-4711"]

    stale = await admin.put("/api/v1/vacancies/external/HR-4711", json=body, headers={"If-Match": '"1"'})
    assert stale.status_code == 412


async def test_filters(admin: httpx.AsyncClient) -> None:
    first = await _employer(admin)
    second = await _employer(admin, name="Bäckerei Overbeck")
    await admin.post("/api/v1/vacancies", json=vacancy_body(first))
    await admin.post(
        "/api/v1/vacancies",
        json=vacancy_body(second, external_id="B-1", title="Bäcker/in", kldb_code="29222", status="paused"),
    )

    async def titles(**params: str) -> list[str]:
        response = await admin.get("/api/v1/vacancies", params=params)
        assert response.status_code == 200, response.text
        return sorted(item["title"] for item in response.json()["items"])

    assert await titles(employer_id=second) == ["Bäcker/in"]
    assert await titles(status="open") == ["Elektroniker/in (m/w/d) Energie- und Gebäudetechnik"]
    assert await titles(kldb_code="292") == ["Bäcker/in"]


async def test_concurrent_puts_create_one_vacancy(engine: AsyncEngine, pg_cleanup: list[str]) -> None:
    """Two PUTs racing on separate connections end in one row with one id."""
    app = create_app(Settings(database_url="postgresql://unused", demo_data=False), engine=engine)
    app.state.sessionmaker = make_sessionmaker(engine)
    async with make_sessionmaker(engine)() as session:
        token = await make_token(session)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://test", headers={"Authorization": f"Bearer {token}"}
    ) as client:
        employer = (await client.post("/api/v1/employers", json=employer_body(name="Race GmbH"))).json()
        pg_cleanup.append(employer["id"])
        body = vacancy_body(employer["id"])
        del body["external_id"]
        responses = await asyncio.gather(
            *[client.put("/api/v1/vacancies/external/RACE-1", json=body) for _ in range(8)]
        )
        assert sorted(r.status_code for r in responses) == [200] * 7 + [201]
        assert len({r.json()["id"] for r in responses}) == 1
        listing = (await client.get("/api/v1/vacancies", params={"employer_id": employer["id"]})).json()
        assert len(listing["items"]) == 1


async def _change_log(session: AsyncSession, vacancy_id: str) -> tuple[int, int]:
    """(change number of the vacancy, change-log rows for it), read straight from the database."""
    change_no = await session.scalar(
        text("SELECT change_no FROM vacancies WHERE id = :id"), {"id": vacancy_id}
    )
    rows = await session.scalar(
        text("SELECT count(*) FROM entity_changes WHERE entity_id = :id"), {"id": vacancy_id}
    )
    return int(change_no), int(rows or 0)


async def test_unchanged_put_and_patch_keep_version_etag_and_change_number(
    admin: httpx.AsyncClient, session: AsyncSession
) -> None:
    employer_id = await _employer(admin)
    body = vacancy_body(employer_id)
    del body["external_id"]
    first = await admin.put("/api/v1/vacancies/external/HR-1", json=body)
    assert first.status_code == 201, first.text
    vacancy_id = first.json()["id"]
    before = await _change_log(session, vacancy_id)

    again = await admin.put("/api/v1/vacancies/external/HR-1", json=body, headers={"If-Match": '"1"'})
    assert again.status_code == 200
    assert again.headers["ETag"] == first.headers["ETag"] == '"1"'
    assert again.json() == first.json()  # updated_at too
    patched = await admin.patch(
        f"/api/v1/vacancies/{vacancy_id}", json={"positions": body["positions"], "title": body["title"]}
    )
    assert patched.status_code == 200
    assert patched.headers["ETag"] == '"1"'
    assert patched.json() == first.json()
    assert await _change_log(session, vacancy_id) == before

    changed = await admin.put("/api/v1/vacancies/external/HR-1", json=body | {"positions": 5})
    assert changed.headers["ETag"] == '"2"'
    change_no, rows = await _change_log(session, vacancy_id)
    assert change_no > before[0]
    assert rows == before[1] + 1


async def test_resolution_carries_the_german_title(admin: httpx.AsyncClient) -> None:
    employer_id = await _employer(admin)
    body = vacancy_body(employer_id, title="зварювальник", kldb_code=None)
    created = await admin.post("/api/v1/vacancies", json=body)
    assert created.status_code == 201, created.text
    vacancy = created.json()
    assert vacancy["kldb_code"] == "24422"
    assert vacancy["resolution"]["title_de"] == "Schweißer / Schweißerin"
    assert vacancy["resolution"]["matched_lang"] == "uk"
    client_given = await admin.post("/api/v1/vacancies", json=vacancy_body(employer_id, external_id="X-2"))
    assert client_given.json()["resolution"] is None  # a code the client gave needs no confirmation
