"""Vacancy import: NDJSON, CSV and schema.org JobPosting; upsert by external_id; employer scope."""

import json
from typing import Any
from uuid import UUID

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.auth.models import Role
from tests.conftest import make_token
from tests.factories import employer_body, vacancy_body

POSTINGS = [
    {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": "Pflegefachkraft (m/w/d)",
        "identifier": {"@type": "PropertyValue", "name": "Klinikum", "value": "JP-100"},
        "occupationalCategory": "81302 Gesundheits- und Krankenpflege",
        "jobLocation": {"@type": "Place", "address": {"postalCode": "44135", "addressLocality": "Dortmund"}},
        "employmentType": ["PART_TIME"],
        "validThrough": "2099-12-31T00:00:00Z",
        "totalJobOpenings": 3,
        "description": "Stationäre Pflege.",
    },
    {
        "@type": "JobPosting",
        "title": "Lagerhelfer (m/w/d)",
        "identifier": "JP-101",
        "employmentType": "FULL_TIME",
        "validThrough": "2001-01-31",
    },
    {"@type": "Organization", "name": "not a posting"},
]


async def _employer(admin: httpx.AsyncClient) -> str:
    return str((await admin.post("/api/v1/employers", json=employer_body())).json()["id"])


async def test_job_postings_map_and_repeat_is_unchanged(admin: httpx.AsyncClient) -> None:
    employer_id = await _employer(admin)
    url = f"/api/v1/vacancies/import?employer_id={employer_id}"
    headers = {"content-type": "application/ld+json"}
    first = (await admin.post(url, content=json.dumps(POSTINGS), headers=headers)).json()
    assert [r["status"] for r in first["rows"]] == ["created", "created", "invalid"]
    nurse = (await admin.get(f"/api/v1/vacancies/{first['rows'][0]['id']}")).json()
    assert nurse["external_id"] == "JP-100"
    assert nurse["kldb_code"] == "81302"
    assert nurse["positions"] == 3
    assert nurse["employment_type"] == "part_time"
    assert nurse["location"] == {"postal_code": "44135", "municipality": "Dortmund"}
    assert nurse["status"] == "open"
    helper = (await admin.get(f"/api/v1/vacancies/{first['rows'][1]['id']}")).json()
    assert helper["status"] == "closed"  # validThrough has passed
    again = (await admin.post(url, content=json.dumps(POSTINGS), headers=headers)).json()
    assert again["summary"] == {"created": 0, "updated": 0, "unchanged": 2, "invalid": 1}


async def test_ndjson_and_csv_upsert_by_external_id(admin: httpx.AsyncClient) -> None:
    employer_id = await _employer(admin)
    rows = [vacancy_body(employer_id, external_id="NV-1"), vacancy_body(employer_id, external_id="NV-2")]
    body = "\n".join(json.dumps(r) for r in rows)
    first = (
        await admin.post(
            "/api/v1/vacancies/import", content=body, headers={"content-type": "application/x-ndjson"}
        )
    ).json()
    assert first["summary"]["created"] == 2
    template = (await admin.get("/api/v1/vacancies/import/template")).text
    changed = template.replace("HR-4711", "NV-1")
    csv = (
        await admin.post(
            f"/api/v1/vacancies/import?employer_id={employer_id}",
            content=changed,
            headers={"content-type": "text/csv"},
        )
    ).json()
    assert csv["rows"][0] == {"row": 1, "status": "updated", "id": first["rows"][0]["id"], "errors": []}
    stored = (await admin.get(f"/api/v1/vacancies/{first['rows'][0]['id']}")).json()
    assert stored["requirements"]["languages"] == [{"code": "en", "level": "A2"}]
    assert stored["offers"]["language_course"] is True


async def test_employer_imports_into_its_own_vacancies_only(
    admin: httpx.AsyncClient, client: httpx.AsyncClient, session: AsyncSession
) -> None:
    own, other = await _employer(admin), await _employer(admin)
    token = await make_token(session, Role.EMPLOYER, employer_id=UUID(own))
    headers: dict[str, Any] = {"Authorization": f"Bearer {token}", "content-type": "application/x-ndjson"}
    body = json.dumps(vacancy_body(other, external_id="EMP-1"))
    result = (await client.post("/api/v1/vacancies/import", content=body, headers=headers)).json()
    vacancy = (await admin.get(f"/api/v1/vacancies/{result['rows'][0]['id']}")).json()
    assert vacancy["employer_id"] == own


async def test_missing_external_id_or_employer_is_invalid(admin: httpx.AsyncClient) -> None:
    employer_id = await _employer(admin)
    no_external = {k: v for k, v in vacancy_body(employer_id).items() if k != "external_id"}
    no_employer = {k: v for k, v in vacancy_body(employer_id).items() if k != "employer_id"}
    body = "\n".join(json.dumps(r) for r in (no_external, no_employer))
    rows = (
        await admin.post(
            "/api/v1/vacancies/import", content=body, headers={"content-type": "application/x-ndjson"}
        )
    ).json()["rows"]
    assert rows[0]["errors"][0]["loc"] == ["row", "external_id"]
    assert rows[1]["errors"][0]["loc"] == ["row", "employer_id"]
