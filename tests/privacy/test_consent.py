"""Consent: every grant and withdrawal is recorded with who and when (flags only), and takes effect at once,
in the records and in the matches (``check_consent_in_matches``)."""

from typing import Any
from uuid import UUID

import httpx
from fastapi import FastAPI
from fastapi.routing import iter_route_contexts
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.auth.models import Role
from matchwerk.privacy.pseudonyms import employer_pseudonym, pseudonym_secret
from tests.conftest import authenticated_key_id, make_token
from tests.factories import candidate_body, employer_body, vacancy_body


async def consent_history(admin: httpx.AsyncClient, candidate_id: str) -> list[dict[str, Any]]:
    response = await admin.get(
        "/api/v1/audit", params={"resource_id": candidate_id, "action": "consent.change"}
    )
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def authed(app: FastAPI, token: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, raise_app_exceptions=False),
        base_url="http://test",
        headers={"Authorization": f"Bearer {token}"},
    )


async def test_withdrawal_and_regrant_are_recorded_with_who_and_when(
    app: FastAPI, admin: httpx.AsyncClient, session: AsyncSession
) -> None:
    token = await make_token(session, Role.INTAKE, reception_centre="ZUE Ratingen")
    intake_key = await authenticated_key_id(session, token)
    async with authed(app, token) as intake:
        created = (await intake.post("/api/v1/candidates", json=candidate_body())).json()
        url = f"/api/v1/candidates/{created['id']}"
        withdrawn = await intake.patch(url, json={"consent": {"share_with_employers": False}})
        assert withdrawn.json()["consent"]["share_with_employers"] is False
        unchanged = await intake.patch(url, json={"consent": {"matching": True}, "skills": ["Löten"]})
        assert unchanged.status_code == 200
        regranted = await intake.patch(
            url, json={"consent": {"share_with_employers": True}}, headers={"X-Request-ID": "regrant-1"}
        )
        assert regranted.json()["consent"]["share_with_employers"] is True

    history = await consent_history(admin, created["id"])
    assert [(h["details"]["from"], h["details"]["to"]) for h in history] == [
        (None, {"matching": True, "share_with_employers": True, "share_with_employment_agency": False}),
        ({"share_with_employers": True}, {"share_with_employers": False}),
        ({"share_with_employers": False}, {"share_with_employers": True}),
    ]
    assert {(h["actor_key_id"], h["actor_role"]) for h in history} == {(str(intake_key), "intake")}
    assert all(h["created_at"] for h in history)
    assert history[-1]["request_id"] == "regrant-1"
    timestamps = [h["created_at"] for h in history]
    assert timestamps == sorted(timestamps)


async def test_withdrawal_shows_on_the_very_next_read(admin: httpx.AsyncClient) -> None:
    created = (await admin.post("/api/v1/candidates", json=candidate_body())).json()
    url = f"/api/v1/candidates/{created['id']}"
    await admin.patch(url, json={"consent": {"matching": False}})
    assert (await admin.get(url)).json()["consent"]["matching"] is False


def _has_route(app: FastAPI, path: str) -> bool:
    return any(route.path == path for route in iter_route_contexts(app.routes))


async def check_consent_in_matches(
    advisor: httpx.AsyncClient,
    employer: httpx.AsyncClient,
    *,
    candidate_id: str,
    vacancy_id: str,
    employer_pseudonym_of_candidate: str,
) -> None:
    """The consent contract of the match endpoints.

    The candidate and the vacancy must match well (same occupation, place and language) and the candidate must
    start with every consent given. Asserts, each on the very next request after the change:
    - with all consent the advisor and the employer see the candidate (the employer only by its pseudonym);
    - ``share_with_employers`` false: the advisor still sees the candidate, the employer does not;
    - ``matching`` false: nobody sees the candidate, and the candidate's own matches are empty;
    - consent given again: both see the candidate again.
    """
    vacancy_matches = f"/api/v1/vacancies/{vacancy_id}/matches"
    candidate_url = f"/api/v1/candidates/{candidate_id}"

    async def advisor_sees() -> bool:
        response = await advisor.get(vacancy_matches, params={"limit": 200})
        assert response.status_code == 200, response.text
        return candidate_id in {item.get("candidate_id") for item in response.json()["items"]}

    async def employer_sees() -> bool:
        response = await employer.get(vacancy_matches, params={"limit": 200})
        assert response.status_code == 200, response.text
        assert candidate_id not in response.text, "employers see pseudonyms, never candidate ids"
        return employer_pseudonym_of_candidate in response.text

    async def set_consent(**flags: bool) -> None:
        response = await advisor.patch(candidate_url, json={"consent": flags})
        assert response.status_code == 200, response.text

    assert await advisor_sees()
    assert await employer_sees()
    await set_consent(share_with_employers=False)
    assert await advisor_sees()
    assert not await employer_sees()
    await set_consent(matching=False)
    assert not await advisor_sees()
    own = await advisor.get(f"{candidate_url}/matches")
    assert own.status_code == 200, own.text
    assert own.json()["items"] == []
    await set_consent(matching=True, share_with_employers=True)
    assert await advisor_sees()
    assert await employer_sees()


async def test_consent_governs_matches(app: FastAPI, admin: httpx.AsyncClient, session: AsyncSession) -> None:
    # A missing route fails here instead of skipping: the contract below must never silently go unchecked.
    assert _has_route(app, "/api/v1/vacancies/{vacancy_id}/matches"), "the match endpoints are gone"
    employer = (await admin.post("/api/v1/employers", json=employer_body())).json()
    vacancy = (
        await admin.post(
            "/api/v1/vacancies",
            json=vacancy_body(
                employer["id"],
                location={"postal_code": "40878", "municipality": "Ratingen"},
                requirements={"german_min": "A2", "min_years_experience": 2, "recognition": "not_required"},
            ),
        )
    ).json()
    candidate = (await admin.post("/api/v1/candidates", json=candidate_body())).json()
    secret = await pseudonym_secret(session)
    pseudonym = employer_pseudonym(UUID(employer["id"]), UUID(candidate["id"]), secret)
    advisor_token = await make_token(session, Role.ADVISOR)
    employer_token = await make_token(session, Role.EMPLOYER, employer_id=UUID(employer["id"]))
    async with authed(app, advisor_token) as advisor, authed(app, employer_token) as employer_client:
        await check_consent_in_matches(
            advisor,
            employer_client,
            candidate_id=candidate["id"],
            vacancy_id=vacancy["id"],
            employer_pseudonym_of_candidate=pseudonym,
        )
