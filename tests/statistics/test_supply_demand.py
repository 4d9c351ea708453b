"""GET /api/v1/statistics/supply-demand: open positions against the people who reach them (score >= 0.7)."""

import asyncio
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.auth.models import SYSTEM
from matchwerk.candidates import service as candidate_service
from matchwerk.candidates.schemas import CandidateCreate
from matchwerk.employers import service as employer_service
from matchwerk.employers.models import EmployerCreate
from matchwerk.matching import service as matching_service
from matchwerk.statistics import reach
from matchwerk.statistics.models import StatisticsQuery, StatisticsResponse
from matchwerk.statistics.reach import MIN_SCORE, candidates_reaching
from matchwerk.statistics.service import candidate_statistics
from matchwerk.statistics.supply_demand import supply_demand
from matchwerk.vacancies import service as vacancy_service
from matchwerk.vacancies.models import VacancyCreate
from tests.factories import employer_body, vacancy_body
from tests.statistics.conftest import ELECTRICIAN, NURSE, bodies, person

URL = "/api/v1/statistics/supply-demand"


async def open_vacancies(session: AsyncSession) -> None:
    """Nursing in Düsseldorf (4 positions) and Bonn (3, one filled by a hire), electricians in Düsseldorf (2),
    a closed one."""
    employer = await employer_service.create(session, EmployerCreate.model_validate(employer_body()))
    for external_id, kldb, postal_code, positions, status in (
        ("SD-1", NURSE, "40210", 4, "open"),
        ("SD-2", NURSE, "53111", 3, "open"),
        ("SD-3", ELECTRICIAN, "40210", 2, "open"),
        ("SD-4", NURSE, "40210", 9, "closed"),
    ):
        body = vacancy_body(
            str(employer.id),
            external_id=external_id,
            title="Pflegefachkraft (m/w/d)" if kldb == NURSE else "Elektriker (m/w/d)",
            kldb_code=kldb,
            location={"postal_code": postal_code},
            positions=positions,
            status=status,
            start_date="2025-06-01",
            radius_km=30,
            requirements={"german_min": "B1", "min_years_experience": 2, "recognition": "auto"},
        )
        await vacancy_service.create(session, SYSTEM, VacancyCreate.model_validate(body))
    await session.execute(sa.text("UPDATE vacancies SET positions_filled = 1 WHERE external_id = 'SD-2'"))
    # a nurse in Ratingen who did not consent to matching is never counted
    no_consent = person(999, "ZUE Ratingen", "40878", NURSE, "B1", "full")
    no_consent["consent"] = {"matching": False, "share_with_employers": False}
    await candidate_service.create(session, SYSTEM, CandidateCreate.model_validate(no_consent))
    await session.commit()


def by_key(body: dict[str, Any]) -> dict[tuple[str, ...], dict[str, Any]]:
    return {tuple(cell["key"][d] for d in body["group_by"]): cell for cell in body["cells"]}


async def test_supply_and_demand_per_regierungsbezirk_and_area(
    partner: httpx.AsyncClient, session: AsyncSession
) -> None:
    await open_vacancies(session)
    response = await partner.get(URL, params={"german_min": "B1"})
    assert response.status_code == 200, response.text
    cells = by_key(response.json())
    # RB Düsseldorf: 12 nurses in Ratingen, 6 in Mönchengladbach, 1 in Essen (B1 or better, full recognition)
    # all within reach of the Düsseldorf vacancy; none of them reaches Bonn (over 50 km)
    assert cells[("051", "81")]["count"] == 19
    assert cells[("051", "81")]["values"] == {"open_positions": 4, "reachable_positions": 4}
    assert cells[("053", "81")]["count"] == 5  # the Bonn nurses reach the Bonn vacancy
    assert cells[("053", "81")]["values"] == {"open_positions": 2, "reachable_positions": 2}  # 3 less 1 hire
    # the electricians have A2 only: the German filter leaves nobody, the positions stay
    assert cells[("051", "26")]["count"] == 0
    assert cells[("051", "26")]["values"]["open_positions"] == 2
    by_area = by_key(
        (await partner.get(URL, params={"german_min": "B1", "group_by": "occupation_area"})).json()
    )
    assert by_area[("81",)]["count"] == 24  # each person once, whichever region
    assert by_area[("81",)]["values"] == {"open_positions": 6, "reachable_positions": 6}
    by_region = by_key((await partner.get(URL, params={"german_min": "B1", "group_by": "region"})).json())
    assert by_region[("051",)]["count"] == 19
    assert by_region[("051",)]["values"] == {"open_positions": 6, "reachable_positions": 4}
    without_filter = by_key((await partner.get(URL)).json())
    assert without_filter[("051", "26")]["count"] == 7  # A2 against B1 with good odds otherwise: >= 0.7


