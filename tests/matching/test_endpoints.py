"""Match endpoints end to end on real PostgreSQL: ranking, exclusions, explanations, employers, paging."""

from typing import Any
from uuid import UUID

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.auth.models import Role
from tests.conftest import make_token
from tests.factories import candidate_body, employer_body, vacancy_body

PERSONAL_VALUES = ("Olena", "Kovalenko", "1990-04-01", "olena@example.org", "+49 170 5550123")


def _candidate(reference: str, **overrides: Any) -> dict[str, Any]:
    return candidate_body(reference, available_from="2025-01-01", **overrides)


ELECTRICIAN = [{"title": "електрик", "years_experience": 6, "recognition": {"status": "not_required"}}]
COOK = [{"title": "Koch", "years_experience": 6}]


@pytest.fixture
async def scenario(admin: httpx.AsyncClient) -> dict[str, str]:
    employer = (await admin.post("/api/v1/employers", json=employer_body())).json()["id"]
    vacancy = await admin.post(
        "/api/v1/vacancies",
        json=vacancy_body(
            employer, kldb_code=None, requirements={"german_min": "B1", "min_years_experience": 2}
        ),
    )
    assert vacancy.status_code == 201, vacancy.text
    ids = {"employer": employer, "vacancy": vacancy.json()["id"]}
    people = {
        "best": _candidate("M-BEST", occupations=ELECTRICIAN, languages=[{"code": "de", "level": "B2"}]),
        "gap": _candidate("M-GAP", occupations=ELECTRICIAN, languages=[{"code": "de", "level": "A1"}]),
        "cook": _candidate("M-COOK", occupations=COOK, languages=[{"code": "de", "level": "B2"}]),
        "private": _candidate(
            "M-PRIV", occupations=ELECTRICIAN, consent={"matching": True, "share_with_employers": False}
        ),
        "no_consent": _candidate("M-NOC", occupations=ELECTRICIAN, consent={"matching": False}),
        "no_permit": _candidate(
            "M-NOP",
            occupations=ELECTRICIAN,
            residence={"status": "tolerated", "work_authorization": "not_permitted"},
        ),
        "far": _candidate(
            "M-FAR", occupations=ELECTRICIAN, location={"postal_code": "48143", "municipality": "Münster"}
        ),
    }
    for key, body in people.items():
        response = await admin.post("/api/v1/candidates", json=body)
        assert response.status_code == 201, response.text
        ids[key] = response.json()["id"]
    return ids


async def test_ranking_exclusions_and_german_explanations(
    admin: httpx.AsyncClient, scenario: dict[str, str]
) -> None:
    response = await admin.get(f"/api/v1/vacancies/{scenario['vacancy']}/matches")
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    order = [item["candidate_id"] for item in items]
    assert order[0] == scenario["best"]
    # The cook has no occupational relation to the electrician's job: the occupation gate leaves him out.
    assert set(order) == {scenario[k] for k in ("best", "gap", "private")}
    scores = [item["score"] for item in items]
    assert scores == sorted(scores, reverse=True)
    best = items[0]
    assert set(best["components"]) == {
        "occupation",
        "language",
        "recognition",
        "experience",
        "availability",
        "location",
    }
    assert best["components"]["occupation"]["score"] == 1.0
    parts = best["components"]
    others = [part for name, part in parts.items() if name != "occupation"]
    rest = sum(p["score"] * p["weight"] for p in others) / sum(p["weight"] for p in others)
    w_occ = parts["occupation"]["weight"]
    assert abs(parts["occupation"]["score"] * (w_occ + (1 - w_occ) * rest) - best["score"]) < 1e-3
    assert "Deutsch" in best["components"]["language"]["reason"]
    gap = next(item for item in items if item["candidate_id"] == scenario["gap"])
    assert "german_gap" in gap["blocker_codes"]
    assert gap["blockers"]
    text = response.text
    assert all(value not in text for value in PERSONAL_VALUES)


async def test_english_on_request(admin: httpx.AsyncClient, scenario: dict[str, str]) -> None:
    response = await admin.get(
        f"/api/v1/vacancies/{scenario['vacancy']}/matches",
        headers={"Accept-Language": "en-GB,en;q=0.9,de;q=0.5"},
    )
    reason = response.json()["items"][0]["components"]["language"]["reason"]
    assert "German" in reason
    assert "Deutsch" not in reason


