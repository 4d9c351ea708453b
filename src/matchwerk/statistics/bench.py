"""Benchmark of the supply-and-demand statistic (not a test): ``python -m matchwerk.statistics.bench``.

Loads synthetic candidates and 2,000 open vacancies into a throwaway database (the matching benchmark's
generator), builds the match index once, then times the whole statistic (SQL, regions, the index pass per
open vacancy, disclosure control) and writes a section of docs/benchmarks.md.
"""

import argparse
import asyncio
import os
import statistics
import time
from collections.abc import Awaitable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.bench import synthetic
from matchwerk.bench.report import machine, stamp, write_section
from matchwerk.bench.server import bench_database
from matchwerk.db import make_engine, make_sessionmaker
from matchwerk.matching import service as matching_service
from matchwerk.statistics.models import StatisticsQuery
from matchwerk.statistics.service import candidate_statistics
from matchwerk.statistics.supply_demand import supply_demand
from matchwerk.statistics.warmup import warm_up

VACANCIES, EMPLOYERS, RUNS, CHANGES = 2_000, 200, 5, 200
DOC = Path(__file__).resolve().parents[3] / "docs" / "benchmarks.md"


async def _touch(session: AsyncSession, *, changed: int) -> None:
    """Change ``changed`` candidates (commute) and a tenth as many vacancies (radius), as intake would."""
    await session.execute(
        sa.text(
            "UPDATE candidates SET max_commute_km = COALESCE(max_commute_km, 20) + 5 "
            "WHERE id IN (SELECT id FROM candidates ORDER BY random() LIMIT :n)"
        ),
        {"n": changed},
    )
    await session.execute(
        sa.text(
            "UPDATE vacancies SET radius_km = COALESCE(radius_km, 20) + 5 "
            "WHERE id IN (SELECT id FROM vacancies ORDER BY random() LIMIT :n)"
        ),
        {"n": max(1, changed // 10)},
    )
    await session.commit()


async def measure(candidates: int) -> str:
    """Load the data, time the statistic; the markdown section."""
    rng = np.random.default_rng(20261206)
    pool = synthetic.pools()
    async with bench_database("mw_stats_bench") as url:
        engine = make_engine(url, pool_size=2)
        async with engine.connect() as conn:
            raw: Any = (await conn.get_raw_connection()).driver_connection
            await synthetic.load_vacancies(raw, rng, pool, VACANCIES, EMPLOYERS)
            await synthetic.load(raw, rng, pool, candidates, 0)
            await conn.commit()
            await raw.execute("ANALYZE")
        query = StatisticsQuery(group_by=("region", "occupation_area"))
        sessions = make_sessionmaker(engine)
        async with sessions() as session:
            started = time.perf_counter()
            state = await matching_service.current_state(session, SimpleNamespace())
            build = time.perf_counter() - started
            cold_holder = SimpleNamespace(matching_state=state)
            began = time.perf_counter()
            await supply_demand(session, cold_holder, query)  # no warm-up: ranks every open vacancy
            cold = time.perf_counter() - began
        holder = SimpleNamespace()
        began = time.perf_counter()
        await warm_up(sessions, holder)  # what a replica does in the background at start-up
        warm = time.perf_counter() - began
        async with sessions() as session:
            changed, unchanged, counts = [], [], []
            for _ in range(RUNS):
                await _touch(session, changed=CHANGES)  # a few hundred new intakes and changed vacancies
                changed.append(await _timed(supply_demand(session, holder, query)))
                unchanged.append(await _timed(supply_demand(session, holder, query)))
                counts.append(await _timed(candidate_statistics(session, holder, query)))
            result = await supply_demand(session, holder, query)
            cells = len(result.cells)
        await engine.dispose()
    median = statistics.median
    return "\n".join(
        [
            f"## Statistics: supply and demand ({stamp()})",
            "",
            f"Machine: {machine()}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores while "
            "measured.",
            "",
            f"{candidates:,} synthetic candidates, {VACANCIES:,} open vacancies (the matching benchmark's "
            f"generator), `group_by=region,occupation_area`, {cells} cells. Index build "
            f"{build:.1f} s ({len(state.candidates):,} candidates indexed). Run: "
            "`python -m matchwerk.statistics.bench`. Target (issue #12): a call after changes ≤ 2 s.",
            "",
            "| call | time |",
            "|---|---|",
            f"| first call without the start-up warm-up (ranks every open vacancy: "
            f"{cold / VACANCIES * 1000:.1f} ms each) | {cold:.2f} s |",
            "| start-up warm-up in the background (index build and every open vacancy ranked) "
            f"| {warm:.2f} s |",
            f"| call after {CHANGES} candidates and {CHANGES // 10} vacancies changed (median of {RUNS}) "
            f"| {median(changed):.2f} s |",
            f"| call with nothing changed since (the answer is reused; median of {RUNS}) "
            f"| {median(unchanged) * 1000:.1f} ms |",
            f"| candidate counts by the same grouping after changes (median of {RUNS}) "
            f"| {median(counts):.2f} s |",
        ]
    )


async def _timed(call: Awaitable[object]) -> float:
    began = time.perf_counter()
    await call
    return time.perf_counter() - began


def main() -> None:
    """Run the benchmark and write its section of docs/benchmarks.md."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--candidates", type=int, default=100_000)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    section = asyncio.run(measure(args.candidates))
    print(section)
    if not args.no_write:
        write_section(DOC, "statistics", section)


if __name__ == "__main__":
    main()
