"""Mixed load on 100,000 synthetic candidates: the highest rate with p99 <= 200 ms and no errors, on one
replica and on two replicas over one PostgreSQL server, plus read-your-writes across the replicas.

Usage: python scripts/loadtest.py [--candidates N] [--step-seconds S] [--rates 5,10,...]
Open loop: requests start on a fixed schedule whatever the answers, so slow answers cannot hide queueing.
Mix: 70 % match reads (both directions), 20 % candidate reads and lists, 10 % writes (PATCH a candidate).
Writes the section "load" of docs/benchmarks.md.
"""

import argparse
import asyncio
import os
import random
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import numpy as np

from matchwerk.bench import synthetic
from matchwerk.bench.report import machine, percentile_ms, stamp, write_section
from matchwerk.bench.server import bench_database, is_ready
from matchwerk.db import make_engine

TOKEN = "mw_loadtest_admin_" + "0" * 32
BIN = Path(sys.executable).parent
P99_LIMIT_MS = 200.0


@dataclass
class Step:
    """What one rate step measured."""

    rate: float
    latencies: list[float] = field(default_factory=list)
    by_kind: dict[str, list[float]] = field(default_factory=dict)
    errors: int = 0
    sent: int = 0

    @property
    def p99(self) -> float:
        return percentile_ms(self.latencies, 99) if self.latencies else float("inf")

    def kinds(self) -> str:
        """p99 per kind of request, to see what dominates."""
        return ", ".join(f"{k} {percentile_ms(v, 99):.0f}" for k, v in sorted(self.by_kind.items()))

    @property
    def ok(self) -> bool:
        return self.errors == 0 and self.p99 <= P99_LIMIT_MS


@contextmanager
def replicas(url: str, ports: list[int]) -> Iterator[list[str]]:
    """``matchwerk serve`` per port on the same database; stopped on exit."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MATCHWERK_")}
    env.update(
        MATCHWERK_DATABASE_URL=url,
        MATCHWERK_BOOTSTRAP_ADMIN_TOKEN=TOKEN,
        MATCHWERK_DEMO_DATA="0",
        MATCHWERK_RATE_LIMIT_PER_MINUTE="0",
        MATCHWERK_LOG_LEVEL="warning",
    )
    processes = [
        subprocess.Popen([str(BIN / "matchwerk"), "serve", "--port", str(port)], env=env) for port in ports
    ]
    bases = [f"http://127.0.0.1:{port}" for port in ports]
    try:
        deadline = time.monotonic() + 300
        for base in bases:
            while not is_ready(base):
                if time.monotonic() > deadline:
                    raise SystemExit("replica did not start")
                time.sleep(0.5)
        yield bases
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=60)


def _request(rng: random.Random, ids: dict[str, list[str]]) -> tuple[str, str, str, dict[str, Any] | None]:
    roll, candidate = rng.random(), rng.choice(ids["candidates"])
    if roll < 0.35:
        return "match-v", "GET", f"/api/v1/vacancies/{rng.choice(ids['vacancies'])}/matches?limit=20", None
    if roll < 0.70:
        return "match-c", "GET", f"/api/v1/candidates/{candidate}/matches?limit=20", None
    if roll < 0.80:
        return "read", "GET", f"/api/v1/candidates/{candidate}", None
    if roll < 0.90:
        return "list", "GET", "/api/v1/candidates?limit=20&status=active", None
    return (
        "write",
        "PATCH",
        f"/api/v1/candidates/{candidate}",
        {"max_commute_km": rng.choice([10, 20, 30, 50])},
    )


async def run_step(bases: list[str], rate: float, seconds: float, ids: dict[str, list[str]]) -> Step:
    """Send ``rate`` requests per second for ``seconds``, round-robin over the replicas."""
    step, rng = Step(rate), random.Random(int(rate * 1000))
    headers = {"Authorization": f"Bearer {TOKEN}"}
    limits = httpx.Limits(max_connections=200, max_keepalive_connections=50)
    clients = [httpx.AsyncClient(base_url=b, headers=headers, timeout=30, limits=limits) for b in bases]

    async def one(n: int) -> None:
        kind, method, path, body = _request(rng, ids)
        started = time.perf_counter()
        try:
            response = await clients[n % len(clients)].request(method, path, json=body)
            if response.status_code >= 400:
                step.errors += 1
        except httpx.HTTPError:
            step.errors += 1
        step.latencies.append(time.perf_counter() - started)
        step.by_kind.setdefault(kind, []).append(step.latencies[-1])

    tasks, start = [], time.perf_counter()
    total = int(rate * seconds)
    for n in range(total):
        delay = start + n / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(n)))
    await asyncio.gather(*tasks)
    step.sent = total
    for client in clients:
        await client.aclose()
    return step


async def read_your_writes(bases: list[str], ids: dict[str, list[str]], rounds: int) -> tuple[int, int]:
    """Withdraw/restore a matched candidate's consent on one replica; check matches on the other at once."""
    headers = {"Authorization": f"Bearer {TOKEN}"}
    a = httpx.AsyncClient(base_url=bases[0], headers=headers, timeout=30)
    b = httpx.AsyncClient(base_url=bases[-1], headers=headers, timeout=30)
    checked = violations = 0
    try:
        for n in range(rounds):
            vacancy = ids["vacancies"][n % len(ids["vacancies"])]
            path = f"/api/v1/vacancies/{vacancy}/matches?limit=50"
            items = (await b.get(path)).json()["items"]
            if not items:
                continue
            candidate = items[0]["candidate_id"]
            for matching in (False, True):
                patch = await a.patch(
                    f"/api/v1/candidates/{candidate}", json={"consent": {"matching": matching}}
                )
                patch.raise_for_status()
                seen = {i["candidate_id"] for i in (await b.get(path)).json()["items"]}
                checked += 1
                violations += (candidate in seen) != matching
    finally:
        await a.aclose()
        await b.aclose()
    return checked, violations


