"""The start-up warm-up builds the match index and the supply/demand reach, and never fails a replica."""

from types import SimpleNamespace

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from matchwerk.statistics.warmup import warm_up
from tests.statistics.test_supply_demand import open_vacancies


async def test_warm_up_ranks_every_open_vacancy(
    population: int, session: AsyncSession, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    await open_vacancies(session)
    holder = SimpleNamespace()
    await warm_up(sessionmaker, holder)
    assert len(holder.matching_state.candidates) == population + 1  # and the one without consent
    reached = holder.statistics_reach.by_vacancy
    assert len(reached) == 3  # the three open vacancies, not the closed one
    index = holder.matching_state.candidates
    counts = sorted(len(slots) for slots in reached.values())
    assert counts == sorted(
        len(
            index.reaching(
                holder.matching_state.vacancies.get(vacancy_id),
                today=holder.statistics_reach.day,
                min_score=0.7,
            )
        )
        for vacancy_id in reached
    )
    assert max(counts) >= 19  # the Düsseldorf nursing vacancy: every nurse of RB Düsseldorf at least


async def test_a_failing_warm_up_only_logs(caplog: pytest.LogCaptureFixture) -> None:
    def broken() -> None:
        raise RuntimeError("database gone")

    await warm_up(broken, SimpleNamespace())  # type: ignore[arg-type]
    assert "warm-up failed" in caplog.text
