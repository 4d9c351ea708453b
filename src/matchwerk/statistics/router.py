"""HTTP routes of the anonymous statistics (partners, advisors, admins): JSON, CSV and SVG charts."""

from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from matchwerk.auth.dependencies import require
from matchwerk.auth.models import Principal, Role
from matchwerk.common import CefrLevel
from matchwerk.db import SessionDep
from matchwerk.errors import ValidationFailed, problems
from matchwerk.geo.regions import RegionLevel
from matchwerk.statistics import chart, render, service
from matchwerk.statistics.models import (
    CandidateDimension,
    PlacementDimension,
    StatisticsQuery,
    StatisticsResponse,
    SupplyDemandDimension,
)
from matchwerk.statistics.placements import placement_statistics
from matchwerk.statistics.supply_demand import supply_demand

router = APIRouter(prefix="/api/v1/statistics", tags=["statistics"])

Caller = Annotated[Principal, Depends(require(Role.PARTNER, Role.ADVISOR, Role.ADMIN))]
CSV = "text/csv"
SVG = "image/svg+xml"
DOC = " Small numbers are never published: see docs/statistics.md. No ids, names or free text."


def _query_dependency(dimensions: type[StrEnum], default: str) -> Callable[..., StatisticsQuery]:
    allowed = ", ".join(d.value for d in dimensions)

    def parse(
        group_by: Annotated[
            str, Query(max_length=200, description=f"Comma-separated, of: {allowed}")
        ] = default,
        region_level: Annotated[
            RegionLevel, Query(description="district: Regierungsbezirk (state where none); county: Kreis")
        ] = RegionLevel.DISTRICT,
        occupation_level: Annotated[int, Query(ge=2, le=3, description="KldB digits of occupation_area")] = 2,
        date_from: Annotated[date | None, Query(alias="from", description="Intake/event date from")] = None,
        date_to: Annotated[
            date | None, Query(alias="to", description="Intake/event date to (inclusive)")
        ] = None,
        region: Annotated[
            str | None, Query(max_length=100, description="Only this region (key or name, at region_level)")
        ] = None,
        occupation_area: Annotated[
            str | None, Query(pattern=r"^[0-9]{1,5}$", description="Only this KldB group (prefix)")
        ] = None,
        german_min: Annotated[
            CefrLevel | None, Query(description="Only people with at least this German")
        ] = None,
        reception_centre: Annotated[str | None, Query(max_length=200)] = None,
        status: Annotated[
            Literal["active", "placed", "inactive"] | None,
            Query(description="Only candidates in this status"),
        ] = None,
        lang: Annotated[Literal["de", "en"], Query(description="Column names and chart texts")] = "en",
    ) -> StatisticsQuery:
        dims = tuple(part.strip() for part in group_by.split(",") if part.strip())
        wrong = [d for d in dims if d not in {m.value for m in dimensions}]
        if wrong or len(set(dims)) != len(dims):
            raise ValidationFailed(
                f"group_by takes distinct dimensions of: {allowed}; got {group_by!r}.",
                errors=[{"loc": ["query", "group_by"], "msg": f"unknown: {wrong}", "type": "value_error"}],
            )
        if date_from and date_to and date_to < date_from:
            raise ValidationFailed(
                "'to' lies before 'from'.",
                errors=[{"loc": ["query", "to"], "msg": "before from", "type": "value_error"}],
            )
        return StatisticsQuery(
            group_by=dims,
            region_level=region_level,
            occupation_level=occupation_level,
            date_from=date_from,
            date_to=date_to,
            region=region,
            occupation_area=occupation_area,
            german_min=german_min.value if german_min else None,
            reception_centre=reception_centre,
            status=status,
            lang=lang,
        )

    return parse


