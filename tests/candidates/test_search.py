"""Looking people up by reference or name: exact reference, case- and accent-insensitive name prefix."""

import json

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.auth.models import Role
from matchwerk.candidates.names import fold, search_columns
from tests.conftest import make_token
from tests.factories import candidate_body

PEOPLE = {
    "ZUE-RAT-000777": ("Zoë", "Kováłenko", "ZUE Ratingen"),
    "ZUE-RAT-000778": ("Olena", "Koval", "ZUE Ratingen"),
    "ZUE-BON-000001": ("Ahmad", "Kovač", "ZUE Bonn"),
    "ZUE-RAT-000779": ("Şükrü", "Öztürk", "ZUE Ratingen"),
}


def test_fold_drops_case_accents_and_extra_spaces() -> None:
    assert fold("  Şükrü   ÖZTÜRK ") == "sukru ozturk"
    assert fold("Kováłenko") == "kovalenko"
    assert fold("Straße") == "strasse"
    assert fold("Олена") == "олена"
    assert fold(None) == ""
    assert search_columns({"given_name": "Zoë", "family_name": None}) == {
        "search_name": "zoe",
        "search_name_reversed": "zoe",
    }


async def _search(client: httpx.AsyncClient, token: str, q: str) -> list[str]:
    response = await client.get(
        "/api/v1/candidates", params={"q": q}, headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 200, response.text
    return sorted(item["reference"] for item in response.json()["items"])


async def test_search_by_reference_and_name_prefix(admin: httpx.AsyncClient, session: AsyncSession) -> None:
    for reference, (given, family, centre) in PEOPLE.items():
        body = candidate_body(
            reference, reception_centre=centre, personal={"given_name": given, "family_name": family}
        )
        assert (await admin.post("/api/v1/candidates", json=body)).status_code == 201
    advisor = await make_token(session, Role.ADVISOR)
    intake = await make_token(session, Role.INTAKE, reception_centre="ZUE Ratingen")
    assert await _search(admin, advisor, "ZUE-RAT-000778") == ["ZUE-RAT-000778"]
    assert await _search(admin, advisor, "ZUE-RAT-0007") == []  # references match exactly, not by prefix
    assert await _search(admin, advisor, "kov") == ["ZUE-BON-000001", "ZUE-RAT-000777", "ZUE-RAT-000778"]
    assert await _search(admin, advisor, "KOVALENKO") == ["ZUE-RAT-000777"]
    assert await _search(admin, advisor, "zoe kov") == ["ZUE-RAT-000777"]
    assert await _search(admin, advisor, "Kovalenko Zo") == ["ZUE-RAT-000777"]
    assert await _search(admin, advisor, "sukru") == ["ZUE-RAT-000779"]
    assert await _search(admin, advisor, "len") == []  # a prefix, not a substring
    assert await _search(admin, advisor, "k%") == []  # wildcards are plain characters
    assert await _search(admin, intake, "kov") == ["ZUE-RAT-000777", "ZUE-RAT-000778"]  # own centre only

    renamed = await admin.get("/api/v1/candidates", params={"q": "ZUE-RAT-000778"})
    person = renamed.json()["items"][0]["id"]
    await admin.patch(f"/api/v1/candidates/{person}", json={"personal": {"family_name": "Shevchenko"}})
    assert await _search(admin, advisor, "shev") == ["ZUE-RAT-000778"]
    assert await _search(admin, advisor, "olena kov") == []

    audit = (await admin.get("/api/v1/audit", params={"resource_id": person})).json()["items"]
    searches = [a for a in audit if a["details"].get("via") == "search"]
    assert len(searches) >= 2
    assert all("q" not in a["details"] and "olena" not in str(a["details"]).lower() for a in searches)
    too_short = await admin.get("/api/v1/candidates", params={"q": "k"})
    assert too_short.status_code == 422


async def test_imported_people_are_found_by_name(admin: httpx.AsyncClient) -> None:
    rows = [
        candidate_body(f"IMP-SEARCH-{n}", personal={"given_name": "Dariusz", "family_name": f"Wójcik{n}"})
        for n in range(2)
    ]
    body = "\n".join(json.dumps(row) for row in rows) + "\n"
    imported = await admin.post(
        "/api/v1/candidates/import", content=body, headers={"content-type": "application/x-ndjson"}
    )
    assert imported.json()["summary"]["created"] == 2
    found = await admin.get("/api/v1/candidates", params={"q": "wojcik"})
    assert sorted(item["reference"] for item in found.json()["items"]) == ["IMP-SEARCH-0", "IMP-SEARCH-1"]
