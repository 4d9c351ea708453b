"""Occupation endpoints: autocomplete and details."""

import httpx
import pytest


async def test_autocomplete_in_ukrainian(admin: httpx.AsyncClient) -> None:
    response = await admin.get("/api/v1/occupations", params={"q": "електрик", "limit": 5})
    assert response.status_code == 200
    items = response.json()
    assert 1 <= len(items) <= 5
    assert items[0]["kldb_code"] == "26212"
    assert items[0]["matched_lang"] == "uk"
    assert items[0]["regulated"] is False
    assert set(items[0]) == {
        "kldb_code",
        "isco08_code",
        "title_de",
        "regulated",
        "score",
        "matched_label",
        "matched_lang",
    }


@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {"q": "   "},
        {"q": "😀😀"},
        {"q": "\x01\x02"},
        {"q": "a", "limit": "0"},
        {"q": "a", "limit": "51"},
        {},
    ],
)
async def test_bad_queries_are_422(admin: httpx.AsyncClient, params: dict[str, str]) -> None:
    response = await admin.get("/api/v1/occupations", params=params)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"


async def test_long_and_mixed_queries_answer(admin: httpx.AsyncClient) -> None:
    for q in ["x" * 10_000, "Elektro كهرب електр", "Koch\tin"]:
        response = await admin.get("/api/v1/occupations", params={"q": q})
        assert response.status_code == 200, q


async def test_details_with_helper_level_and_regulation(admin: httpx.AsyncClient) -> None:
    response = await admin.get("/api/v1/occupations/81302")
    assert response.status_code == 200
    body = response.json()
    assert body["regulated"] is True
    assert body["recognition_authority"]
    assert body["skill_level"] == "skilled"
    assert [g["kldb_code"] for g in body["parent_groups"]] == ["8", "81", "813", "8130"]
    assert {"kldb_code": "81301", "relation": "helper_level"}.items() <= body["related"][0].items()
    assert (await admin.get("/api/v1/occupations/99999")).status_code == 404
    assert (await admin.get("/api/v1/occupations/8130")).status_code == 422
