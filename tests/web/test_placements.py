"""Placement and assignment pages: propose, release, board, my cases due, the global assignment."""

import re
from datetime import date

import httpx
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from tests.web.conftest import add_candidate, add_vacancy


async def test_propose_release_and_my_cases_due(
    client: httpx.AsyncClient, session: AsyncSession, advisor_csrf: str
) -> None:
    person = await add_candidate(session, "PL-1", "ZUE Ratingen")
    vacancy = await add_vacancy(session, "WEB-PL-1")
    proposed = await client.post(
        "/placements", data={"csrf_token": advisor_csrf, "candidate_id": person, "vacancy_id": vacancy}
    )
    assert proposed.status_code == 303
    case_url = proposed.headers["location"]
    page = await client.get(f"/vacancies/{vacancy}")
    assert "Freigeben" in page.text
    placement_id = case_url.rsplit("/", 1)[-1]
    released = await client.post(
        f"{case_url}/transitions",
        data={"csrf_token": advisor_csrf, "to": "released", "back": f"/vacancies/{vacancy}"},
    )
    assert released.status_code == 303
    assert released.headers["location"] == f"/vacancies/{vacancy}"
    stage = await session.execute(
        sa.text("SELECT stage FROM placements WHERE id = :id"), {"id": placement_id}
    )
    assert stage.scalar_one() == "released"
    moved = await client.post(
        f"{case_url}/transitions",
        data={
            "csrf_token": advisor_csrf,
            "to": "contacted",
            "next_step": "Probearbeit vereinbaren",
            "next_step_due": date.today().isoformat(),
        },
    )
    assert moved.status_code == 303
    board = await client.get("/placements")
    due = board.text.split('id="h-due"', 1)[1].split("</section>", 1)[0]
    assert "Probearbeit vereinbaren" in due
    wrong = await client.post(f"{case_url}/transitions", data={"csrf_token": advisor_csrf, "to": "proposed"})
    assert wrong.status_code == 409  # not an allowed move: the case page says so
    assert 'role="alert"' in wrong.text
    profile = await client.get(f"/candidates/{person}")
    assert f'href="/placements/{placement_id}"' in profile.text


async def test_assignment_page_proposes_the_accepted_pairs(
    client: httpx.AsyncClient, session: AsyncSession, advisor_csrf: str
) -> None:
    person = await add_candidate(session, "AS-1", "ZUE Ratingen")
    vacancy = await add_vacancy(session, "WEB-PL-1")
    page = await client.get("/assignments", params={"run": "true", "min_score": "0"})
    assert page.status_code == 200
    pairs = re.findall(r'name="pairs" value="([^"]+)"', page.text)
    assert f"{person}:{vacancy}" in pairs
    accepted = await client.post(
        "/assignments/accept", data={"csrf_token": advisor_csrf, "pairs": [f"{person}:{vacancy}"]}
    )
    assert "1 Vorschläge angelegt, 0 übersprungen" in accepted.text
    again = await client.post(
        "/assignments/accept", data={"csrf_token": advisor_csrf, "pairs": [f"{person}:{vacancy}"]}
    )
    assert "0 Vorschläge angelegt, 1 übersprungen" in again.text
