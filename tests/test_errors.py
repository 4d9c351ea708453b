"""Everything a client can get wrong gets a problem+json 4xx, and leaves the database as it was."""

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from tests.factories import candidate_body, employer_body, vacancy_body

PROBLEM = "application/problem+json"


def assert_problem(response: httpx.Response, status: int) -> dict[str, object]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    body = response.json()
    assert body["status"] == status
    assert body["type"].startswith("https://matchwerk.de/problems/")
    assert body["title"]
    assert body["detail"]
    assert "Traceback" not in response.text
    return dict(body)


async def _count(session: AsyncSession, table: str) -> int:
    return int((await session.execute(text(f"SELECT count(*) FROM {table}"))).scalar_one())


async def test_invalid_json(admin: httpx.AsyncClient) -> None:
    response = await admin.post(
        "/api/v1/candidates", content=b'{"reference": ', headers={"Content-Type": "application/json"}
    )
    body = assert_problem(response, 422)
    assert "not valid JSON" in str(body["detail"])


async def test_unknown_cefr_level_names_the_field(admin: httpx.AsyncClient, session: AsyncSession) -> None:
    bad = candidate_body(languages=[{"code": "de", "level": "B7"}])
    body = assert_problem(await admin.post("/api/v1/candidates", json=bad), 422)
    errors = body["errors"]
    assert isinstance(errors, list)
    assert errors[0]["loc"] == ["body", "languages", 0, "level"]
    assert errors[0]["type"] == "enum"
    assert await _count(session, "candidates") == 0


@pytest.mark.parametrize(
    "patch",
    [
        {"residence": {"status": "refugee"}},
        {"occupations": [{"title": "x", "years_experience": -1}]},
        {"occupations": [{"title": "x", "kldb_code": "2621"}]},
        {"personal": {"nationality": "Ukraine"}},
        {"max_commute_km": 10**12},
        {"skills": ["a\x00b"]},
        {"unknown_field": 1},
        {"reference": ""},
        {"available_from": "2025-02-30"},
    ],
)
async def test_bad_fields_are_422_and_change_nothing(
    admin: httpx.AsyncClient, patch: dict[str, object]
) -> None:
    created = (await admin.post("/api/v1/candidates", json=candidate_body())).json()
    url = f"/api/v1/candidates/{created['id']}"
    assert_problem(await admin.patch(url, json=patch), 422)
    assert (await admin.get(url)).json() == created


async def test_oversized_body_is_413(admin: httpx.AsyncClient, session: AsyncSession) -> None:
    huge = candidate_body(skills=["x" * 200] * 6000)
    assert_problem(await admin.post("/api/v1/candidates", json=huge), 413)
    assert await _count(session, "candidates") == 0


async def test_unknown_ids_are_404(admin: httpx.AsyncClient) -> None:
    missing = "00000000-0000-4000-8000-000000000000"
    for resource in ("candidates", "employers", "vacancies"):
        assert_problem(await admin.get(f"/api/v1/{resource}/{missing}"), 404)
        assert_problem(await admin.patch(f"/api/v1/{resource}/{missing}", json={}), 404)
        assert_problem(await admin.delete(f"/api/v1/{resource}/{missing}"), 404)
    assert_problem(await admin.get("/api/v1/candidates/not-a-uuid"), 422)
    assert_problem(await admin.get("/api/v1/nothing-here"), 404)


async def test_wrong_method_is_405_problem(admin: httpx.AsyncClient) -> None:
    assert_problem(await admin.put("/api/v1/candidates"), 405)


@pytest.mark.parametrize(
    "params",
    [
        {"limit": "0"},
        {"limit": "201"},
        {"limit": "x"},
        {"cursor": "%%%"},
        {"cursor": "bm90LWpzb24"},
        {"german_min": "B7"},
        {"kldb_code": "2a"},
    ],
)
async def test_bad_list_parameters_are_422(admin: httpx.AsyncClient, params: dict[str, str]) -> None:
    assert_problem(await admin.get("/api/v1/candidates", params=params), 422)


async def test_failed_write_leaves_no_partial_rows(admin: httpx.AsyncClient, session: AsyncSession) -> None:
    """A conflict discovered after the first rows were written rolls everything back."""
    await admin.post("/api/v1/candidates", json=candidate_body("DUP"))
    before = {
        t: await _count(session, t)
        for t in (
            "candidates",
            "candidate_personal",
            "candidate_occupations",
            "candidate_languages",
            "entity_changes",
        )
    }
    assert_problem(await admin.post("/api/v1/candidates", json=candidate_body("DUP")), 409)
    after = {t: await _count(session, t) for t in before}
    assert after == before


async def test_vacancy_external_id_clash_on_post_is_422(admin: httpx.AsyncClient) -> None:
    employer = (await admin.post("/api/v1/employers", json=employer_body())).json()
    assert (await admin.post("/api/v1/vacancies", json=vacancy_body(employer["id"]))).status_code == 201
    assert_problem(await admin.post("/api/v1/vacancies", json=vacancy_body(employer["id"])), 422)


async def test_no_500_for_hostile_strings(admin: httpx.AsyncClient) -> None:
    for value in ["\u202e\u0645\u0631\u062d\u0628\u0627", "😀" * 50, "' OR 1=1 --", "\\x00", "a" * 200]:
        response = await admin.post("/api/v1/employers", json=employer_body(name=value))
        assert response.status_code in (201, 422), response.text