async def test_done_when_open_nursing_positions_within_reach_of_b1_nurses_in_rb_duesseldorf(
    partner: httpx.AsyncClient, session: AsyncSession
) -> None:
    await open_vacancies(session)
    params = {"region": "Düsseldorf", "occupation_level": "3", "occupation_area": "813", "german_min": "B1"}
    body = (await partner.get(URL, params=params)).json()
    assert [cell["key"] for cell in body["cells"]] == [{"region": "051", "occupation_area": "813"}]
    assert body["cells"][0]["count"] == 19
    assert body["cells"][0]["values"]["reachable_positions"] == 4
    csv = await partner.get(URL, params=params | {"lang": "de"}, headers={"Accept": "text/csv"})
    lines = csv.text.splitlines()
    assert lines[0].split(";") == [
        "Region",
        "Berufsbereich (KldB)",
        "Regionsname",
        "Berufsbereichsname",
        "Anzahl",
        "gesperrt",
        "offene Stellen",
        "erreichbare Stellen",
    ]
    assert lines[1] == (
        "051;813;Regierungsbezirk Düsseldorf;Gesundheits- und Krankenpflege, Rettungsdienst und Geburtshilfe;"
        "19;nein;4;4"
    )


async def test_small_numbers_of_people_are_suppressed(
    partner: httpx.AsyncClient, session: AsyncSession
) -> None:
    await open_vacancies(session)
    body = (await partner.get(URL, params={"region_level": "county", "german_min": "B1"})).json()
    cells = by_key(body)
    assert cells[("05113", "81")] == cells[("05113", "81")] | {"count": None, "suppressed": True}  # Essen: 1
    assert all(c["count"] is None or c["count"] == 0 or c["count"] >= 5 for c in body["cells"])


async def test_later_calls_see_changed_candidates_and_vacancies(
    partner: httpx.AsyncClient, session: AsyncSession
) -> None:
    await open_vacancies(session)
    first = by_key((await partner.get(URL, params={"german_min": "B1"})).json())
    assert first[("051", "81")]["count"] == 19
    # a new nurse arrives in Ratingen, and the Bonn vacancy is closed
    newcomer = person(500, "ZUE Ratingen", "40878", NURSE, "B2", "full")
    await candidate_service.create(session, SYSTEM, CandidateCreate.model_validate(newcomer))
    await session.execute(sa.text("UPDATE vacancies SET status = 'closed' WHERE external_id = 'SD-2'"))
    await session.commit()
    later = by_key((await partner.get(URL, params={"german_min": "B1"})).json())
    assert later[("051", "81")]["count"] == 20
    assert ("053", "81") not in later  # no open position there any more, and nobody reaches one


