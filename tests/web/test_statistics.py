"""The statistics page: anonymous counts with small numbers suppressed, and its chart."""

import re
from types import SimpleNamespace

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.statistics import service as statistics_service
from matchwerk.statistics.models import StatisticsQuery
from tests.web.conftest import add_candidate


async def test_statistics_page_suppresses_small_groups(
    client: httpx.AsyncClient, session: AsyncSession, advisor_csrf: str
) -> None:
    for n in range(7):
        await add_candidate(session, f"STAT-A2-{n}", "ZUE Ratingen")  # German A2 (factory)
    for n in range(6):
        await add_candidate(
            session, f"STAT-B1-{n}", "ZUE Ratingen", languages=[{"code": "de", "level": "B1"}]
        )
    for n in range(2):
        await add_candidate(
            session, f"STAT-B2-{n}", "ZUE Ratingen", languages=[{"code": "de", "level": "B2"}]
        )
    page = await client.get("/statistics", params={"group_by": "german_level"})
    assert page.status_code == 200
    assert "<h1>Statistik</h1>" in page.text
    rows = dict(
        re.findall(
            r'<tr><th scope="row">([^<]+?)(?: <span[^>]*>[^<]*</span>)?</th>\s*<td>(.*?)</td>', page.text
        )
    )
    assert "gesperrt" in rows["B2"]  # two people: never published
    expected = await statistics_service.candidate_statistics(
        session, SimpleNamespace(), StatisticsQuery(group_by=("german_level",), lang="de")
    )
    shown = {cell.key["german_level"]: str(cell.count) for cell in expected.cells if not cell.suppressed}
    assert shown  # the seven A2 (or the B1) people are published
    assert {level: rows[level] for level in shown} == shown
    assert 'src="/statistics/chart.svg?view=candidates&amp;group_by=german_level' in page.text
    chart = await client.get("/statistics/chart.svg", params={"group_by": "german_level"})
    assert chart.status_code == 200
    assert chart.headers["content-type"].startswith("image/svg+xml")
    assert '<title id="chart-title">' in chart.text


async def test_intake_staff_have_no_statistics(
    client: httpx.AsyncClient, session: AsyncSession, intake_csrf: str
) -> None:
    assert (await client.get("/statistics")).status_code == 403
