"""Placements end to end on real PostgreSQL: proposal, release, stages, hire, consent, interest, lists."""

import json
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.auth.models import Role
from matchwerk.matching.service import employer_candidate_id
from matchwerk.privacy import retention
from matchwerk.privacy.pseudonyms import pseudonym_secret
from tests.conftest import make_token
from tests.factories import candidate_body, employer_body, vacancy_body

PLACEMENTS = "/api/v1/placements"


@dataclass
class Case:
    """Two employers, a vacancy of the first, two people, and a key per role."""

    client: httpx.AsyncClient
    tokens: dict[str, str]
    employer: str
    other_employer: str
    vacancy: str
    people: dict[str, str]

    async def call(self, role: str, method: str, url: str, **kwargs: Any) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.tokens[role]}", **kwargs.pop("headers", {})}
        return await self.client.request(method, url, headers=headers, **kwargs)

    async def propose(self, person: str = "olena", vacancy: str | None = None) -> dict[str, Any]:
        body = {"candidate_id": self.people[person], "vacancy_id": vacancy or self.vacancy, "note": "passt"}
        response = await self.call("advisor", "POST", PLACEMENTS, json=body)
        assert response.status_code == 201, response.text
        return dict(response.json())

    async def move(self, role: str, placement: str, to: str, **body: Any) -> httpx.Response:
        return await self.call(role, "POST", f"{PLACEMENTS}/{placement}/transitions", json={"to": to, **body})

    async def walk(self, placement: str, *stages: str) -> None:
        for stage in stages:
            response = await self.move("advisor", placement, stage)
            assert response.status_code == 200, response.text


@pytest.fixture
async def case(client: httpx.AsyncClient, session: AsyncSession) -> Case:
    tokens = {"admin": await make_token(session)}
    admin = {"Authorization": f"Bearer {tokens['admin']}"}
    employer = (await client.post("/api/v1/employers", json=employer_body(), headers=admin)).json()["id"]
    other = (await client.post("/api/v1/employers", json=employer_body(name="Andere"), headers=admin)).json()
    vacancy = await client.post("/api/v1/vacancies", json=vacancy_body(employer, positions=1), headers=admin)
    people = {}
    for name, given, share in (("olena", "Olena", True), ("ivan", "Ivan", True), ("private", "Mira", False)):
        body = candidate_body(
            f"PL-{name}",
            personal={"given_name": given, "family_name": "Kovalenko", "email": f"{name}@example.org"},
            consent={"matching": True, "share_with_employers": share},
        )
        people[name] = (await client.post("/api/v1/candidates", json=body, headers=admin)).json()["id"]
    tokens |= {
        "advisor": await make_token(session, Role.ADVISOR),
        "employer": await make_token(session, Role.EMPLOYER, employer_id=employer),
        "employer_other": await make_token(session, Role.EMPLOYER, employer_id=other["id"]),
        "partner": await make_token(session, Role.PARTNER),
    }
    return Case(client, tokens, employer, other["id"], vacancy.json()["id"], people)


async def test_proposal_freezes_the_match_and_is_unique_per_pair(case: Case) -> None:
    placement = await case.propose()
    assert placement["stage"] == "proposed"
    assert 0 < placement["score_at_proposal"] <= 1
    assert set(placement["components_at_proposal"]) >= {"occupation", "language", "recognition"}
    assert placement["components_at_proposal"]["occupation"]["score"] == 1.0
    assert [(h["stage"], h["by_role"], h["note"]) for h in placement["history"]] == [
        ("proposed", "advisor", "passt")
    ]
    again = await case.call(
        "advisor", "POST", PLACEMENTS, json={"candidate_id": case.people["olena"], "vacancy_id": case.vacancy}
    )
    assert again.status_code == 409
    assert placement["id"] in again.json()["detail"]


async def test_skipping_a_stage_is_refused_with_the_allowed_moves(case: Case, session: AsyncSession) -> None:
    placement = await case.propose()
    response = await case.move("advisor", placement["id"], "interview")
    assert response.status_code == 409
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["allowed_transitions"] == ["released", "closed"]
    unchanged = await case.call("advisor", "GET", f"{PLACEMENTS}/{placement['id']}")
    assert (unchanged.json()["stage"], unchanged.json()["version"]) == ("proposed", 1)
    no_reason = await case.move("advisor", placement["id"], "closed")
    assert no_reason.status_code == 422


async def test_release_needs_consent_at_that_moment(case: Case) -> None:
    placement = await case.propose("private")
    response = await case.move("advisor", placement["id"], "released")
    assert response.status_code == 409
    assert response.json()["type"].endswith("/consent-missing")
    unchanged = (await case.call("advisor", "GET", f"{PLACEMENTS}/{placement['id']}")).json()
    assert (unchanged["stage"], unchanged["version"], len(unchanged["history"])) == ("proposed", 1, 1)
    by_employer = await case.move("employer", (await case.propose())["id"], "released")
    assert by_employer.status_code == 403


