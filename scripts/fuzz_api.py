"""Schemathesis against a served matchwerk (embedded PostgreSQL, demo data), as admin and as an employer.

Usage: python scripts/fuzz_api.py [--max-examples N] [--seed S] [--port P]
Exits non-zero on any failure of the checks not_a_server_error, status_code_conformance and
response_schema_conformance.
"""

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ADMIN_TOKEN = "mw_fuzz_admin_" + "0" * 32
CHECKS = "not_a_server_error,status_code_conformance,response_schema_conformance"
BIN = Path(sys.executable).parent


def wait_ready(base_url: str, server: subprocess.Popen[bytes], timeout: float = 300) -> None:
    """Wait until /readyz answers 200 (migrations and demo data done)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("matchwerk serve exited during start-up")
        try:
            if httpx.get(base_url + "/readyz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    raise SystemExit("matchwerk serve did not become ready")


def employer_token(base_url: str) -> str:
    """A key for the first demo employer, created through the API."""
    admin = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {ADMIN_TOKEN}"}, timeout=30)
    employer_id = admin.get("/api/v1/employers", params={"limit": 1}).json()["items"][0]["id"]
    body = {"role": "employer", "name": "fuzz", "employer_id": employer_id}
    created = admin.post("/api/v1/keys", json=body)
    created.raise_for_status()
    token: str = created.json()["token"]
    return token


def fuzz(base_url: str, token: str, args: argparse.Namespace) -> int:
    """One schemathesis run over every operation with ``token``."""
    command = [
        str(BIN / "schemathesis"),
        "run",
        base_url + "/openapi.json",
        "--checks",
        CHECKS,
        "--phases",
        "examples,coverage,fuzzing",
        "--max-examples",
        str(args.max_examples),
        "--seed",
        str(args.seed),
        "--workers",
        "1",  # CPython 3.11's AST validator is not thread-safe ("recursion depth mismatch" in hypothesis)
        "--header",
        f"Authorization: Bearer {token}",
        "--suppress-health-check",
        "all",
        "--no-shrink",
        "--request-timeout",
        "60",  # SVG charts render in a second on an idle machine, far slower on a loaded one
    ]
    return subprocess.run(command, check=False).returncode


def main() -> int:
    """Start the server, fuzz as admin and as employer, stop the server."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--max-examples", type=int, default=20)
    parser.add_argument("--seed", type=int, default=20261206)
    parser.add_argument("--port", type=int, default=8097)
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="mw-fuzz-"))
    data_dir.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if not k.startswith("MATCHWERK_")}
    env.update(
        MATCHWERK_DATA_DIR=str(data_dir),
        MATCHWERK_BOOTSTRAP_ADMIN_TOKEN=ADMIN_TOKEN,
        MATCHWERK_RATE_LIMIT_PER_MINUTE="0",
        MATCHWERK_LOG_LEVEL="warning",
    )
    base_url = f"http://127.0.0.1:{args.port}"
    command = [str(BIN / "matchwerk"), "serve", "--port", str(args.port)]
    server = subprocess.Popen(command, env=env)
    try:
        wait_ready(base_url, server)
        failures = 0
        for role, token in (("admin", ADMIN_TOKEN), ("employer", employer_token(base_url))):
            print(f"=== schemathesis as {role}", flush=True)
            failures += fuzz(base_url, token, args) != 0
        return 1 if failures else 0
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
