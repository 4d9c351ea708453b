"""GET /api/v1/statistics/…/chart.svg: the same data as an accessible SVG, no script, no outside host."""

import re

import httpx

from matchwerk.statistics.chart import _format, chart_rows
from matchwerk.statistics.models import Cell, StatisticsResponse


async def test_candidates_chart_is_accessible_svg(partner: httpx.AsyncClient) -> None:
    params = {"group_by": "region", "region_level": "county", "lang": "de"}
    response = await partner.get("/api/v1/statistics/candidates/chart.svg", params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("image/svg+xml")
    svg = response.text
    assert svg.startswith("<svg")
    assert '<title id="chart-title">Bewerberinnen und Bewerber</title>' in svg
    desc = re.search(r'<desc id="chart-desc">([^<]*)</desc>', svg)
    assert desc is not None
    assert "insgesamt 41" in desc.group(1)
    assert "2 Werte gesperrt" in desc.group(1)
    assert 'role="img"' in svg
    assert ">Anzahl<" in svg  # axis title
    assert ">Mettmann<" in svg  # a county, by name
    assert ">21<" in svg  # Kreis Mettmann's count, as a bar label
    assert ">gesperrt<" in svg  # Essen and Mönchengladbach
    assert "<script" not in svg.lower()
    assert not re.search(r'(?:href|src)="(?:https?:)?//', svg)  # nothing loaded from another host


async def test_supply_demand_chart(partner: httpx.AsyncClient) -> None:
    response = await partner.get("/api/v1/statistics/supply-demand/chart.svg")
    assert response.status_code == 200
    assert "<title" in response.text


def test_german_number_format_and_suppressed_bars() -> None:
    assert _format(1234567, "de") == "1.234.567"
    assert _format(1234.5, "de") == "1.234,50"
    assert _format(1234567, "en") == "1,234,567"
    response = StatisticsResponse(
        group_by=["region"],
        region_level="district",
        occupation_level=2,
        cells=[
            Cell(key={"region": "051"}, labels={"region": "Regierungsbezirk Düsseldorf"}, count=1500),
            Cell(key={"region": "053"}, count=None, suppressed=True),
        ],
        total=None,
        suppressed_cells=1,
        measure="persons",
    )
    rows = chart_rows(response, "de")
    assert rows[0] == {
        "category": "Regierungsbezirk Düsseldorf",
        "measure": "Personen",
        "value": 1500,
        "text": "1.500",
    }
    assert rows[1]["value"] == 0
    assert rows[1]["text"] == "gesperrt"