async def test_employer_sees_the_person_only_after_release_and_every_read_is_audited(case: Case) -> None:
    placement = await case.propose()
    url = f"{PLACEMENTS}/{placement['id']}"
    before = (await case.call("employer", "GET", url)).json()
    assert before["candidate"]["personal"] is None
    assert before["candidate"]["pseudonym"].startswith("K-")
    assert before["candidate_id"] != case.people["olena"]  # the employer's own stand-in id
    assert "Olena" not in str(before)
    assert "olena@example.org" not in str(before)
    assert (await case.call("employer_other", "GET", url)).status_code == 404
    assert (await case.call("partner", "GET", url)).status_code == 403

    released = await case.move("advisor", placement["id"], "released", next_step="Termin vereinbaren")
    assert released.json()["next_step"] == "Termin vereinbaren"
    after = (await case.call("employer", "GET", url)).json()
    assert after["candidate"]["personal"]["given_name"] == "Olena"
    assert after["candidate"]["personal"]["email"] == "olena@example.org"
    assert after["candidate_id"] == before["candidate_id"]
    listed = (await case.call("employer", "GET", PLACEMENTS, params={"stage": "released"})).json()
    assert [item["candidate"]["personal"]["given_name"] for item in listed["items"]] == ["Olena"]

    audit = (
        await case.call("admin", "GET", "/api/v1/audit", params={"resource_id": case.people["olena"]})
    ).json()["items"]
    employer_reads = [a for a in audit if a["actor_role"] == "employer" and a["action"] == "candidate.read"]
    assert [a["details"]["via"] for a in employer_reads] == ["placement", "placement"]
    assert [a["action"] for a in audit if a["action"] == "candidate.release"] == ["candidate.release"]


async def test_withdrawn_consent_closes_released_placements_and_ends_access(case: Case) -> None:
    placement = await case.propose()
    await case.walk(placement["id"], "released", "contacted")
    withdrawn = await case.call(
        "advisor",
        "PATCH",
        f"/api/v1/candidates/{case.people['olena']}",
        json={"consent": {"share_with_employers": False}},
    )
    assert withdrawn.status_code == 200
    seen = (await case.call("employer", "GET", f"{PLACEMENTS}/{placement['id']}")).json()
    assert (seen["stage"], seen["closed_reason"]) == ("closed", "consent_withdrawn")
    assert seen["candidate"]["personal"] is None
    assert [h["stage"] for h in seen["history"]] == ["proposed", "released", "contacted", "closed"]


async def test_employer_moves_forward_to_hired_with_all_effects(case: Case, session: AsyncSession) -> None:
    placement = await case.propose()
    other_vacancy = await case.call(
        "admin", "POST", "/api/v1/vacancies", json=vacancy_body(case.employer, external_id="HR-2")
    )
    elsewhere = await case.propose(vacancy=other_vacancy.json()["id"])
    competitor = await case.propose("ivan")
    await case.walk(placement["id"], "released")
    for stage in ("contacted", "interview", "offer"):
        assert (await case.move("employer", placement["id"], stage)).status_code == 200
    bad_reason = await case.move("employer", placement["id"], "closed", reason="not_suitable")
    assert bad_reason.status_code == 403
    hired = await case.move("employer", placement["id"], "hired", note="Start 1.3.")
    assert hired.status_code == 200, hired.text
    assert hired.json()["stage"] == "hired"

    vacancy = (await case.call("admin", "GET", f"/api/v1/vacancies/{case.vacancy}")).json()
    assert (vacancy["status"], vacancy["positions_filled"]) == ("filled", 1)
    person = (await case.call("admin", "GET", f"/api/v1/candidates/{case.people['olena']}")).json()
    assert person["status"] == "placed"
    closed = (await case.call("advisor", "GET", f"{PLACEMENTS}/{elsewhere['id']}")).json()
    assert (closed["closed_reason"], closed["history"][-1]["note"]) == (
        "candidate_declined",
        "placed elsewhere",
    )
    rival = (await case.call("advisor", "GET", f"{PLACEMENTS}/{competitor['id']}")).json()
    assert rival["closed_reason"] == "vacancy_filled"
    matches = (await case.call("advisor", "GET", f"/api/v1/vacancies/{case.vacancy}/matches")).json()
    assert matches["items"] == []  # a filled vacancy leaves the match index
    assert (await case.move("advisor", placement["id"], "closed", reason="other")).status_code == 409


