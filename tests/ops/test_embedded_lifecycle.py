"""The embedded PostgreSQL stops on every exit path and a stale pid file never keeps it alive."""

import json
import shutil
import signal
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.ops.support import MATCHWERK, TOKEN, Served, environment, postmaster_pid, wait_until

pytestmark = pytest.mark.own_postgres

STOP_TIMEOUT = 20.0


@pytest.fixture(scope="module")
def data_dir() -> Iterator[Path]:
    """One data directory for the module (initdb once); nothing may be running on it at the end."""
    path = Path(tempfile.mkdtemp(prefix="mw-ops-embedded-"))  # not pytest's shared, rotated base temp
    path.chmod(0o755)  # the server runs as its own OS user when we are root
    yield path
    pid = postmaster_pid(path / "pgdata")
    if pid is not None:  # leave nothing behind even when a test failed
        subprocess.run([MATCHWERK, "migrate"], env=environment(path), check=False)  # noqa: S603
    shutil.rmtree(path, ignore_errors=True)


def _dead_pid() -> int:
    child = subprocess.Popen(["true"])  # noqa: S607
    child.wait()
    return child.pid


def test_cli_command_stops_the_server_despite_a_stale_pid_file(data_dir: Path) -> None:
    pgdata = data_dir / "pgdata"
    subprocess.run([MATCHWERK, "migrate"], env=environment(data_dir), check=True, capture_output=True)  # noqa: S603
    assert postmaster_pid(pgdata) is None
    (pgdata / ".handle_pids.json").write_text(json.dumps([_dead_pid()]))  # a crashed user's leftover

    subprocess.run([MATCHWERK, "migrate"], env=environment(data_dir), check=True, capture_output=True)  # noqa: S603

    assert postmaster_pid(pgdata) is None
    assert json.loads((pgdata / ".handle_pids.json").read_text()) == []


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_server_stops_when_the_terminal_signals_the_process_group(data_dir: Path, signum: int) -> None:
    served = Served(data_dir)
    try:
        served.wait_ready()
        assert postmaster_pid(data_dir / "pgdata") is not None
        served.signal_group(signal.Signals(signum))
        served.wait_exit(STOP_TIMEOUT)
        wait_until(lambda: postmaster_pid(data_dir / "pgdata") is None, STOP_TIMEOUT, "PostgreSQL to stop")
    finally:
        served.stop()


def test_kill_9_mid_write_loses_no_acknowledged_write_and_stops_the_server(data_dir: Path) -> None:
    served = Served(data_dir)
    acknowledged: list[str] = []
    stop = threading.Event()

    def write() -> None:
        with httpx.Client(base_url=served.base_url, headers={"Authorization": f"Bearer {TOKEN}"}) as client:
            number = 0
            while not stop.is_set():
                number += 1
                try:
                    response = client.post("/api/v1/employers", json={"name": f"Crash {number}"}, timeout=5)
                except httpx.TransportError:
                    continue
                if response.status_code == 201:
                    acknowledged.append(response.json()["id"])

    try:
        served.wait_ready()
        writers = [threading.Thread(target=write) for _ in range(4)]
        for writer in writers:
            writer.start()
        wait_until(lambda: len(acknowledged) >= 40, 60, "40 acknowledged writes")
        served.process.kill()  # SIGKILL: no atexit, no lifespan shutdown
        served.process.wait()
        stop.set()
        for writer in writers:
            writer.join()
        wait_until(lambda: postmaster_pid(data_dir / "pgdata") is None, STOP_TIMEOUT, "the watchdog's stop")
    finally:
        stop.set()
        served.stop()

    again = Served(data_dir)
    try:
        again.wait_ready()
        headers = {"Authorization": f"Bearer {TOKEN}"}
        with httpx.Client(base_url=again.base_url, headers=headers, timeout=10) as client:
            missing = [i for i in acknowledged if client.get(f"/api/v1/employers/{i}").status_code != 200]
    finally:
        again.stop()
    assert len(acknowledged) >= 40
    assert missing == []
    wait_until(lambda: postmaster_pid(data_dir / "pgdata") is None, STOP_TIMEOUT, "PostgreSQL to stop")