async def test_strict_and_min_score(admin: httpx.AsyncClient, scenario: dict[str, str]) -> None:
    url = f"/api/v1/vacancies/{scenario['vacancy']}/matches"
    strict = (await admin.get(url, params={"strict": "true"})).json()["items"]
    assert scenario["gap"] not in [item["candidate_id"] for item in strict]
    assert all(not item["blockers"] for item in strict)
    everyone = (await admin.get(url)).json()["items"]
    threshold = everyone[1]["score"]
    high = (await admin.get(url, params={"min_score": str(threshold)})).json()["items"]
    assert all(item["score"] >= threshold for item in high)
    assert len(high) >= 2


async def test_paging_is_complete_and_cursor_sealed(
    admin: httpx.AsyncClient, scenario: dict[str, str]
) -> None:
    url = f"/api/v1/vacancies/{scenario['vacancy']}/matches"
    everyone = [item["candidate_id"] for item in (await admin.get(url)).json()["items"]]
    seen, cursor = [], None
    while True:
        params = {"limit": "1"} | ({"cursor": cursor} if cursor else {})
        page = (await admin.get(url, params=params)).json()
        seen += [item["candidate_id"] for item in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
        assert all(real not in cursor for real in everyone)
    assert seen == everyone
    tampered = (await admin.get(url, params={"limit": "1"})).json()["next_cursor"]
    tampered = tampered[:-2] + ("AA" if tampered[-2:] != "AA" else "BB")
    assert (await admin.get(url, params={"cursor": tampered})).status_code == 422


@pytest.mark.parametrize(
    "params",
    [
        {"limit": "0"},
        {"limit": "201"},
        {"min_score": "-0.1"},
        {"min_score": "2"},
        {"cursor": "%%%"},
        {"strict": "maybe"},
    ],
)
async def test_bad_parameters_are_422(
    admin: httpx.AsyncClient, scenario: dict[str, str], params: dict[str, str]
) -> None:
    response = await admin.get(f"/api/v1/vacancies/{scenario['vacancy']}/matches", params=params)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"


async def test_unknown_ids_are_404(admin: httpx.AsyncClient) -> None:
    missing = "00000000-0000-4000-8000-000000000000"
    assert (await admin.get(f"/api/v1/vacancies/{missing}/matches")).status_code == 404
    assert (await admin.get(f"/api/v1/candidates/{missing}/matches")).status_code == 404


async def test_employer_sees_pseudonyms_of_sharing_candidates_only(
    app: FastAPI, admin: httpx.AsyncClient, session: AsyncSession, scenario: dict[str, str]
) -> None:
    token = await make_token(session, Role.EMPLOYER, employer_id=UUID(scenario["employer"]))
    headers = {"Authorization": f"Bearer {token}"}
    url = f"/api/v1/vacancies/{scenario['vacancy']}/matches"
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test", headers=headers) as employer:
        first = (await employer.get(url)).json()["items"]
        again = (await employer.get(url)).json()["items"]
    real = {scenario[k] for k in ("best", "gap", "cook", "private")}
    ids = [item["candidate_id"] for item in first]
    assert len(ids) == 2  # "private" does not share with employers; the cook fails the occupation gate
    assert not set(ids) & real
    assert ids == [item["candidate_id"] for item in again]
    assert all(item["candidate"]["pseudonym"].startswith("K-") for item in first)


async def test_candidate_direction(admin: httpx.AsyncClient, scenario: dict[str, str]) -> None:
    response = await admin.get(f"/api/v1/candidates/{scenario['best']}/matches")
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    assert [item["vacancy_id"] for item in items] == [scenario["vacancy"]]
    assert items[0]["vacancy"]["kldb_code"] == "26212"


async def test_consent_withdrawal_applies_on_the_next_request(
    admin: httpx.AsyncClient, scenario: dict[str, str]
) -> None:
    url = f"/api/v1/vacancies/{scenario['vacancy']}/matches"
    assert scenario["best"] in [item["candidate_id"] for item in (await admin.get(url)).json()["items"]]
    patched = await admin.patch(
        f"/api/v1/candidates/{scenario['best']}", json={"consent": {"matching": False}}
    )
    assert patched.status_code == 200
    assert scenario["best"] not in [item["candidate_id"] for item in (await admin.get(url)).json()["items"]]
    await admin.patch(f"/api/v1/candidates/{scenario['best']}", json={"consent": {"matching": True}})
    assert scenario["best"] in [item["candidate_id"] for item in (await admin.get(url)).json()["items"]]
