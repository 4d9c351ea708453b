"""Browser test machinery: the app served by uvicorn on a fresh database, Debian's chromium, axe-core."""

import os
import shutil
import socket
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import uvicorn
from playwright.async_api import Browser, Playwright

from matchwerk.app import create_app
from matchwerk.config import Settings
from tests.conftest import Server

AXE = Path(__file__).parent / "vendor" / "axe-4.14.1.min.js"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
INSTALL_HINT = "no chromium found: install it with `apt-get install -y chromium` (or set MATCHWERK_CHROMIUM)"


def chromium_path() -> str | None:
    """Debian's chromium (or MATCHWERK_CHROMIUM); None when there is none."""
    candidates = [os.environ.get("MATCHWERK_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")]
    return next((c for c in candidates if c and Path(c).exists()), None)


def require_chromium() -> str:
    """The browser, or skip (outside CI) / fail (in CI) with how to install one."""
    path = chromium_path()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(INSTALL_HINT)
        pytest.skip(INSTALL_HINT)
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LiveServer:
    """uvicorn in a thread with its own event loop, serving a fresh database with the demo data."""

    def __init__(self, database_url: str) -> None:
        settings = Settings(database_url=database_url, demo_data=True, migrate_on_start=True)
        self.database_url = database_url
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            create_app(settings),
            host="127.0.0.1",
            port=self.port,
            log_level=os.environ.get("MATCHWERK_TEST_SERVER_LOG", "warning"),
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def start(self) -> None:
        self.thread.start()
        deadline = time.monotonic() + 120
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the app did not start")
            time.sleep(0.1)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)


async def create_admin(live: LiveServer, email: str, password: str) -> None:
    """An admin account in the live server's database."""
    from matchwerk.db import make_engine, make_sessionmaker
    from matchwerk.users import service as user_service
    from matchwerk.users.models import UserRole

    engine = make_engine(live.database_url, pool_size=1)
    try:
        async with make_sessionmaker(engine)() as session:
            await user_service.create_user(
                session, email=email, name="Ada Admin", role=UserRole.ADMIN, password=password
            )
    finally:
        await engine.dispose()


async def launch(playwright: Playwright) -> Browser:
    """Chromium from Debian, headless, with nothing that phones home."""
    return await playwright.chromium.launch(executable_path=require_chromium(), args=CHROMIUM_FLAGS)


async def serve(pg_server: Server) -> AsyncIterator[LiveServer]:
    """Start a live server on a throwaway database; stop it and drop the database afterwards."""
    url = await pg_server.new_database("matchwerk_web")
    live = LiveServer(url)
    live.start()
    try:
        yield live
    finally:
        live.stop()
        await pg_server.drop(url)
