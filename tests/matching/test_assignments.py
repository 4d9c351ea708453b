"""POST /api/v1/assignments: capacities, one vacancy per candidate, hard filters, greedy, bad input."""

from typing import Any

import httpx
import pytest

from tests.factories import candidate_body, employer_body, vacancy_body

ELECTRICIAN = [{"title": "електрик", "kldb_code": "26212", "years_experience": 6}]


def _candidate(reference: str, **overrides: Any) -> dict[str, Any]:
    return candidate_body(reference, occupations=ELECTRICIAN, **overrides)


@pytest.fixture
async def world(admin: httpx.AsyncClient) -> dict[str, Any]:
    employer = (await admin.post("/api/v1/employers", json=employer_body())).json()["id"]
    vacancies = {}
    for external_id, positions in (("AS-1", 2), ("AS-2", 1)):
        body = vacancy_body(employer, external_id=external_id, positions=positions)
        response = await admin.post("/api/v1/vacancies", json=body)
        assert response.status_code == 201, response.text
        vacancies[external_id] = response.json()["id"]
    people = {
        "a": _candidate("AS-A"),
        "b": _candidate("AS-B"),
        "c": _candidate("AS-C", languages=[{"code": "de", "level": "A2"}]),
        "d": _candidate("AS-D"),
        "no_consent": _candidate("AS-NOC", consent={"matching": False}),
        "no_permit": _candidate(
            "AS-NOP", residence={"status": "tolerated", "work_authorization": "not_permitted"}
        ),
        "cook": candidate_body("AS-COOK", occupations=[{"title": "Koch", "kldb_code": "29302"}]),
    }
    ids = {}
    for key, body in people.items():
        response = await admin.post("/api/v1/candidates", json=body)
        assert response.status_code == 201, response.text
        ids[key] = response.json()["id"]
    return {"employer": employer, "vacancies": vacancies, "candidates": ids}


async def test_assignment_honours_capacities_filters_and_reports_greedy(
    admin: httpx.AsyncClient, world: dict[str, Any]
) -> None:
    response = await admin.post(
        "/api/v1/assignments", json={"vacancy_filter": {"employer_id": world["employer"]}}
    )
    assert response.status_code == 200, response.text
    result = response.json()
    pairs = result["pairs"]
    by_vacancy: dict[str, int] = {}
    for pair in pairs:
        by_vacancy[pair["vacancy_id"]] = by_vacancy.get(pair["vacancy_id"], 0) + 1
    assert by_vacancy == {world["vacancies"]["AS-1"]: 2, world["vacancies"]["AS-2"]: 1}
    assigned = [pair["candidate_id"] for pair in pairs]
    assert len(assigned) == len(set(assigned)) == 3  # each candidate at most once
    excluded = {world["candidates"][key] for key in ("no_consent", "no_permit", "cook")}
    assert not set(assigned) & excluded  # hard filters and the occupation gate
    assert result["placed"] == 3
    assert result["positions"] == 3
    assert result["vacancies"] == 2
    assert result["total_score"] == pytest.approx(sum(pair["score"] for pair in pairs), abs=1e-3)
    assert result["greedy"]["placed"] <= result["placed"]
    assert result["greedy"]["total_score"] <= result["total_score"] + 1e-9
    assert result["placements_created"] is False


async def test_min_score_and_filters_narrow_the_graph(
    admin: httpx.AsyncClient, world: dict[str, Any]
) -> None:
    nothing = await admin.post("/api/v1/assignments", json={"vacancy_filter": {"kldb_code": "9"}})
    assert nothing.status_code == 200
    assert (nothing.json()["pairs"], nothing.json()["vacancies"]) == ([], 0)
    high = await admin.post(
        "/api/v1/assignments", json={"vacancy_filter": {"kldb_code": "2621"}, "min_score": 0.99}
    )
    assert all(pair["score"] >= 0.99 for pair in high.json()["pairs"])


@pytest.mark.parametrize(
    "body",
    [
        {"vacancy_filter": {"kldb_code": "26x"}},
        {"min_score": 2},
        {"vacancy_filter": {"unknown": 1}},
        {"create_placements": "maybe"},
    ],
)
async def test_bad_input_is_a_problem(admin: httpx.AsyncClient, body: dict[str, Any]) -> None:
    response = await admin.post("/api/v1/assignments", json=body)
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
