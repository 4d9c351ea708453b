"""Employers over HTTP: round trip, list, update with ETags, delete."""

import httpx

EMPLOYER = {
    "name": "Elektro Schmitz GmbH",
    "sector": "Elektrohandwerk",
    "size": "small",
    "handwerk": True,
    "location": {"postal_code": "40210", "municipality": "Düsseldorf"},
    "contact": {"name": "Petra Schmitz", "email": "hr@schmitz.example", "phone": "+49 211 555010"},
}


async def test_create_and_read_back_every_field(admin: httpx.AsyncClient) -> None:
    created = await admin.post("/api/v1/employers", json=EMPLOYER)
    assert created.status_code == 201
    body = created.json()
    assert {k: body[k] for k in EMPLOYER} == EMPLOYER
    assert created.headers["ETag"] == '"1"'
    assert created.headers["Location"] == f"/api/v1/employers/{body['id']}"

    fetched = await admin.get(f"/api/v1/employers/{body['id']}")
    assert fetched.status_code == 200
    assert fetched.json() == body


async def test_patch_merges_nested_objects_and_bumps_etag(admin: httpx.AsyncClient) -> None:
    employer = (await admin.post("/api/v1/employers", json=EMPLOYER)).json()
    url = f"/api/v1/employers/{employer['id']}"

    patched = await admin.patch(url, json={"contact": {"phone": "+49 211 999"}}, headers={"If-Match": '"1"'})
    assert patched.status_code == 200
    assert patched.headers["ETag"] == '"2"'
    assert patched.json()["contact"] == {
        "name": "Petra Schmitz",
        "email": "hr@schmitz.example",
        "phone": "+49 211 999",
    }

    stale = await admin.patch(url, json={"name": "Other"}, headers={"If-Match": '"1"'})
    assert stale.status_code == 412
    assert stale.headers["content-type"] == "application/problem+json"
    assert (await admin.get(url)).json()["name"] == "Elektro Schmitz GmbH"


async def test_delete_then_404(admin: httpx.AsyncClient) -> None:
    employer = (await admin.post("/api/v1/employers", json=EMPLOYER)).json()
    url = f"/api/v1/employers/{employer['id']}"
    assert (await admin.delete(url)).status_code == 204
    missing = await admin.get(url)
    assert missing.status_code == 404
    assert missing.json()["status"] == 404
