"""Placements monitoring: proposed, released, interviews, hired per month and region, with the median days
from intake to hire and the share of hires flagged ``below_qualification`` (small numbers suppressed)."""

import statistics
from collections import defaultdict
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.statistics import repository
from matchwerk.statistics.disclosure import Key
from matchwerk.statistics.models import PlacementDimension, StatisticsQuery, StatisticsResponse
from matchwerk.statistics.service import area_of, region_filter, region_of, respond
from matchwerk.statistics.tables import Table

STEPS = {"proposed": "proposed", "released": "released", "interview": "interviews", "hired": "hired"}
"""Stage a placement moved into → the figure it counts for."""
MEASURES = ("proposed", "released", "interviews", "hired", "below_qualification")


def _key(row: Any, dims: tuple[str, ...], query: StatisticsQuery) -> Key:
    parts: dict[PlacementDimension, Callable[[], str]] = {
        PlacementDimension.MONTH: lambda: row.month,
        PlacementDimension.REGION: lambda: region_of(row.postal_code, row.municipality, query.region_level),
        PlacementDimension.OCCUPATION_AREA: lambda: area_of(row.kldb_code, query.occupation_level),
        PlacementDimension.STAGE: lambda: row.stage,
    }
    return tuple(parts[PlacementDimension(dim)]() for dim in dims)


async def placement_statistics(session: AsyncSession, query: StatisticsQuery) -> StatisticsResponse:
    """Steps of the placement workflow per group, by the date of the step (``from``/``to``).

    Region and occupation area are the vacancy's (where the job is); ``count`` is the number of placements
    with a counted step (proposed, released, interview, hired) in the group.
    """
    wanted_region = region_filter(query)
    rows = await repository.placement_steps(
        session, date_from=query.date_from, date_to=query.date_to, area=query.occupation_area
    )
    table = Table(query.group_by)
    placements: dict[Key, set[Any]] = defaultdict(set)
    days: dict[Key, list[float]] = defaultdict(list)
    for row in rows:
        region = region_of(row.postal_code, row.municipality, query.region_level)
        if wanted_region is not None and region != wanted_region:
            continue
        key = _key(row, query.group_by, query)
        placements[key].add(row.placement_id)
        figure = STEPS[row.stage]
        table.add(key, **{figure: 1})
        if figure == "hired":
            table.add(key, below_qualification=int(bool(row.below_qualification)))
            if row.days_to_hire is not None:
                days[key].append(float(row.days_to_hire))
    for key, found in placements.items():
        table.add(key, placements=len(found))
    for values in table.counts.values():
        for name in MEASURES:
            values.setdefault(name, 0)

    def derived(key: Key, values: Mapping[str, int], hidden: Mapping[str, bool]) -> dict[str, float | None]:
        hired = values.get("hired", 0)
        hires_shown = hired > 0 and not hidden.get("hired", False)
        median = statistics.median(days[key]) if hires_shown and days[key] else None
        share = None
        if hires_shown and not hidden.get("below_qualification", False):
            share = round(values.get("below_qualification", 0) / hired, 4)
        return {
            "median_days_to_hire": round(median, 1) if median is not None else None,
            "share_below_qualification": share,
        }

    return respond(
        table,
        query,
        measure="placements",
        description="placements with a step in the period (persons proposed for a vacancy)",
        measures=MEASURES,
        derived=derived,
        derived_names=("median_days_to_hire", "share_below_qualification"),
    )
