"""Tenant isolation beyond status codes: what scoped keys write lands in their scope, lists show only it."""

from collections.abc import AsyncIterator
from typing import Any
from uuid import UUID

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.auth.models import Role
from tests.conftest import make_token
from tests.factories import candidate_body, employer_body, vacancy_body


def as_key(app: FastAPI, token: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, raise_app_exceptions=False),
        base_url="http://test",
        headers={"Authorization": f"Bearer {token}"},
    )


@pytest.fixture
async def employers(admin: httpx.AsyncClient) -> list[dict[str, Any]]:
    return [
        (await admin.post("/api/v1/employers", json=employer_body(name=name))).json()
        for name in ("Eigene GmbH", "Fremde GmbH")
    ]


@pytest.fixture
async def employer_key(
    app: FastAPI, session: AsyncSession, employers: list[dict[str, Any]]
) -> AsyncIterator[httpx.AsyncClient]:
    token = await make_token(session, Role.EMPLOYER, employer_id=UUID(employers[0]["id"]))
    async with as_key(app, token) as client:
        yield client


async def test_employer_key_writes_its_own_vacancies_whatever_the_body_says(
    admin: httpx.AsyncClient, employer_key: httpx.AsyncClient, employers: list[dict[str, Any]]
) -> None:
    own, foreign = employers[0]["id"], employers[1]["id"]
    posted = await employer_key.post("/api/v1/vacancies", json=vacancy_body(foreign, external_id="E-1"))
    assert posted.status_code == 201
    assert posted.json()["employer_id"] == own
    body = {k: v for k, v in vacancy_body(foreign).items() if k != "external_id"}
    put = await employer_key.put("/api/v1/vacancies/external/E-2", json=body)
    assert put.status_code == 201
    assert put.json()["employer_id"] == own
    foreign_vacancy = (await admin.post("/api/v1/vacancies", json=vacancy_body(foreign))).json()

    listed = (await employer_key.get("/api/v1/vacancies")).json()["items"]
    assert {v["employer_id"] for v in listed} == {own}
    assert (await employer_key.get("/api/v1/vacancies", params={"employer_id": foreign})).json()[
        "items"
    ] == []
    for method in ("GET", "PATCH", "DELETE"):
        response = await employer_key.request(
            method,
            f"/api/v1/vacancies/{foreign_vacancy['id']}",
            json={"positions": 9} if method == "PATCH" else None,
        )
        assert response.status_code == 404, method
    assert (await admin.get(f"/api/v1/vacancies/{foreign_vacancy['id']}")).json()["positions"] == 2


async def test_employer_key_reads_only_its_own_employer_record(
    employer_key: httpx.AsyncClient, employers: list[dict[str, Any]]
) -> None:
    listed = (await employer_key.get("/api/v1/employers")).json()["items"]
    assert [e["id"] for e in listed] == [employers[0]["id"]]
    assert (await employer_key.get(f"/api/v1/employers/{employers[0]['id']}")).status_code == 200
    assert (await employer_key.get(f"/api/v1/employers/{employers[1]['id']}")).status_code == 404
    own = f"/api/v1/employers/{employers[0]['id']}"
    assert (await employer_key.patch(own, json={"name": "Umbenannt"})).status_code == 403
    assert (await employer_key.delete(own)).status_code == 403
    assert (await employer_key.post("/api/v1/employers", json=employer_body())).status_code == 403


async def test_intake_key_stays_in_its_reception_centre(
    app: FastAPI, admin: httpx.AsyncClient, session: AsyncSession
) -> None:
    bonn = (
        await admin.post("/api/v1/candidates", json=candidate_body("BONN-1", reception_centre="ZUE Bonn"))
    ).json()
    token = await make_token(session, Role.INTAKE, reception_centre="ZUE Ratingen")
    async with as_key(app, token) as intake:
        created = await intake.post(
            "/api/v1/candidates", json=candidate_body("RAT-1", reception_centre="ZUE Bonn")
        )
        assert created.status_code == 201
        assert created.json()["reception_centre"] == "ZUE Ratingen"
        url = f"/api/v1/candidates/{created.json()['id']}"
        moved = await intake.patch(url, json={"reception_centre": "ZUE Bonn", "skills": ["Löten"]})
        assert moved.json()["reception_centre"] == "ZUE Ratingen"
        assert moved.json()["skills"] == ["Löten"]

        listed = (await intake.get("/api/v1/candidates")).json()["items"]
        assert [c["reference"] for c in listed] == ["RAT-1"]
        filtered = await intake.get("/api/v1/candidates", params={"reception_centre": "ZUE Bonn"})
        assert filtered.json()["items"] == []
        foreign = f"/api/v1/candidates/{bonn['id']}"
        assert (await intake.get(foreign)).status_code == 404
        assert (await intake.patch(foreign, json={"skills": []})).status_code == 404
        assert (await intake.delete(url)).status_code == 403  # erasure is for advisors and admins
    assert (await admin.get(foreign)).json()["skills"] == bonn["skills"]
