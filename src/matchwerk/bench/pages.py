"""Page benchmark: the response time of every page of the web frontend with 100,000 candidates."""

import asyncio
import os
import re
import time
from typing import Any

import httpx
import numpy as np
from sqlalchemy.ext.asyncio import AsyncEngine

from matchwerk.bench import synthetic
from matchwerk.bench.report import machine, percentile_ms, stamp
from matchwerk.db import make_engine, make_sessionmaker
from matchwerk.users import service as user_service
from matchwerk.users.models import UserRole

SAMPLES = 40
PASSWORD = "bench-password-2026"  # noqa: S105 (a throwaway account of a throwaway database)


async def seed(engine: AsyncEngine, size: int) -> None:
    """``size`` synthetic candidates, 2,000 open vacancies and an admin user who can sign in."""
    rng = np.random.default_rng(20261206)
    pool = synthetic.pools()
    async with engine.connect() as conn:
        raw: Any = (await conn.get_raw_connection()).driver_connection
        await synthetic.load_vacancies(raw, rng, pool, 2_000, 200)
        await synthetic.load(raw, rng, pool, size, 0)
        await conn.commit()
        await raw.execute("ANALYZE")
    async with make_sessionmaker(engine)() as session:
        await user_service.create_user(
            session, email="bench@example.org", name="Bench Admin", role=UserRole.ADMIN, password=PASSWORD
        )


def _sign_in(client: httpx.Client) -> None:
    page = client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token is not None
    response = client.post(
        "/login", data={"email": "bench@example.org", "password": PASSWORD, "csrf_token": token.group(1)}
    )
    if response.status_code != 303:
        raise RuntimeError(f"sign-in failed: {response.status_code}")


def _first_link(client: httpx.Client, path: str, prefix: str) -> str:
    found = re.search(rf'href="({prefix}/[0-9a-f-]{{36}})"', client.get(path).text)
    if found is None:
        raise RuntimeError(f"no link to {prefix} on {path}")
    return found.group(1)


def measure(base: str) -> list[tuple[str, list[float]]]:
    """Sequential requests per page after one warm-up each (the match index is built on the first)."""
    with httpx.Client(base_url=base, timeout=120) as client:
        _sign_in(client)
        person = _first_link(client, "/candidates", "/candidates")
        vacancy = _first_link(client, "/vacancies", "/vacancies")
        pages = [
            "/login",
            "/candidates",
            "/candidates?q=Elektriker",
            "/candidates?q=SYN-0004711",
            "/candidates?status=active&german_min=B1",
            "/candidates/new",
            person,
            "/vacancies",
            vacancy,
            "/lookup/occupations?row=0&occ-0-title=%D0%B5%D0%BB%D0%B5%D0%BA%D1%82%D1%80%D0%B8%D0%BA",
            "/lookup/place?postal_code=40878",
            "/placements",
            "/assignments",
            "/statistics",
            "/statistics?view=supply-demand",
            "/statistics?view=candidates&group_by=occupation_area",
            "/admin/users",
            "/admin/keys",
            "/admin/audit",
        ]
        results = []
        for path in pages:
            started = time.perf_counter()
            if client.get(path).status_code != 200:
                raise RuntimeError(f"{path} did not answer 200")
            samples = [time.perf_counter() - started]  # the first request: caches still cold
            for _ in range(SAMPLES - 1):
                started = time.perf_counter()
                response = client.get(path)
                samples.append(time.perf_counter() - started)
                assert response.status_code == 200
            results.append((path, samples))
        return results


async def run(size: int) -> str:
    """Load ``size`` synthetic candidates into a throwaway database, serve it and time every page."""
    from matchwerk.auth.service import new_token
    from matchwerk.bench.server import bench_database, http_server

    async with bench_database("matchwerk_bench_pages") as url:
        engine = make_engine(url, pool_size=2)
        await seed(engine, size)
        await engine.dispose()
        with http_server(url, new_token(), port=8767) as base:
            results = await asyncio.to_thread(measure, base)
    lines = [
        f"## Web pages ({stamp()})",
        "",
        f"Machine: {machine()}; load average {os.getloadavg()[0]:.1f} at the end",
        "",
        f"{size:,} synthetic candidates, 2,000 open vacancies; signed in as an admin; uvicorn over loopback, "
        f"sequential, {SAMPLES} requests per page once the replica is ready (its start-up warm-up done); the "
        "first of them is also shown on its own (a statistic is computed then and reused until the data "
        "changes). Times include the HTTP round trip, so they bound the server time from above. "
        "Target (issue #13): p95 ≤ 150 ms for every page.",
        "",
        "| page | first request | p50 | p95 | max |",
        "|---|---|---|---|---|",
    ]
    for path, samples in results:
        shown = re.sub(r"[0-9a-f-]{36}", "{id}", path)
        lines.append(
            f"| `{shown}` | {samples[0] * 1000:.1f} ms | {percentile_ms(samples, 50):.1f} ms "
            f"| {percentile_ms(samples, 95):.1f} ms "
            f"| {max(samples) * 1000:.1f} ms |"
        )
    return "\n".join(lines)