CandidateQuery = Annotated[
    StatisticsQuery, Depends(_query_dependency(CandidateDimension, "region,occupation_area"))
]
PlacementQuery = Annotated[StatisticsQuery, Depends(_query_dependency(PlacementDimension, "month,region"))]
SupplyDemandQuery = Annotated[
    StatisticsQuery, Depends(_query_dependency(SupplyDemandDimension, "region,occupation_area"))
]
TABLE_RESPONSES = {
    200: {
        "content": {CSV: {"schema": {"type": "string"}}},
        "description": "JSON, or CSV with Accept: text/csv",
    },
    **problems(401, 403, 422),
}
CHART_RESPONSES = {
    200: {"content": {SVG: {"schema": {"type": "string"}}}, "description": "An accessible SVG bar chart"},
    **problems(401, 403, 422),
}


def table_or_csv(request: Request, result: StatisticsResponse, query: StatisticsQuery, name: str) -> Response:
    """JSON unless the client asks for CSV."""
    if CSV in request.headers.get("accept", ""):
        return Response(
            render.to_csv(result, query.lang),
            media_type=f"{CSV}; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
        )
    return Response(result.model_dump_json(), media_type="application/json")


def svg(result: StatisticsResponse, query: StatisticsQuery, kind: str) -> Response:
    """The chart as an SVG response."""
    return Response(chart.to_svg(result, kind, query.lang), media_type=SVG)


@router.get(
    "/candidates",
    summary="Candidates per region, occupation area, German level, recognition, residence, centre, month",
    description="Persons by intake date (`from`/`to`); `Accept: text/csv` gives CSV." + DOC,
    response_model=StatisticsResponse,
    responses=TABLE_RESPONSES,
)
async def candidate_statistics(
    request: Request, session: SessionDep, principal: Caller, query: CandidateQuery
) -> Response:
    result = await service.candidate_statistics(session, request.app.state, query)
    return table_or_csv(request, result, query, "candidates")


@router.get(
    "/candidates/chart.svg",
    summary="Candidates statistics as an accessible SVG chart",
    response_class=Response,
    responses=CHART_RESPONSES,
)
async def candidate_chart(
    request: Request, session: SessionDep, principal: Caller, query: CandidateQuery
) -> Response:
    return svg(await service.candidate_statistics(session, request.app.state, query), query, "candidates")


async def _supply_demand(request: Request, session: SessionDep, query: StatisticsQuery) -> StatisticsResponse:
    return await supply_demand(session, request.app.state, query)


@router.get(
    "/supply-demand",
    summary="Open positions against candidates with a match of score >= 0.7, per region and occupation area",
    description="`count`: active candidates consenting to matching, living in the region, with a match of "
    "score >= 0.7 to an open vacancy of the area; `open_positions` located in the region; "
    "`reachable_positions` those people reach." + DOC,
    response_model=StatisticsResponse,
    responses=TABLE_RESPONSES,
)
async def supply_demand_statistics(
    request: Request, session: SessionDep, principal: Caller, query: SupplyDemandQuery
) -> Response:
    return table_or_csv(request, await _supply_demand(request, session, query), query, "supply-demand")


@router.get(
    "/supply-demand/chart.svg",
    summary="Supply and demand as an accessible SVG chart",
    response_class=Response,
    responses=CHART_RESPONSES,
)
async def supply_demand_chart(
    request: Request, session: SessionDep, principal: Caller, query: SupplyDemandQuery
) -> Response:
    return svg(await _supply_demand(request, session, query), query, "supply-demand")


@router.get(
    "/placements",
    summary="Placements per month, region, occupation area, stage: proposed, released, interviews, hired",
    description="Steps by their date (`from`/`to`); region and occupation area of the vacancy. `values`: "
    "`proposed`, `released`, `interviews`, `hired`, `below_qualification` (hires flagged so), "
    "`median_days_to_hire` (intake to hire) and `share_below_qualification`." + DOC,
    response_model=StatisticsResponse,
    responses=TABLE_RESPONSES,
)
async def placement_statistics_route(
    request: Request, session: SessionDep, principal: Caller, query: PlacementQuery
) -> Response:
    return table_or_csv(request, await placement_statistics(session, query), query, "placements")


@router.get(
    "/placements/chart.svg",
    summary="Placements statistics as an accessible SVG chart",
    response_class=Response,
    responses=CHART_RESPONSES,
)
async def placement_chart(session: SessionDep, principal: Caller, query: PlacementQuery) -> Response:
    return svg(await placement_statistics(session, query), query, "placements")
