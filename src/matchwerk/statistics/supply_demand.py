"""Supply and demand per region and occupation area: open positions against the people who could fill them."""

from collections import defaultdict
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.matching import service as matching_service
from matchwerk.statistics import repository
from matchwerk.statistics.models import StatisticsQuery, StatisticsResponse, SupplyDemandDimension
from matchwerk.statistics.service import area_of, german_levels, region_filter, region_of, respond
from matchwerk.statistics.tables import Table

MIN_SCORE = 0.7
"""A candidate counts for an occupation area with at least one match of this score to an open vacancy."""


def _key(dims: tuple[str, ...], region: str, area: str) -> tuple[str, ...]:
    parts = {SupplyDemandDimension.REGION: region, SupplyDemandDimension.OCCUPATION_AREA: area}
    return tuple(parts[SupplyDemandDimension(dim)] for dim in dims)


async def supply_demand(session: AsyncSession, holder: Any, query: StatisticsQuery) -> StatisticsResponse:
    """Per cell: open positions located there, and active consenting candidates located there who have a
    match of score >= 0.7 to an open vacancy of that occupation area (anywhere within their reach), with
    the open positions those people reach."""
    wanted_region = region_filter(query)
    level, occupation_level, dims = query.region_level, query.occupation_level, query.group_by
    people = await repository.active_candidate_places(
        session,
        date_from=query.date_from,
        date_to=query.date_to,
        reception_centre=query.reception_centre,
        german_levels=german_levels(query),
    )
    home = {row.id: region_of(row.postal_code, row.municipality, level) for row in people}
    if wanted_region is not None:
        home = {person: region for person, region in home.items() if region == wanted_region}

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

    people_in: dict[tuple[str, ...], set[UUID]] = defaultdict(set)
    reached_in: dict[tuple[str, ...], set[UUID]] = defaultdict(set)
    pairs = await matching_service.candidates_reaching_open_vacancies(session, holder, min_score=MIN_SCORE)
    for vacancy, candidate_ids in pairs:
        row = vacancy_rows.get(vacancy.id)
        if row is None or not wanted_area(row.kldb_code):
            continue
        area = area_of(row.kldb_code, occupation_level)
        for candidate_id in candidate_ids:
            home_region = home.get(candidate_id)
            if home_region is not None:
                key = _key(dims, home_region, area)
                people_in[key].add(candidate_id)
                reached_in[key].add(vacancy.id)
    for key, persons in people_in.items():
        reachable = sum(vacancy_rows[v].open_positions for v in reached_in[key])
        table.add(key, candidates=len(persons), reachable_positions=reachable)
    for values in table.counts.values():
        values.setdefault("open_positions", 0)
    return respond(
        table,
        query,
        measure="candidates",
        description="active candidates consenting to matching with a match of score >= 0.7 (persons)",
        plain=("open_positions", "reachable_positions"),
    )
