"""Statistik: the anonymous statistics (small numbers suppressed) as a table and an accessible SVG chart."""

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response

from matchwerk.db import SessionDep
from matchwerk.geo.regions import RegionLevel
from matchwerk.statistics import chart, render
from matchwerk.statistics import service as statistics_service
from matchwerk.statistics.models import (
    CandidateDimension,
    StatisticsQuery,
    StatisticsResponse,
    SupplyDemandDimension,
)
from matchwerk.statistics.supply_demand import supply_demand
from matchwerk.web.auth import Staff
from matchwerk.web.pages import PageRoute
from matchwerk.web.templating import PAGE_HEADERS
from matchwerk.web.templating import render as render_page

router = APIRouter(prefix="/statistics", route_class=PageRoute, include_in_schema=False)

VIEWS = {"candidates": CandidateDimension, "supply-demand": SupplyDemandDimension}
View = Annotated[str, Query(pattern="^(candidates|supply-demand)$")]
GroupBy = Annotated[str, Query(max_length=40)]


def _query(view: str, group_by: str, region_level: RegionLevel, lang: str) -> StatisticsQuery:
    dimensions = {d.value for d in VIEWS[view]}
    dim = group_by if group_by in dimensions else "region"
    return StatisticsQuery(group_by=(dim,), region_level=region_level, lang=lang)


async def _result(
    request: Request, session: SessionDep, view: str, query: StatisticsQuery
) -> StatisticsResponse:
    if view == "candidates":
        return await statistics_service.candidate_statistics(session, request.app.state, query)
    return await supply_demand(session, request.app.state, query)


@router.get("", summary="Statistics page")
async def statistics(
    request: Request,
    session: SessionDep,
    page: Staff,
    view: View = "candidates",
    group_by: GroupBy = "region",
    region_level: RegionLevel = RegionLevel.DISTRICT,
) -> Response:
    lang = request.state.lang
    query = _query(view, group_by, region_level, lang)
    result = await _result(request, session, view, query)
    dim = query.group_by[0]
    value_names = list(result.cells[0].values) if result.cells else []
    context: dict[str, Any] = {
        "title": "Statistik",
        "view": view,
        "dim": dim,
        "region_level": region_level.value,
        "dimensions": [(d.value, render.column(d.value, lang)) for d in VIEWS[view]],
        "result": result,
        "dim_title": render.column(dim, lang),
        "value_columns": [(name, render.column(name, lang)) for name in value_names],
        "count_title": render.column("count", lang),
        "total_title": render.column("total", lang),
        "chart_alt": chart.description(result, view, lang),
        "chart_query": f"view={view}&group_by={dim}&region_level={region_level.value}&lang={lang}",
    }
    return render_page(request, "statistics.html", context)


@router.get("/chart.svg", summary="Statistics chart (SVG)")
async def statistics_chart(
    request: Request,
    session: SessionDep,
    page: Staff,
    view: View = "candidates",
    group_by: GroupBy = "region",
    region_level: RegionLevel = RegionLevel.DISTRICT,
    lang: Annotated[str, Query(pattern="^(de|en)$")] = "de",
) -> Response:
    query = _query(view, group_by, region_level, lang)
    svg = chart.to_svg(await _result(request, session, view, query), view, lang)
    return Response(svg, media_type="image/svg+xml", headers=PAGE_HEADERS)