async def test_hire_on_a_filled_vacancy_is_refused_and_keeps_others_when_asked(case: Case) -> None:
    first, second = await case.propose(), await case.propose("ivan")
    extra = await case.call(
        "admin", "POST", "/api/v1/vacancies", json=vacancy_body(case.employer, external_id="HR-2")
    )
    kept = await case.propose(vacancy=extra.json()["id"])
    await case.walk(first["id"], "released", "contacted", "interview", "trial_work", "offer")
    hired = await case.move("advisor", first["id"], "hired", keep_other_placements=True)
    assert hired.status_code == 200
    still_open = (await case.call("advisor", "GET", f"{PLACEMENTS}/{kept['id']}")).json()
    assert still_open["stage"] == "proposed"
    reopened = await case.move("advisor", second["id"], "proposed")
    assert reopened.status_code == 409  # closed because the vacancy is filled; it takes no proposals now
    assert "filled" in reopened.json()["detail"]


async def test_if_match_guards_against_a_concurrent_move(case: Case) -> None:
    placement = await case.propose()
    url = f"{PLACEMENTS}/{placement['id']}/transitions"
    first = await case.call("advisor", "POST", url, json={"to": "released"}, headers={"If-Match": '"1"'})
    assert (first.status_code, first.headers["ETag"]) == (200, '"2"')
    stale = await case.call(
        "advisor", "POST", url, json={"to": "closed", "reason": "other"}, headers={"If-Match": '"1"'}
    )
    assert stale.status_code == 412
    assert (await case.call("advisor", "GET", f"{PLACEMENTS}/{placement['id']}")).json()[
        "stage"
    ] == "released"


async def test_employer_interest_uses_the_pseudonymous_id_only(case: Case, session: AsyncSession) -> None:
    matches = (await case.call("employer", "GET", f"/api/v1/vacancies/{case.vacancy}/matches")).json()
    seen = {item["candidate"]["pseudonym"]: item["candidate_id"] for item in matches["items"]}
    assert case.people["olena"] not in seen.values()
    public_id = next(iter(seen.values()))
    url = f"/api/v1/vacancies/{case.vacancy}/matches/{public_id}/interest"
    created = await case.call("employer", "POST", url, json={"note": "Bitte Kontakt"})
    assert created.status_code == 201, created.text
    body = created.json()
    assert (body["stage"], body["candidate_id"], body["candidate"]["personal"]) == (
        "requested",
        public_id,
        None,
    )
    assert body["score_at_proposal"] == matches["items"][0]["score"]
    assert (await case.call("employer", "POST", url)).status_code == 409
    assert (await case.call("employer_other", "POST", url)).status_code == 404
    # neither the real id nor the id another employer would see for the same person resolves here
    secret = await pseudonym_secret(session)
    for foreign_id in (
        case.people["ivan"],
        str(employer_candidate_id(UUID(case.other_employer), UUID(case.people["ivan"]), secret)),
    ):
        url = f"/api/v1/vacancies/{case.vacancy}/matches/{foreign_id}/interest"
        assert (await case.call("employer", "POST", url)).status_code == 404
    staff = await case.call("advisor", "GET", f"{PLACEMENTS}/{body['id']}")
    assert staff.json()["candidate_id"] in (case.people["olena"], case.people["ivan"])
    assert (await case.move("advisor", body["id"], "proposed")).json()["stage"] == "proposed"


async def test_list_filters_and_cursor(case: Case) -> None:
    first = await case.propose()
    await case.propose("ivan")
    await case.move("advisor", first["id"], "released", next_step="Anrufen", next_step_due="2026-12-08")
    page = (await case.call("advisor", "GET", PLACEMENTS, params={"limit": 1})).json()
    assert len(page["items"]) == 1
    assert page["next_cursor"]
    rest = await case.call("advisor", "GET", PLACEMENTS, params={"limit": 1, "cursor": page["next_cursor"]})
    assert rest.json()["items"][0]["id"] != page["items"][0]["id"]
    due = await case.call("advisor", "GET", PLACEMENTS, params={"open": "true", "due_before": "2026-12-13"})
    assert [item["id"] for item in due.json()["items"]] == [first["id"]]
    by_person = await case.call("advisor", "GET", PLACEMENTS, params={"candidate_id": case.people["ivan"]})
    assert len(by_person.json()["items"]) == 1
    released = await case.call("employer", "GET", PLACEMENTS, params={"stage": ["released", "contacted"]})
    assert [item["id"] for item in released.json()["items"]] == [first["id"]]
    other = await case.call("employer_other", "GET", PLACEMENTS)
    assert other.json()["items"] == []
    foreign = await case.call("employer", "GET", PLACEMENTS, params={"employer_id": case.other_employer})
    assert foreign.json()["items"] == []


