"""An unknown postal code is refused (422) where a location is written, instead of silently switching the
distance filter off."""

import httpx
import pytest

from tests.factories import candidate_body, employer_body, vacancy_body


def _postal_code_error(response: httpx.Response) -> str:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    errors = response.json()["errors"]
    found = [e for e in errors if e["loc"][-1] == "postal_code"]
    assert found, errors
    return str(found[0]["msg"])


async def test_candidate_with_an_unknown_postal_code_is_refused(admin: httpx.AsyncClient) -> None:
    body = candidate_body("ZUE-PLZ-1", location={"postal_code": "99999", "municipality": "Ratingen"})
    message = _postal_code_error(await admin.post("/api/v1/candidates", json=body))
    assert "unknown German postal code 99999" in message
    assert "municipality" in message  # says what to do instead


async def test_update_with_an_unknown_postal_code_is_refused(admin: httpx.AsyncClient) -> None:
    created = await admin.post("/api/v1/candidates", json=candidate_body("ZUE-PLZ-2"))
    assert created.status_code == 201
    patched = await admin.patch(
        f"/api/v1/candidates/{created.json()['id']}", json={"location": {"postal_code": "00100"}}
    )
    _postal_code_error(patched)
    unchanged = await admin.get(f"/api/v1/candidates/{created.json()['id']}")
    assert unchanged.json()["location"] == created.json()["location"]


@pytest.mark.parametrize("postal_code", ["80331", "01067", "24103"])  # München, Dresden, Kiel
async def test_postal_codes_anywhere_in_germany_are_accepted(
    admin: httpx.AsyncClient, postal_code: str
) -> None:
    body = candidate_body(f"ZUE-PLZ-{postal_code}", location={"postal_code": postal_code})
    response = await admin.post("/api/v1/candidates", json=body)
    assert response.status_code == 201, response.text
    assert response.json()["location"]["postal_code"] == postal_code


async def test_employer_and_vacancy_with_an_unknown_postal_code_are_refused(admin: httpx.AsyncClient) -> None:
    bad = {"postal_code": "62999"}
    _postal_code_error(await admin.post("/api/v1/employers", json=employer_body(location=bad)))
    employer = await admin.post("/api/v1/employers", json=employer_body())
    assert employer.status_code == 201
    body = vacancy_body(employer.json()["id"], location=bad)
    _postal_code_error(await admin.post("/api/v1/vacancies", json=body))
    _postal_code_error(await admin.put("/api/v1/vacancies/external/PLZ-1", json=body))
