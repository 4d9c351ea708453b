"""Problem details in German on request (Accept-Language: de), English otherwise; unknown query parameters."""

from typing import Any
from uuid import uuid4

import httpx
import pytest


async def test_not_found_in_german_and_english(admin: httpx.AsyncClient) -> None:
    missing = uuid4()
    german = await admin.get(f"/api/v1/candidates/{missing}", headers={"Accept-Language": "de-DE,de;q=0.9"})
    assert german.status_code == 404
    assert german.headers["content-language"] == "de"
    assert german.json()["title"] == "Nicht gefunden"
    assert german.json()["detail"] == f"Kandidat/in {missing} nicht gefunden."
    english = await admin.get(f"/api/v1/candidates/{missing}", headers={"Accept-Language": "en"})
    assert english.headers["content-language"] == "en"
    assert english.json()["detail"] == f"Candidate {missing} not found."
    preferred = await admin.get(
        f"/api/v1/candidates/{missing}", headers={"Accept-Language": "fr, en;q=0.5, de;q=0.8"}
    )
    assert preferred.json()["title"] == "Nicht gefunden"


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status", "title"),
    [
        (
            "POST",
            "/api/v1/employers",
            {"content": b"{", "headers": {"content-type": "application/json"}},
            422,
            "Ungültige Eingabe",
        ),
        (
            "PATCH",
            "/api/v1/employers/{id}",
            {"json": {"sector": "x"}, "headers": {"If-Match": '"99"'}},
            412,
            "Vorbedingung nicht erfüllt",
        ),
        (
            "POST",
            "/api/v1/candidates/import",
            {"content": b"x", "headers": {"content-type": "text/plain"}},
            415,
            "Nicht unterstützter Medientyp",
        ),
    ],
)
async def test_common_problems_have_german_titles(
    admin: httpx.AsyncClient,
    method: str,
    path: str,
    kwargs: dict[str, Any],
    status: int,
    title: str,
) -> None:
    from tests.factories import employer_body

    employer = (await admin.post("/api/v1/employers", json=employer_body())).json()
    headers = {"Accept-Language": "de", **kwargs.pop("headers", {})}
    response = await admin.request(method, path.format(id=employer["id"]), headers=headers, **kwargs)
    assert response.status_code == status
    assert response.json()["title"] == title
    assert response.headers["content-language"] == "de"


async def test_german_precondition_detail(admin: httpx.AsyncClient) -> None:
    from tests.factories import employer_body

    employer = (await admin.post("/api/v1/employers", json=employer_body())).json()
    response = await admin.patch(
        f"/api/v1/employers/{employer['id']}",
        json={"sector": "x"},
        headers={"If-Match": '"99"', "Accept-Language": "de"},
    )
    assert response.json()["detail"].startswith('If-Match "99" passt nicht zum aktuellen ETag')


async def test_unknown_query_parameter_is_named(admin: httpx.AsyncClient) -> None:
    response = await admin.get("/api/v1/candidates", params={"stauts": "active", "limit": 5})
    assert response.status_code == 422
    body = response.json()
    assert body["detail"] == "Unknown query parameter(s): stauts."
    assert body["errors"] == [
        {"loc": ["query", "stauts"], "msg": "unknown query parameter", "type": "extra_forbidden"}
    ]
    german = await admin.get("/api/v1/vacancies", params={"foo": "1"}, headers={"Accept-Language": "de"})
    assert german.json()["detail"] == "Unbekannte(r) Abfrageparameter: foo."
    ok = await admin.get("/api/v1/candidates", params={"status": "active", "limit": 5})
    assert ok.status_code == 200


async def test_declared_parameters_of_shared_dependencies_still_pass(admin: httpx.AsyncClient) -> None:
    response = await admin.get("/api/v1/occupations", params={"q": "Koch", "limit": 3})
    assert response.status_code == 200
