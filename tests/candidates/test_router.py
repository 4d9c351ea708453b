"""Candidates over HTTP: round trip of every field, filters, pagination, partial updates, erasure."""

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from tests.factories import candidate_body

SERVER_FIELDS = {"id", "status", "created_at", "updated_at"}


async def test_round_trip_keeps_every_field(admin: httpx.AsyncClient) -> None:
    sent = candidate_body()
    created = await admin.post("/api/v1/candidates", json=sent)
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["status"] == "active"
    for key in (
        "reference",
        "reception_centre",
        "personal",
        "consent",
        "residence",
        "location",
        "max_commute_km",
        "willing_to_relocate",
        "languages",
        "skills",
        "driving_licences",
        "available_from",
        "employment_types",
    ):
        assert body[key] == sent[key], key
    occupation = body["occupations"][0]
    assert occupation["title"] == "електрик"
    assert occupation["kldb_code"] == "26212"
    assert occupation["years_experience"] == 6
    assert occupation["qualification"] == {"level": "vocational", "country": "UA"}
    assert occupation["recognition"]["status"] == "applied"
    assert occupation["recognition"]["reference_occupation"] == "Elektroniker/in"

    fetched = await admin.get(f"/api/v1/candidates/{body['id']}")
    assert fetched.json() == body
    assert fetched.headers["ETag"] == '"1"'


async def test_patch_merges_objects_replaces_lists(admin: httpx.AsyncClient) -> None:
    created = (await admin.post("/api/v1/candidates", json=candidate_body())).json()
    url = f"/api/v1/candidates/{created['id']}"
    patch = {
        "consent": {"share_with_employers": False},
        "languages": [{"code": "de", "level": "B1"}],
        "personal": {"phone": "+49 170 1111"},
    }
    updated = await admin.patch(url, json=patch, headers={"If-Match": '"1"'})
    assert updated.status_code == 200, updated.text
    body = updated.json()
    assert body["consent"] == {
        "matching": True,
        "share_with_employers": False,
        "share_with_employment_agency": False,
    }
    assert body["languages"] == [{"code": "de", "level": "B1", "certificate": None}]
    assert body["personal"]["phone"] == "+49 170 1111"
    assert body["personal"]["given_name"] == "Olena"
    assert body["occupations"] == created["occupations"]
    assert updated.headers["ETag"] == '"2"'
    assert (await admin.patch(url, json={"skills": []}, headers={"If-Match": '"1"'})).status_code == 412


async def test_duplicate_reference_conflicts_and_writes_nothing(admin: httpx.AsyncClient) -> None:
    assert (await admin.post("/api/v1/candidates", json=candidate_body("REF-1"))).status_code == 201
    again = await admin.post("/api/v1/candidates", json=candidate_body("REF-1", reception_centre="ZUE Bonn"))
    assert again.status_code == 409
    assert again.headers["content-type"] == "application/problem+json"
    listing = (await admin.get("/api/v1/candidates", params={"reception_centre": "ZUE Bonn"})).json()
    assert listing["items"] == []


async def test_filters(admin: httpx.AsyncClient) -> None:
    assert (await admin.post("/api/v1/candidates", json=candidate_body("F-1"))).status_code == 201
    await admin.post(
        "/api/v1/candidates",
        json=candidate_body(
            "F-2",
            reception_centre="ZUE Bonn",
            status="inactive",
            occupations=[{"title": "Köchin", "kldb_code": "29302"}],
            languages=[{"code": "de", "level": "B2"}],
        ),
    )

    async def refs(**params: str) -> list[str]:
        response = await admin.get("/api/v1/candidates", params=params)
        assert response.status_code == 200, response.text
        return sorted(item["reference"] for item in response.json()["items"])

    assert await refs(reception_centre="ZUE Bonn") == ["F-2"]
    assert await refs(status="inactive") == ["F-2"]
    assert await refs(kldb_code="262") == ["F-1"]
    assert await refs(kldb_code="29302") == ["F-2"]
    assert await refs(german_min="B1") == ["F-2"]
    assert await refs(german_min="A2") == ["F-1", "F-2"]


@pytest.mark.parametrize("page_size", [1, 3, 7])
async def test_pagination_is_complete_and_stable(admin: httpx.AsyncClient, page_size: int) -> None:
    created = set()
    for index in range(7):
        body = (await admin.post("/api/v1/candidates", json=candidate_body(f"P-{index}"))).json()
        created.add(body["id"])
    seen: list[str] = []
    cursor = None
    while True:
        params = {"limit": str(page_size)} | ({"cursor": cursor} if cursor else {})
        page = (await admin.get("/api/v1/candidates", params=params)).json()
        assert len(page["items"]) <= page_size
        seen.extend(item["id"] for item in page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) == 7
    assert set(seen) == created


async def test_delete_erases_everything(admin: httpx.AsyncClient) -> None:
    created = (await admin.post("/api/v1/candidates", json=candidate_body())).json()
    url = f"/api/v1/candidates/{created['id']}"
    assert (await admin.delete(url)).status_code == 204
    assert (await admin.get(url)).status_code == 404
    assert (await admin.delete(url)).status_code == 404


async def test_resolution_carries_the_german_title(admin: httpx.AsyncClient, session: AsyncSession) -> None:
    body = candidate_body(reference="TITLE-1")
    body["occupations"] = [{"title": "зварювальник"}]
    created = await admin.post("/api/v1/candidates", json=body)
    assert created.status_code == 201, created.text
    occupation = created.json()["occupations"][0]
    assert occupation["kldb_code"] == "24422"
    assert occupation["resolution"]["title_de"] == "Schweißer / Schweißerin"  # for intake staff to confirm
    assert occupation["resolution"]["matched_lang"] == "uk"

    # rows written before titles were stored get today's title when read
    await session.execute(
        text(
            "UPDATE candidate_occupations SET resolution = resolution - 'title_de' WHERE candidate_id = :id"
        ),
        {"id": created.json()["id"]},
    )
    fetched = (await admin.get(f"/api/v1/candidates/{created.json()['id']}")).json()
    assert fetched["occupations"][0]["resolution"] == occupation["resolution"]
