"""Integration benchmarks: bulk import of candidate rows, and the streamed hand-over export."""

import json
import os
import random
import threading
import time

import httpx

from matchwerk.bench.report import machine, stamp
from matchwerk.bench.synthetic import pools

_TITLES = (
    "Elektriker",
    "електрик",
    "Krankenpfleger",
    "Koch",
    "Lagerhelfer",
    "Maurer",
    "Busfahrer",
    "Friseurin",
)
_CENTRES = ("ZUE Ratingen", "ZUE Bonn", "EAE Bochum")


def candidate_rows(count: int, seed: int = 11, prefix: str = "BENCH") -> str:
    """``count`` realistic NDJSON candidate rows (occupation titles to resolve, languages, consent)."""
    rng = random.Random(seed)  # noqa: S311 (synthetic data, not security)
    postal_codes = [key for key, _ in pools().places]  # known NRW codes: unknown ones are refused (422)
    lines = []
    for i in range(count):
        lines.append(
            json.dumps(
                {
                    "reference": f"{prefix}-{i:06d}",
                    "reception_centre": rng.choice(_CENTRES),
                    "personal": {
                        "given_name": f"Vorname{i}",
                        "family_name": f"Nachname{i}",
                        "phone": "+49 170 5550123",
                    },
                    "consent": {
                        "matching": True,
                        "share_with_employers": rng.random() < 0.7,
                        "share_with_employment_agency": rng.random() < 0.5,
                    },
                    "residence": {"status": "temporary_protection", "work_authorization": "permitted"},
                    "location": {"postal_code": rng.choice(postal_codes)},
                    "occupations": [{"title": rng.choice(_TITLES), "years_experience": rng.randint(0, 20)}],
                    "languages": [
                        {"code": "de", "level": rng.choice(["A1", "A2", "B1", "B2"])},
                        {"code": "uk", "level": "native"},
                    ],
                    "skills": ["Teamarbeit"],
                    "employment_types": ["full_time"],
                },
                ensure_ascii=False,
            )
        )
    return "\n".join(lines) + "\n"


def measure_import(base: str, token: str, count: int) -> str:
    """Import ``count`` new rows over HTTP, then the same file again (all unchanged); a report section."""
    body = candidate_rows(count).encode()
    headers = {"Authorization": f"Bearer {token}", "content-type": "application/x-ndjson"}
    timings = []
    summaries = []
    with httpx.Client(base_url=base, timeout=600) as client:
        for _ in range(2):
            started = time.perf_counter()
            response = client.post("/api/v1/candidates/import", content=body, headers=headers)
            timings.append(time.perf_counter() - started)
            response.raise_for_status()
            summaries.append(response.json()["summary"])
    return (
        f"## Bulk import ({stamp()})\n\n"
        f"Machine: {machine()}. Shared with other work while measured (load average "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores), so the figures are upper bounds.\n\n"
        f"`POST /api/v1/candidates/import`, NDJSON, {count:,} new candidates ({len(body) / 1e6:.1f} MB, "
        "occupation titles resolved per row, multi-row inserts of 500 in a savepoint each (row by row if "
        "the database refuses a batch), audited) over HTTP to uvicorn on loopback. Before the batching "
        "(ORM, one savepoint per row) the first run took 177 s.\n\n"
        "| run | rows | result | seconds | rows/s |\n|---|---|---|---|---|\n"
        + "".join(
            f"| {run} | {count:,} | {summary} | **{seconds:.1f}** | {count / seconds:,.0f} |\n"
            for run, summary, seconds in zip(
                ("first (all new)", "repeat (same file)"), summaries, timings, strict=True
            )
        )
        + "\n"
        "Target: 10,000 rows in ≤ 30 s."
    )


def _rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


async def seed_consented(database_url: str, count: int) -> str:
    """``count`` consented candidates written straight into the database; a hand-over partner's token."""
    from matchwerk.auth import service as auth_service
    from matchwerk.auth.models import KeyScope, Role
    from matchwerk.candidates.schemas import CandidateCreate
    from matchwerk.db import make_engine, make_sessionmaker
    from matchwerk.imports import candidates as candidate_import
    from matchwerk.imports import repository

    engine = make_engine(database_url, pool_size=2)
    lines = candidate_rows(count, seed=5, prefix="HANDOVER").splitlines()
    try:
        async with make_sessionmaker(engine)() as session:
            for start in range(0, count, 2000):
                batch = []
                for line in lines[start : start + 2000]:
                    body = CandidateCreate.model_validate_json(line)
                    body.consent.share_with_employment_agency = True
                    batch.append(candidate_import._columns(body))
                await repository.insert_candidates(session, batch)
                await session.commit()
            _, token = await auth_service.create_key(
                session, role=Role.PARTNER, name="bench agency", scope=KeyScope.HANDOVER
            )
    finally:
        await engine.dispose()
    return token


def measure_handover(base: str, token: str, count: int, kind: str) -> tuple[float, int, int, float, float]:
    """Stream the whole export once: seconds, records, bytes, RSS before and its peak while streaming."""
    stop = threading.Event()
    peak = [_rss_mib()]
    before = peak[0]

    def sample() -> None:
        while not stop.is_set():
            peak[0] = max(peak[0], _rss_mib())
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    records = size = 0
    started = time.perf_counter()
    with (
        httpx.Client(base_url=base, timeout=600) as client,
        client.stream(
            "GET",
            "/api/v1/handover/candidates",
            params={"format": kind},
            headers={"Authorization": f"Bearer {token}"},
        ) as response,
    ):
        response.raise_for_status()
        for data in response.iter_raw():  # count lines in C: client and server share this process
            records += data.count(b"\n")
            size += len(data)
    seconds = time.perf_counter() - started
    stop.set()
    sampler.join()
    return seconds, records - (kind == "csv"), size, before, peak[0]


def handover_section(count: int, runs: list[tuple[str, tuple[float, int, int, float, float]]]) -> str:
    """The report section of the hand-over benchmark."""
    rows = "".join(
        f"| {kind} | {records:,} | {size / 1e6:.0f} MB | **{seconds:.1f}** | {records / seconds:,.0f} | "
        f"{before:.0f} → {peak:.0f} MiB |\n"
        for kind, (seconds, records, size, before, peak) in runs
    )
    return (
        f"## Hand-over export ({stamp()})\n\n"
        f"Machine: {machine()}. Shared with other work while measured (load average "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores), so the figures are upper bounds.\n\n"
        f"`GET /api/v1/handover/candidates` streaming all {count:,} consented profiles (full profile with "
        "contact, 1,000 per chunk, each chunk audited before it is sent) over HTTP from uvicorn on loopback; "
        "the client counts lines without parsing them. Memory is the resident size of the benchmark "
        "process, which holds server and client, sampled every 50 ms: before the request → peak while "
        "streaming.\n\n"
        "| format | records | size | seconds | records/s | memory |\n|---|---|---|---|---|---|\n"
        f"{rows}\nTarget: 100,000 profiles in ≤ 60 s with flat memory."
    )
