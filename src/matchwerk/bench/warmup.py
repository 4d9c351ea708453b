"""Warm-up benchmark: how long a starting replica takes to become ready, and whether it keeps answering
meanwhile (``/healthz`` polled from another process while the match index is built and every open vacancy
ranked). A replica that stops answering for long would fail its liveness probe and be restarted mid-build."""

import asyncio
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

from matchwerk.bench.pages import seed
from matchwerk.bench.report import machine, percentile_ms, stamp
from matchwerk.bench.server import bench_database, is_ready
from matchwerk.db import make_engine

POLL_SECONDS = 0.02


def _serve(database_url: str, port: int) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MATCHWERK_")}
    env.update(MATCHWERK_DATABASE_URL=database_url, MATCHWERK_DEMO_DATA="0", MATCHWERK_LOG_LEVEL="warning")
    matchwerk = str(Path(sys.executable).with_name("matchwerk"))
    return subprocess.Popen(  # noqa: S603 (our own command line)
        [matchwerk, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def measure(database_url: str, port: int) -> tuple[float, float, list[float]]:
    """Start a replica; return when it listened and became ready (s) and the /healthz times in between."""
    base = f"http://127.0.0.1:{port}"
    started, answers, done = time.monotonic(), list[tuple[float, float]](), threading.Event()
    server = _serve(database_url, port)

    def poll() -> None:
        while not done.is_set():
            began = time.monotonic()
            try:
                httpx.get(base + "/healthz", timeout=120)
                answers.append((began - started, time.monotonic() - began))
            except httpx.TransportError:
                pass
            time.sleep(POLL_SECONDS)

    poller = threading.Thread(target=poll)
    poller.start()
    try:
        while not is_ready(base):
            if server.poll() is not None:
                raise RuntimeError("matchwerk serve exited during the warm-up")
            time.sleep(0.2)
        ready = time.monotonic() - started
    finally:
        done.set()
        poller.join()
        server.send_signal(signal.SIGINT)
        server.wait(60)
    return answers[0][0], ready, [seconds for at, seconds in answers if at <= ready]


async def run(size: int, port: int) -> str:
    """Load ``size`` synthetic candidates into a throwaway database, start a replica on it and measure."""
    async with bench_database("matchwerk_bench_warmup") as url:
        engine = make_engine(url, pool_size=2)
        await seed(engine, size)
        await engine.dispose()
        listening, ready, health = await asyncio.to_thread(measure, url, port)
    return "\n".join(
        [
            f"## Start-up warm-up ({stamp()})",
            "",
            f"Machine: {machine()}; load average {os.getloadavg()[0]:.1f} at the end.",
            "",
            f"{size:,} synthetic candidates, 2,000 open vacancies; `matchwerk serve` started on them while "
            f"another process polls `/healthz` every {POLL_SECONDS * 1000:.0f} ms. Listening after "
            f"{listening:.1f} s (migrations checked, catalogue loaded), ready after **{ready:.1f} s** (index "
            f"built, every open vacancy ranked). `/healthz` during the warm-up: {len(health)} answers, p50 "
            f"{percentile_ms(health, 50):.0f} ms, p99 {percentile_ms(health, 99):.0f} ms, longest "
            f"**{max(health) * 1000:.0f} ms** (before the build moved to a worker thread: 7,044 ms at 1M).",
        ]
    )