async def sample_ids(url: str) -> dict[str, list[str]]:
    """Ids of active, matchable candidates and open vacancies to aim at."""
    engine = make_engine(url, pool_size=1)
    async with engine.connect() as conn:
        raw: Any = (await conn.get_raw_connection()).driver_connection
        candidates = await raw.fetch(
            "SELECT id FROM candidates WHERE status = 'active' AND consent_matching ORDER BY id LIMIT 5000"
        )
        vacancies = await raw.fetch("SELECT id FROM vacancies WHERE status = 'open' ORDER BY id LIMIT 500")
    await engine.dispose()
    return {"candidates": [str(r["id"]) for r in candidates], "vacancies": [str(r["id"]) for r in vacancies]}


async def measure(
    bases: list[str], rates: list[float], seconds: float, ids: dict[str, list[str]]
) -> list[Step]:
    """Warm every replica's index, then step the rate up until a step fails."""
    async with httpx.AsyncClient(headers={"Authorization": f"Bearer {TOKEN}"}, timeout=600) as client:
        for base in bases:
            for direction, key in (("vacancies", "vacancies"), ("candidates", "candidates")):
                (await client.get(f"{base}/api/v1/{direction}/{ids[key][0]}/matches")).raise_for_status()
    steps = []
    for rate in rates:
        step = await run_step(bases, rate, seconds, ids)
        steps.append(step)
        print(
            f"  {len(bases)} replica(s) {rate:>5.0f}/s: p99 {step.p99:7.1f} ms, errors {step.errors}",
            flush=True,
        )
        if not step.ok:
            break
    return steps


def _row(replicas_: int, steps: list[Step]) -> str:
    passing = [s for s in steps if s.ok]
    best = max(passing, key=lambda s: s.rate) if passing else None
    tried = "; ".join(
        f"{s.rate:.0f}/s → p99 {s.p99:.0f} ms ({s.kinds()}){'' if s.errors == 0 else f', {s.errors} errors'}"
        for s in steps
    )
    if best is None:
        return f"| {replicas_} | none of the rates tried | – | – | {tried} |"
    return (
        f"| {replicas_} | **{best.rate:.0f} req/s** | {percentile_ms(best.latencies, 50):.0f} ms | "
        f"{best.p99:.0f} ms | {tried} |"
    )


async def main() -> None:
    """Load the data, measure one and two replicas, write the report."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidates", type=int, default=100_000)
    parser.add_argument("--step-seconds", type=float, default=20.0)
    parser.add_argument("--rates", default="1,2,5,10,20,30,40,60,80,100,130,160,200,250")
    parser.add_argument("--ports", default="8791,8792")
    parser.add_argument("--db-prefix", default="matchwerk_load")
    args = parser.parse_args()
    rates = [float(r) for r in args.rates.split(",")]
    ports = [int(p) for p in args.ports.split(",")]
    load = os.getloadavg()
    async with bench_database(args.db_prefix) as url:
        engine = make_engine(url, pool_size=2)
        async with engine.connect() as conn:
            raw: Any = (await conn.get_raw_connection()).driver_connection
            rng, pool = np.random.default_rng(20261206), synthetic.pools()
            await synthetic.load_vacancies(raw, rng, pool, 2_000, 200)
            await synthetic.load(raw, rng, pool, args.candidates, 0)
            await conn.commit()
            await raw.execute("ANALYZE")
        await engine.dispose()
        ids = await sample_ids(url)
        results = []
        for count in (1, 2):
            with replicas(url, ports[:count]) as bases:
                steps = await measure(bases, rates, args.step_seconds, ids)
                results.append(_row(count, steps))
                if count == 2:  # under load: the best passing rate (or the lowest tried) runs meanwhile
                    rate = max([s.rate for s in steps if s.ok] or [rates[0]])
                    _, ryw = await asyncio.gather(
                        run_step(bases, rate, args.step_seconds, ids), read_your_writes(bases, ids, rounds=20)
                    )
    body = "\n".join(
        [
            f"## Load: mixed workload, one and two replicas ({stamp()})",
            "",
            f"Machine: {machine()}; load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (1/5/15 min) "
            "at the start. The load generator runs on the same 2 cores as the replicas and PostgreSQL, so "
            "the rates are a floor of what the service alone sustains.",
            "",
            f"{args.candidates:,} synthetic candidates, 2,000 open vacancies, one PostgreSQL server. "
            f"Open-loop load, {args.step_seconds:.0f} s per rate step: 70 % match reads "
            "(vacancy→candidates and candidate→vacancies, 20 results with explanations), "
            "20 % candidate reads and lists, 10 % writes "
            "(PATCH a candidate, which every replica's index then catches up with). Pass: p99 ≤ 200 ms and "
            "no errors. Two replicas are two `matchwerk serve` processes, requests alternating between them.",
            "",
            "| replicas | highest passing rate | p50 | p99 | steps tried (p99 by kind in ms) |",
            "|---|---|---|---|---|",
            *results,
            "",
            "Read-your-writes across replicas under load (the best passing two-replica rate): "
            f"{ryw[0]} checks (consent withdrawn or restored on replica 1, the vacancy's matches read from "
            f"replica 2 right after the 2xx), **{ryw[1]} violations**.",
        ]
    )
    print(body)
    write_section(Path("docs/benchmarks.md"), "load", body)


if __name__ == "__main__":
    asyncio.run(main())
