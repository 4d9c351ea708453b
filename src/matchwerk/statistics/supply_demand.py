"""Supply and demand per region and occupation area: open positions against the people who could fill them."""

from typing import Any
from uuid import UUID

import numpy as np
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.statistics import repository
from matchwerk.statistics.memo import remembered
from matchwerk.statistics.models import StatisticsQuery, StatisticsResponse, SupplyDemandDimension
from matchwerk.statistics.reach import MIN_SCORE, Reached, candidates_reaching
from matchwerk.statistics.service import area_of, german_levels, region_filter, region_of, respond
from matchwerk.statistics.tables import Table


def _key(dims: tuple[str, ...], region: str, area: str) -> tuple[str, ...]:
    parts = {SupplyDemandDimension.REGION: region, SupplyDemandDimension.OCCUPATION_AREA: area}
    return tuple(parts[SupplyDemandDimension(dim)] for dim in dims)


async def supply_demand(session: AsyncSession, holder: Any, query: StatisticsQuery) -> StatisticsResponse:
    """Per cell: open positions (positions less hires) located there, and active consenting candidates
    located there who have a match of score >= 0.7 to an open vacancy of that occupation area (anywhere
    within their reach), with the open positions those people reach. Reused while nothing changed."""
    return await remembered(
        session, holder, ("supply-demand", repr(query)), lambda: _supply_demand(session, holder, query)
    )


async def _supply_demand(session: AsyncSession, holder: Any, query: StatisticsQuery) -> StatisticsResponse:
    wanted_region = region_filter(query)
    level, occupation_level, dims = query.region_level, query.occupation_level, query.group_by
    people = await repository.active_candidates_by_place(
        session,
        date_from=query.date_from,
        date_to=query.date_to,
        reception_centre=query.reception_centre,
        german_levels=german_levels(query),
    )
    # One row per place with the ids of the people living there: the region is looked up once per place.
    home: dict[UUID, str] = {}
    for place in people:
        region = region_of(place.postal_code, place.municipality, level)
        if wanted_region in (None, region):
            home.update(dict.fromkeys(place.ids, region))

    def wanted_area(kldb_code: str | None) -> bool:
        return query.occupation_area is None or (kldb_code or "").startswith(query.occupation_area)

    table = Table(dims)
    vacancy_rows = {row.id: row for row in await repository.open_vacancies(session)}
    for row in vacancy_rows.values():
        region = region_of(row.postal_code, row.municipality, level)
        if wanted_area(row.kldb_code) and wanted_region in (None, region):
            table.add(
                _key(dims, region, area_of(row.kldb_code, occupation_level)),
                open_positions=row.open_positions,
            )

    wanted = [row.id for row in vacancy_rows.values() if wanted_area(row.kldb_code)]
    reached = await candidates_reaching(session, holder, wanted, min_score=MIN_SCORE)
    _count_people(table, reached, home, vacancy_rows, occupation_level)
    for values in table.counts.values():
        values.setdefault("open_positions", 0)
    return respond(
        table,
        query,
        measure="candidates",
        description="active candidates consenting to matching with a match of score >= 0.7 (persons)",
        plain=("open_positions", "reachable_positions"),
    )


def _count_people(
    table: Table,
    reached: Reached,
    home: dict[UUID, str],
    vacancy_rows: dict[UUID, Any],
    occupation_level: int,
) -> None:
    """Add each cell's distinct people and the positions they reach, on the index's slot numbers: about a
    million (vacancy, person) pairs at 100,000 candidates go through a few NumPy passes."""
    # Count at the grain of the key: without a dimension, everyone shares one value of it, so a person or a
    # vacancy is counted once per cell however many regions or areas it touches.
    by_region = SupplyDemandDimension.REGION in table.dims
    by_occupation = SupplyDemandDimension.OCCUPATION_AREA in table.dims
    regions = sorted(set(home.values())) if by_region else [""]
    region_code = {region: code for code, region in enumerate(regions)}
    # The people counted, by their current slot; slots nobody holds now (changed or dropped) stay -1.
    slot_region = np.full(len(reached.index.slots), -1, np.int64)
    for candidate_id, region in home.items():
        slot = reached.index.slot_of(candidate_id)
        if slot is not None:
            slot_region[slot] = region_code[region] if by_region else 0
    vacancies = [vacancy_id for vacancy_id, slots in reached.by_vacancy.items() if len(slots)]
    if not vacancies:
        return
    area_names = [
        area_of(vacancy_rows[vacancy_id].kldb_code, occupation_level) if by_occupation else ""
        for vacancy_id in vacancies
    ]
    areas = sorted(set(area_names))
    area_index = {area: code for code, area in enumerate(areas)}
    vacancy_area = np.array([area_index[area] for area in area_names], np.int64)
    vacancy_positions = np.array([vacancy_rows[v].open_positions for v in vacancies], np.float64)
    pair_slot = np.concatenate([reached.by_vacancy[vacancy_id] for vacancy_id in vacancies])
    lengths = [len(reached.by_vacancy[vacancy_id]) for vacancy_id in vacancies]
    pair_vacancy = np.repeat(np.arange(len(vacancies), dtype=np.int64), lengths)
    pair_region = slot_region[pair_slot]
    counted = pair_region >= 0
    pair_slot, pair_vacancy, pair_region = pair_slot[counted], pair_vacancy[counted], pair_region[counted]
    cells = len(areas) * len(regions)
    # Distinct people per area (a person reaching three nursing vacancies counts once), then per region.
    slot_count = len(slot_region)
    distinct = np.unique(vacancy_area[pair_vacancy] * slot_count + pair_slot)
    people = np.bincount(
        (distinct // slot_count) * len(regions) + slot_region[distinct % slot_count], minlength=cells
    )
    # A vacancy's open positions count once per region its reachers live in.
    reach = np.unique(pair_vacancy * len(regions) + pair_region)
    by_vacancy, by_region_code = reach // len(regions), reach % len(regions)
    positions = np.bincount(
        vacancy_area[by_vacancy] * len(regions) + by_region_code,
        weights=vacancy_positions[by_vacancy],
        minlength=cells,
    )
    for cell in np.flatnonzero(people).tolist():
        area, region = areas[cell // len(regions)], regions[cell % len(regions)]
        table.add(
            _key(table.dims, region, area),
            candidates=int(people[cell]),
            reachable_positions=int(positions[cell]),
        )
