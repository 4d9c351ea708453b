"""The demo data set ranks with credible scores (issue 9): nobody without an occupational relation appears."""

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk import demo


async def test_demo_matches_pass_the_gate_and_stay_in_their_field(
    admin: httpx.AsyncClient, session: AsyncSession
) -> None:
    assert await demo.load_if_empty(session)
    vacancies = (await admin.get("/api/v1/vacancies", params={"limit": 100})).json()["items"]
    assert vacancies
    seen = 0
    for vacancy in vacancies:
        response = await admin.get(f"/api/v1/vacancies/{vacancy['id']}/matches", params={"limit": 50})
        assert response.status_code == 200, response.text
        for item in response.json()["items"]:
            seen += 1
            occupation = item["components"]["occupation"]["score"]
            assert occupation >= 0.35
            assert item["score"] <= occupation + 1e-9  # the occupational fit caps the score
            codes = [o["kldb_code"] for o in item["candidate"]["occupations"] if o["kldb_code"]]
            if vacancy["kldb_code"] and vacancy["kldb_code"].startswith("26"):
                # the electronics job: no nurse, baker or welder among its candidates
                assert all(not code.startswith(("81", "82", "29", "24")) for code in codes), codes
    assert seen > 0
