"""``matchwerk serve`` as an operator meets it: start-up messages, several workers behind one /metrics."""

import subprocess
from pathlib import Path

import httpx
import pytest

from tests.ops.support import MATCHWERK, Served, environment, free_port, wait_until
from tests.ops.test_metrics import sample

pytestmark = pytest.mark.own_postgres


def _start_once(data_dir: Path) -> str:
    """Serve until ready with demo data and no preset token, stop, and return what it printed."""
    env = environment(
        data_dir, MATCHWERK_DEMO_DATA="1", MATCHWERK_LOG_FORMAT="text", MATCHWERK_LOG_LEVEL="info"
    )
    env.pop("MATCHWERK_BOOTSTRAP_ADMIN_TOKEN")
    port = free_port()
    log = data_dir / f"serve-{port}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(  # noqa: S603
            [MATCHWERK, "serve", "--port", str(port)], env=env, stdout=out, stderr=subprocess.STDOUT
        )
        try:

            def ready() -> bool:
                try:
                    return httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200
                except httpx.TransportError:
                    return False

            wait_until(ready, 180, "matchwerk serve")
        finally:
            process.terminate()
            process.wait(timeout=60)
    return log.read_text()


def test_token_shown_only_when_created_and_demo_data_reported(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    first = _start_once(tmp_path)
    token = (tmp_path / "admin-token").read_text().strip()
    assert token in first
    assert "demo data loaded" in first

    second = _start_once(tmp_path)
    assert token not in second
    assert "admin token: in" in second
    assert "demo data not loaded: the database already holds data" in second


def test_metrics_add_up_over_two_workers(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    served = Served(tmp_path, "--workers", "2")
    try:
        served.wait_ready()
        for _ in range(40):  # a new connection each time, so both workers answer some
            assert httpx.get(served.base_url + "/healthz", timeout=10).status_code == 200

        def both_workers_seen() -> bool:
            text = httpx.get(served.base_url + "/metrics", timeout=10).text
            return text.count("matchwerk_worker_up{") == 2

        wait_until(both_workers_seen, 30, "both workers in /metrics")
        text = httpx.get(served.base_url + "/metrics", timeout=10).text
        total = sample(text, "matchwerk_http_requests_total", method="GET", route="/healthz", status="200")
        assert total == 40
    finally:
        served.stop()
