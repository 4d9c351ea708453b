"""GET /api/v1/statistics/candidates: every dimension, filters, CSV, suppression of small numbers."""

from typing import Any

import httpx
import pytest

URL = "/api/v1/statistics/candidates"


def cells_by(body: dict[str, Any], dim: str) -> dict[str, dict[str, Any]]:
    return {cell["key"][dim]: cell for cell in body["cells"]}


async def test_by_regierungsbezirk_and_occupation_area(partner: httpx.AsyncClient, population: int) -> None:
    response = await partner.get(URL, params={"group_by": "region,occupation_area"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["total"] == population == 41
    found = {(c["key"]["region"], c["key"]["occupation_area"]): c for c in body["cells"]}
    assert found[("051", "81")]["count"] == 9 + 3 + 2 + 6 + 1  # Ratingen, Mönchengladbach, Essen nurses
    assert found[("051", "81")]["labels"]["region"] == "Regierungsbezirk Düsseldorf"
    assert found[("051", "26")]["count"] == 7
    assert found[("053", "81")]["count"] == 5
    assert found[("053", "26")]["count"] == 8
    assert body["suppressed_cells"] == 0


async def test_by_county(partner: httpx.AsyncClient) -> None:
    body = (await partner.get(URL, params={"group_by": "region", "region_level": "county"})).json()
    counties = cells_by(body, "region")
    assert counties["05158"]["count"] == 21  # Kreis Mettmann (Ratingen)
    assert counties["05158"]["labels"]["region"] == "Mettmann"
    assert counties["05314"]["count"] == 13  # Bonn
    # Essen: one person. Suppressed, and so is the smallest other cell, Mönchengladbach's 6 (else the
    # total would give the one away).
    assert counties["05113"] == counties["05113"] | {"count": None, "suppressed": True}
    assert counties["05116"] == counties["05116"] | {"count": None, "suppressed": True}
    assert body["suppressed_cells"] == 2
    assert body["total"] == 41


EXPECTED_BY_DIMENSION: list[tuple[str, dict[str, int | None] | None]] = [
    # B2 (3) and C1 (1) are small; together they would still be known to be 4, so "none" (8) joins them
    ("german_level", {"A2": 9, "B1": 20, "B2": None, "C1": None, "none": None}),
    (
        "recognition_status",
        {"full": 19, "applied": None, "not_required": 7, "partial": None, "not_started": 8},
    ),
    ("residence_status", {"temporary_protection": 41}),
    ("month", None),
    ("occupation_area", {"81": 26, "26": 15}),
]


async def test_every_dimension(partner: httpx.AsyncClient) -> None:
    for dim, expected in EXPECTED_BY_DIMENSION:
        body = (await partner.get(URL, params={"group_by": dim})).json()
        found = {key: cell["count"] for key, cell in cells_by(body, dim).items()}
        if expected is None:  # month: everyone was registered now
            assert len(found) == 1
            assert next(iter(found.values())) == 41
            continue
        for key, count in expected.items():
            assert found[key] == count, (dim, key, found)
        published = [c["count"] for c in body["cells"] if not c["suppressed"]]
        assert all(count >= 5 for count in published)


async def test_reception_centre_names_below_five_people_never_become_keys(partner: httpx.AsyncClient) -> None:
    body = (await partner.get(URL, params={"group_by": "reception_centre"})).json()
    centres = cells_by(body, "reception_centre")
    assert "ZUE Essen" not in centres  # a name typed for one person is folded into "other"
    assert centres["other"]["suppressed"] is True
    assert centres["ZUE Ratingen"]["count"] == 21


async def test_done_when_nurses_with_b1_in_the_zue_of_regierungsbezirk_duesseldorf(
    partner: httpx.AsyncClient,
) -> None:
    params = {
        "group_by": "reception_centre",
        "region": "Düsseldorf",
        "occupation_level": "3",
        "occupation_area": "813",
        "german_min": "B1",
    }
    body = (await partner.get(URL, params=params)).json()
    centres = cells_by(body, "reception_centre")
    assert centres["ZUE Ratingen"]["count"] == 12  # 9 with B1 and 3 with B2; the A2 nurses are left out
    assert centres["ZUE Mönchengladbach"] == centres["ZUE Mönchengladbach"] | {"suppressed": True}
    assert centres["other"] == centres["other"] | {"count": None, "suppressed": True}  # Essen's one nurse
    assert body["total"] == 19
    csv = await partner.get(URL, params=params | {"lang": "de"}, headers={"Accept": "text/csv"})
    assert csv.status_code == 200
    assert csv.headers["content-type"].startswith("text/csv")
    lines = csv.text.splitlines()
    assert lines[0] == "Aufnahmeeinrichtung;Anzahl;gesperrt"
    assert "ZUE Ratingen;12;nein" in lines
    assert "ZUE Mönchengladbach;;ja" in lines
    assert lines[-1] == "Insgesamt;19;nein"


async def test_csv_in_english(partner: httpx.AsyncClient) -> None:
    csv = await partner.get(
        URL, params={"group_by": "region,occupation_area"}, headers={"Accept": "text/csv"}
    )
    lines = csv.text.splitlines()
    assert lines[0] == "region,occupation_area,region_name,occupation_area_name,count,suppressed"
    assert "051,81,Regierungsbezirk Düsseldorf,Medizinische Gesundheitsberufe,21,false" in lines


async def test_filters_by_date_and_status(partner: httpx.AsyncClient) -> None:
    none = (await partner.get(URL, params={"group_by": "region", "to": "2020-01-01"})).json()
    assert none["cells"] == []
    assert none["total"] == 0
    placed = (await partner.get(URL, params={"group_by": "region", "status": "placed"})).json()
    assert placed["total"] == 0


async def test_statistics_hold_no_personal_data(partner: httpx.AsyncClient) -> None:
    text = (await partner.get(URL, params={"group_by": ",".join(DIMENSIONS)})).text
    for personal in ("Olena", "Kovalenko", "STAT-0001", "example.org", "+49"):
        assert personal not in text


DIMENSIONS = (
    "region",
    "occupation_area",
    "german_level",
    "recognition_status",
    "residence_status",
    "reception_centre",
    "month",
)


@pytest.mark.parametrize(
    ("params", "loc"),
    [
        ({"group_by": "region,name"}, "group_by"),
        ({"group_by": "region,region"}, "group_by"),
        ({"region": "Atlantis"}, "region"),
        ({"region_level": "planet"}, "region_level"),
        ({"occupation_level": "4"}, "occupation_level"),
        ({"german_min": "B3"}, "german_min"),
        ({"from": "2026-05-01", "to": "2026-01-01"}, "to"),
    ],
)
async def test_bad_parameters_answer_422(
    partner_key: httpx.AsyncClient, params: dict[str, str], loc: str
) -> None:
    response = await partner_key.get(URL, params=params)
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    assert any(error["loc"][-1] == loc for error in response.json()["errors"])