async def test_changed_people_and_a_compacted_index_are_counted_right(committed: AsyncSession) -> None:
    """The reach cache keeps index slots: a changed person gets a new slot, a compaction renumbers all.
    After each change the cached answer equals one computed afresh (a new process)."""
    session = committed
    for body in bodies():
        await candidate_service.create(session, SYSTEM, CandidateCreate.model_validate(body))
    await open_vacancies(session)
    holder = SimpleNamespace()
    query = StatisticsQuery(group_by=("region", "occupation_area"), german_min="B1")
    vacancy_ids = list((await session.execute(sa.text("SELECT id FROM vacancies"))).scalars())

    async def reached_ids(into: SimpleNamespace) -> dict[Any, set[Any]]:
        reached = await candidates_reaching(session, into, vacancy_ids, min_score=MIN_SCORE)
        alive = reached.index.slots.alive
        return {
            vacancy_id: {reached.index.slot_id(int(slot)) for slot in slots if alive[slot]}
            for vacancy_id, slots in reached.by_vacancy.items()
        }

    async def ratingen_nurses() -> int | None:
        response = await supply_demand(session, holder, query)
        assert await reached_ids(holder) == await reached_ids(SimpleNamespace())
        return next(cell.count for cell in response.cells if tuple(cell.key.values()) == ("051", "81"))

    async def move_to_munich(reference: str) -> None:
        await session.execute(
            sa.text(
                "UPDATE candidates SET postal_code = '80331', municipality = 'München' "
                "WHERE reference = :reference"
            ),
            {"reference": reference},
        )
        await session.commit()

    assert await ratingen_nurses() == 19
    # Nothing changed: the same answer object, for supply and demand and for the candidate counts.
    assert await supply_demand(session, holder, query) is await supply_demand(session, holder, query)
    per_area = StatisticsQuery(group_by=("occupation_area",), german_min="B1")
    counts = await candidate_statistics(session, holder, per_area)
    assert await candidate_statistics(session, holder, per_area) is counts
    await move_to_munich("STAT-0001")  # a Ratingen nurse moves away: out of reach, and out of the region
    assert await ratingen_nurses() == 18
    await move_to_munich("STAT-0002")
    state = await matching_service.current_state(session, holder)
    state.candidates.compact()  # every slot number changes before the statistic is asked again
    assert state.candidates.compactions == 1
    assert await ratingen_nurses() == 17
    newcomer = person(501, "ZUE Ratingen", "40878", NURSE, "B2", "full")
    await candidate_service.create(session, SYSTEM, CandidateCreate.model_validate(newcomer))
    await session.commit()
    assert await ratingen_nurses() == 18  # a new slot, added to the vacancies the newcomer reaches
    counted = await candidate_statistics(session, holder, per_area)
    assert counted is not counts

    def nurses(response: StatisticsResponse) -> int | None:
        return next(cell.count for cell in response.cells if cell.key["occupation_area"] == "81")

    assert nurses(counts) == 25  # with B1 or better, wherever they live, the one without consent too
    assert nurses(counted) == 26  # the newcomer


async def test_ranking_lets_other_requests_run_and_starts_over_when_the_index_is_compacted_meanwhile(
    committed: AsyncSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ranking every open vacancy takes seconds at a million candidates, so it pauses for other requests;
    a catch-up in such a pause may compact the index, which renumbers the slots ranked so far."""
    session = committed
    for body in bodies():
        await candidate_service.create(session, SYSTEM, CandidateCreate.model_validate(body))
    await open_vacancies(session)
    vacancy_ids = list((await session.execute(sa.text("SELECT id FROM vacancies"))).scalars())
    holder = SimpleNamespace()
    state = await matching_service.current_state(session, holder)
    await session.execute(sa.text("UPDATE candidates SET skills = '{Löten}' WHERE reference = 'STAT-0003'"))
    await session.commit()
    await matching_service.current_state(session, holder)  # caught up: the changed person left a dead slot
    monkeypatch.setattr("matchwerk.statistics.reach.RANK_SLICE_SECONDS", 0.0)  # pause after every vacancy
    first_ranked = asyncio.Event()
    rank_vacancy = reach._rank_vacancy

    def rank_and_tell(cache: Any, vacancy_id: Any) -> Any:
        first_ranked.set()
        return rank_vacancy(cache, vacancy_id)

    monkeypatch.setattr("matchwerk.statistics.reach._rank_vacancy", rank_and_tell)

    async def compact_in_the_first_pause() -> None:
        await first_ranked.wait()
        state.candidates.compact()

    async def reached(into: SimpleNamespace) -> dict[Any, set[Any]]:
        found = await candidates_reaching(session, into, vacancy_ids, min_score=MIN_SCORE)
        return {
            vacancy_id: {found.index.slot_id(int(slot)) for slot in slots if found.index.slots.alive[slot]}
            for vacancy_id, slots in found.by_vacancy.items()
        }

    during, _ = await asyncio.gather(reached(holder), compact_in_the_first_pause())
    assert state.candidates.compactions == 1
    assert holder.statistics_reach.compactions == 1  # started over on the compacted index
    assert during == await reached(SimpleNamespace())
    assert sum(len(ids) for ids in during.values()) > 0
