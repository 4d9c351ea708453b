"""Real processes for the operations tests: a ``matchwerk serve`` on its own embedded PostgreSQL."""

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

TOKEN = "mw_ops_test_admin_token_0123456789abcdef"
MATCHWERK = str(Path(sys.executable).with_name("matchwerk"))


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def environment(data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a served matchwerk on the embedded server under ``data_dir``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MATCHWERK_")}
    env.update(
        MATCHWERK_DATA_DIR=str(data_dir),
        MATCHWERK_DEMO_DATA="0",
        MATCHWERK_BOOTSTRAP_ADMIN_TOKEN=TOKEN,
        MATCHWERK_RATE_LIMIT_PER_MINUTE="0",
        MATCHWERK_LOG_LEVEL="warning",
    )
    env.update(extra)
    return env


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll ``condition`` until it holds or fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.1)


def postmaster_pid(pgdata: Path) -> int | None:
    """The pid of the server running on ``pgdata``, if any."""
    try:
        pid = int((pgdata / "postmaster.pid").read_text().split()[0])
    except (FileNotFoundError, IndexError, ValueError):
        return None
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split()[2]
    except FileNotFoundError:
        return None
    return None if state == "Z" else pid


def _as_a_terminal_job() -> None:
    """In the child before exec: the signal dispositions a terminal's job starts with. A suite run from a
    background job or under nohup inherits SIGINT/SIGHUP ignored, and the server would keep them ignored."""
    for signum in (signal.SIGINT, signal.SIGHUP, signal.SIGQUIT, signal.SIGTERM):
        signal.signal(signum, signal.SIG_DFL)


class Served:
    """``matchwerk serve`` as a child process (in its own session, like a terminal's job)."""

    def __init__(self, data_dir: Path, *args: str, **extra_env: str) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.data_dir = data_dir
        # The server's output goes to a file, so a failing test can show what the server did.
        self.log = Path(tempfile.gettempdir()) / f"mw-serve-{self.port}.log"
        with self.log.open("wb") as output:
            self.process = subprocess.Popen(  # noqa: S603
                [MATCHWERK, "serve", "--port", str(self.port), *args],
                env=environment(data_dir, **{"MATCHWERK_LOG_LEVEL": "info", **extra_env}),
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                preexec_fn=_as_a_terminal_job,
            )

    def wait_exit(self, timeout: float) -> None:
        """Wait for the process to end; fail with the tail of its log if it does not."""
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            tail = self.log.read_text(errors="replace")[-4000:]
            status = Path(f"/proc/{self.process.pid}/status").read_text()
            tail += "\n" + "\n".join(line for line in status.splitlines() if line.startswith("Sig"))
            raise AssertionError(
                f"matchwerk serve still running after {timeout} s; its log ends:\n{tail}"
            ) from None

    def wait_ready(self, timeout: float = 120) -> None:
        """Wait for /readyz (database reachable, schema current)."""

        def ready() -> bool:
            assert self.process.poll() is None, "matchwerk serve exited"
            try:
                return httpx.get(self.base_url + "/readyz", timeout=2).status_code == 200
            except httpx.TransportError:
                return False

        wait_until(ready, timeout, "matchwerk serve to be ready")

    def signal_group(self, signum: signal.Signals) -> None:
        """Send ``signum`` to the whole process group, as a closing terminal does."""
        os.killpg(self.process.pid, signum)

    def stop(self) -> None:
        """SIGTERM, then SIGKILL if it lingers; the log goes too (a failure has quoted it already)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.unlink(missing_ok=True)
