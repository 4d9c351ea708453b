"""Every field of every PATCH body sent as null: 200 where the document says nullable, else 422."""

from typing import Any

import httpx
import pytest

from matchwerk.app import create_app
from matchwerk.config import Settings
from tests.factories import candidate_body, employer_body, vacancy_body

UPDATES = {"EmployerUpdate": "employers", "VacancyUpdate": "vacancies", "CandidateUpdate": "candidates"}


def _schemas() -> dict[str, Any]:
    settings = Settings(database_url="postgresql://unused", demo_data=False, migrate_on_start=False)
    schemas: dict[str, Any] = create_app(settings).openapi()["components"]["schemas"]
    return schemas


SCHEMAS = _schemas()


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref") or next((b["$ref"] for b in schema.get("anyOf", ()) if "$ref" in b), None)
    return SCHEMAS[ref.rsplit("/", 1)[1]] if ref else schema


def _nullable(schema: dict[str, Any]) -> bool:
    return any(branch.get("type") == "null" for branch in schema.get("anyOf", ()))


def null_cases() -> list[tuple[str, dict[str, Any], int]]:
    """(resource, PATCH body, expected status) for every top-level and nested field."""
    cases: list[tuple[str, dict[str, Any], int]] = []
    for model, resource in UPDATES.items():
        for name, prop in SCHEMAS[model]["properties"].items():
            cases.append((resource, {name: None}, 200 if _nullable(prop) else 422))
            nested = _resolve(prop)
            for inner, inner_prop in nested.get("properties", {}).items():
                expected = 200 if _nullable(inner_prop) else 422
                cases.append((resource, {name: {inner: None}}, expected))
    return cases


async def _create(admin: httpx.AsyncClient, resource: str) -> str:
    if resource == "candidates":
        response = await admin.post("/api/v1/candidates", json=candidate_body())
    else:
        employer = await admin.post("/api/v1/employers", json=employer_body())
        if resource == "employers":
            response = employer
        else:
            response = await admin.post("/api/v1/vacancies", json=vacancy_body(employer.json()["id"]))
    assert response.status_code == 201, response.text
    return f"/api/v1/{resource}/{response.json()['id']}"


def test_the_cases_cover_the_fields_that_broke() -> None:
    cases = {(r, str(b)): s for r, b, s in null_cases()}
    assert cases[("employers", "{'name': None}")] == 422
    assert cases[("employers", "{'handwerk': None}")] == 422
    assert cases[("vacancies", "{'employment_type': None}")] == 422
    assert cases[("employers", "{'sector': None}")] == 200


@pytest.mark.parametrize(("resource", "body", "expected"), null_cases(), ids=str)
async def test_null_in_patch(
    admin: httpx.AsyncClient, resource: str, body: dict[str, Any], expected: int
) -> None:
    url = await _create(admin, resource)
    before = (await admin.get(url)).json()

    response = await admin.patch(url, json=body)

    assert response.status_code == expected, response.text
    if expected == 422:
        assert response.headers["content-type"] == "application/problem+json"
        assert (await admin.get(url)).json() == before  # nothing half-written
