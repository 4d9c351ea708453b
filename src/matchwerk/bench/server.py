"""Throwaway databases and an in-process HTTP server for benchmarks."""

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager

import httpx
import uvicorn
from pydantic import SecretStr

from matchwerk.config import Settings, get_settings
from matchwerk.db import (
    create_database,
    database_name,
    drop_database,
    make_engine,
    server_url,
    throwaway_name,
    with_database,
)
from matchwerk.migrate import upgrade


@asynccontextmanager
async def bench_database(prefix: str = "matchwerk_bench") -> AsyncIterator[str]:
    """A migrated throwaway database on MATCHWERK_DATABASE_URL's server or the embedded one; dropped after."""
    with server_url(get_settings(), database="postgres") as server:
        url = with_database(server, throwaway_name(prefix))
        await create_database(server, database_name(url))
        engine = make_engine(url, pool_size=2)
        await upgrade(engine)
        await engine.dispose()
        try:
            yield url
        finally:
            await drop_database(server, database_name(url))


@contextmanager
def http_server(database_url: str, token: str, port: int = 8765) -> Iterator[str]:
    """Serve the app with uvicorn in a background thread; yields its base URL."""
    from matchwerk.app import create_app

    settings = Settings(
        rate_limit_per_minute=0,  # measure the service, not the per-key limit
        database_url=database_url,
        bootstrap_admin_token=SecretStr(token),
        demo_data=False,
        migrate_on_start=False,
    )
    config = uvicorn.Config(
        create_app(settings), host="127.0.0.1", port=port, log_level="warning", lifespan="on"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=lambda: asyncio.run(server.serve()), daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("benchmark server did not start")
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    _wait_ready(base, thread)
    try:
        yield base
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def is_ready(base: str) -> bool:
    """Whether the server at ``base`` answers /readyz with 200 (listening, schema current, warm-up done)."""
    try:
        return httpx.get(base + "/readyz", timeout=5).status_code == 200
    except httpx.TransportError:
        return False


def _wait_ready(base: str, thread: threading.Thread, timeout: float = 900) -> None:
    """Wait for /readyz: the start-up warm-up (index build) is done, so the steady state is measured."""
    deadline = time.monotonic() + timeout
    while not is_ready(base):
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("benchmark server did not become ready")
        time.sleep(0.2)