async def test_closing_and_reopening_keep_the_whole_history(case: Case) -> None:
    placement = await case.propose()
    closed = await case.move("advisor", placement["id"], "closed", reason="candidate_unreachable", note="3x")
    assert closed.json()["closed_reason"] == "candidate_unreachable"
    reopened = await case.move("advisor", placement["id"], "proposed", note="wieder erreichbar")
    assert reopened.status_code == 200, reopened.text
    body = reopened.json()
    assert (body["stage"], body["closed_reason"], body["version"]) == ("proposed", None, 3)
    assert [(h["from_stage"], h["stage"], h["reason"], h["note"]) for h in body["history"]] == [
        (None, "proposed", None, "passt"),
        ("proposed", "closed", "candidate_unreachable", "3x"),
        ("closed", "proposed", None, "wieder erreichbar"),
    ]
    assert body["score_at_proposal"] == placement["score_at_proposal"]  # frozen at the first proposal
    assert (
        await case.move("employer", placement["id"], "closed", reason="employer_declined")
    ).status_code == 200
    assert (await case.move("employer", placement["id"], "proposed")).status_code == 403


async def test_retention_erasure_keeps_the_case_without_the_person(case: Case, session: AsyncSession) -> None:
    placement = await case.propose()
    await case.walk(placement["id"], "released", "contacted", "interview", "offer")
    assert (await case.move("advisor", placement["id"], "hired", note="Olena startet")).status_code == 200
    await session.execute(
        text("UPDATE candidates SET updated_at = now() - interval '800 days' WHERE id = :id"),
        {"id": case.people["olena"]},
    )
    report = await retention.run(session, inactive_days=730)
    assert report.erased["placed"] == 1
    kept = (await case.call("advisor", "GET", f"{PLACEMENTS}/{placement['id']}")).json()
    assert (kept["stage"], kept["candidate_id"]) == ("hired", None)
    assert {h["note"] for h in kept["history"]} == {None}
    assert all("reason" not in part for part in kept["components_at_proposal"].values())
    assert kept["score_at_proposal"] == placement["score_at_proposal"]  # outcomes stay for calibration


async def test_closing_the_vacancy_closes_its_open_placements(case: Case) -> None:
    placement = await case.propose()
    await case.walk(placement["id"], "released")
    patched = await case.call(
        "employer", "PATCH", f"/api/v1/vacancies/{case.vacancy}", json={"status": "closed"}
    )
    assert patched.status_code == 200
    closed = (await case.call("employer", "GET", f"{PLACEMENTS}/{placement['id']}")).json()
    assert (closed["stage"], closed["closed_reason"]) == ("closed", "vacancy_closed")
    assert closed["history"][-1]["by_role"] == "employer"
    assert (await case.move("advisor", placement["id"], "proposed")).status_code == 409  # not open


async def test_every_stage_change_emits_a_webhook_event_without_personal_data(
    case: Case, session: AsyncSession
) -> None:
    placement = await case.propose()
    await case.walk(placement["id"], "released", "contacted", "interview", "offer", "hired")
    other = await case.propose("ivan", vacancy=(await _second_vacancy(case)))
    await case.walk(other["id"], "released")
    await case.call(
        "advisor",
        "PATCH",
        f"/api/v1/candidates/{case.people['ivan']}",
        json={"consent": {"share_with_employers": False}},
    )
    rows = (await session.execute(text("SELECT type, employer_id, body FROM webhook_events"))).all()
    bodies = [json.loads(row.body) for row in rows]
    mine = [
        (b["type"], b["data"].get("stage"))
        for b in bodies
        if b["data"].get("placement_id") == placement["id"]
    ]
    assert sorted(mine) == sorted(
        [("placement.stage_changed", "proposed"), ("placement.released", "released")]
        + [("placement.stage_changed", s) for s in ("contacted", "interview", "offer", "hired")]
    )
    types = [b["type"] for b in bodies]
    assert types.count("vacancy.filled") == 1
    withdrawn = [
        b for b in bodies if b["type"] == "candidate.consent_withdrawn" and b["data"].get("placement_id")
    ]
    assert [b["data"]["placement_id"] for b in withdrawn] == [other["id"]]
    assert ("placement.closed", "consent_withdrawn") in [
        (b["type"], b["data"].get("closed_reason"))
        for b in bodies
        if b["data"].get("placement_id") == other["id"]
    ]
    text_of_all = " ".join(row.body for row in rows if row.type.startswith("placement."))
    for secret in (case.people["olena"], case.people["ivan"], "Olena", "Kovalenko", "olena@example.org"):
        assert secret not in text_of_all
    assert {str(row.employer_id) for row in rows if row.type.startswith("placement.")} == {case.employer}


async def _second_vacancy(case: Case) -> str:
    body = vacancy_body(case.employer, external_id="HR-9")
    return str((await case.call("admin", "POST", "/api/v1/vacancies", json=body)).json()["id"])
