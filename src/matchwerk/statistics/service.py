"""Statistics rules: what is counted, how rows become groups, and disclosure control on every count."""

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.common import CefrLevel, levels_at_least
from matchwerk.errors import ValidationFailed
from matchwerk.geo.regions import RegionLevel, default_regions, place_ags
from matchwerk.occupations import service as occupation_service
from matchwerk.statistics import repository
from matchwerk.statistics.disclosure import THRESHOLD
from matchwerk.statistics.memo import remembered
from matchwerk.statistics.models import (
    OTHER,
    UNKNOWN,
    CandidateDimension,
    StatisticsQuery,
    StatisticsResponse,
)
from matchwerk.statistics.tables import Table, make_cells, protect_measures, total_of


@lru_cache(maxsize=50_000)
def _ags(postal_code: str | None, municipality: str | None) -> str | None:
    return place_ags(postal_code, municipality)


def region_of(postal_code: str | None, municipality: str | None, level: RegionLevel) -> str:
    """The region key of a location at ``level``; ``unknown`` when the location does not resolve."""
    ags = _ags(postal_code, municipality)
    found = default_regions().key(ags, level) if ags else None
    return found or UNKNOWN


def area_of(kldb_code: str | None, occupation_level: int) -> str:
    """The occupation area (KldB 2- or 3-digit group) of a code; ``unknown`` without a code."""
    return kldb_code[:occupation_level] if kldb_code else UNKNOWN


def label(dim: str, code: str, level: RegionLevel) -> str | None:
    """A readable name of a key's code (regions and occupation areas), if known."""
    if dim == "region":
        return default_regions().names(level).get(code)
    if dim == "occupation_area":
        return occupation_service.catalogue().groups.get(code)
    return None


def region_filter(query: StatisticsQuery) -> str | None:
    """The region key the query restricts to (by key or name), or 422 naming the problem."""
    if query.region is None:
        return None
    found = default_regions().find(query.region, query.region_level)
    if found is None:
        raise ValidationFailed(
            f"Unknown region {query.region!r} at region_level={query.region_level}: give an official key "
            "(e.g. 051 for Regierungsbezirk Düsseldorf, 05158 for Kreis Mettmann) or an unambiguous name.",
            errors=[{"loc": ["query", "region"], "msg": "unknown region", "type": "value_error"}],
        )
    return found


def german_levels(query: StatisticsQuery) -> list[str] | None:
    """The CEFR levels a ``german_min`` filter admits."""
    return levels_at_least(CefrLevel(query.german_min)) if query.german_min else None


def _candidate_key(row: Any, dims: Sequence[str], query: StatisticsQuery) -> tuple[str, ...]:
    values: dict[CandidateDimension, Callable[[], str]] = {
        CandidateDimension.REGION: lambda: region_of(row.postal_code, row.municipality, query.region_level),
        CandidateDimension.OCCUPATION_AREA: lambda: area_of(row.kldb_code, query.occupation_level),
        CandidateDimension.GERMAN_LEVEL: lambda: row.german_level or "none",
        CandidateDimension.RECOGNITION_STATUS: lambda: row.recognition_status or UNKNOWN,
        CandidateDimension.RESIDENCE_STATUS: lambda: row.residence_status or UNKNOWN,
        CandidateDimension.RECEPTION_CENTRE: lambda: row.reception_centre,
        CandidateDimension.MONTH: lambda: row.month,
    }
    return tuple(values[CandidateDimension(dim)]() for dim in dims)


async def candidate_statistics(
    session: AsyncSession, holder: Any, query: StatisticsQuery
) -> StatisticsResponse:
    """Persons per group (intake date in ``from``/``to``), with small numbers suppressed; reused while no
    candidate changed (``memo``)."""
    return await remembered(session, holder, ("candidates", repr(query)), lambda: _candidates(session, query))


async def _candidates(session: AsyncSession, query: StatisticsQuery) -> StatisticsResponse:
    wanted_region = region_filter(query)
    with_place = wanted_region is not None or CandidateDimension.REGION in query.group_by
    needs = [
        *(["place"] if with_place else []),
        *(d for d in query.group_by if d != CandidateDimension.REGION),
    ]
    rows = await repository.candidate_counts(
        session,
        needs=needs,
        occupation_level=query.occupation_level,
        date_from=query.date_from,
        date_to=query.date_to,
        status=query.status,
        reception_centre=query.reception_centre,
        area=query.occupation_area,
        german_levels=german_levels(query),
    )
    table = Table(query.group_by)
    for row in rows:
        outside = wanted_region is not None and wanted_region != region_of(
            row.postal_code, row.municipality, query.region_level
        )
        if outside:
            continue
        table.add(_candidate_key(row, query.group_by, query), persons=int(row.persons))
    # Reception centres are typed in by staff: a name shared by fewer than 5 people never becomes a key.
    table.merge_rare(CandidateDimension.RECEPTION_CENTRE, OTHER, THRESHOLD, "persons")
    return respond(table, query, measure="persons", description="candidates (persons)")


def respond(
    table: Table,
    query: StatisticsQuery,
    *,
    measure: str,
    description: str,
    measures: Sequence[str] = (),
    plain: Sequence[str] = (),
    derived: Any = None,
    derived_names: Sequence[str] = (),
) -> StatisticsResponse:
    """Protect every person count of ``table`` and shape the response."""
    protection = protect_measures(table, [measure, *measures])
    cells = make_cells(
        table,
        protection,
        count_measure=measure,
        labeler=lambda dim, code: label(dim, code, query.region_level),
        derived=derived,
        plain=plain,
    )
    total = total_of(table, protection[measure], measure)
    return StatisticsResponse(
        group_by=list(query.group_by),
        region_level=query.region_level,
        occupation_level=query.occupation_level,
        cells=cells,
        total=total,
        total_suppressed=total is None and bool(table.counts),
        suppressed_cells=sum(cell.suppressed for cell in cells),
        measure=description,
        value_names=[*(name for name in measures if name != measure), *plain, *derived_names],
    )
