"""The README's generated-client example runs as printed against a live server (uvicorn, real PostgreSQL)."""

import contextlib
import io
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from matchwerk import migrate
from matchwerk.auth.service import new_token
from matchwerk.bench.server import http_server
from matchwerk.db import make_engine
from tests.conftest import Server
from tests.factories import employer_body, vacancy_body
from tests.ops.support import free_port

ROOT = Path(__file__).resolve().parents[1]


def readme_example() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- client-example:start -->\n```python\n(.*?)```", readme, re.DOTALL)
    assert block is not None, "README.md has no client example between the client-example markers"
    return block.group(1)


@contextlib.contextmanager
def environment(**values: str) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.fixture
async def live_database(pg_server: Server) -> Any:
    url = await pg_server.new_database("matchwerk_client")
    engine = make_engine(url, pool_size=1)
    await migrate.upgrade(engine)
    await engine.dispose()
    yield url
    await pg_server.drop(url)


async def test_readme_client_example_runs_against_a_live_server(live_database: str) -> None:
    token = new_token()
    sys.path.insert(0, str(ROOT / "clients" / "python"))
    try:
        with http_server(live_database, token, port=free_port()) as base:
            async with httpx.AsyncClient(
                base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=120
            ) as admin:
                employer = (await admin.post("/api/v1/employers", json=employer_body())).json()
                created = await admin.post("/api/v1/vacancies", json=vacancy_body(employer["id"]))
                assert created.status_code == 201
            output = io.StringIO()
            with environment(MATCHWERK_URL=base, MATCHWERK_TOKEN=token), contextlib.redirect_stdout(output):
                exec(compile(readme_example(), "README.md", "exec"), {})  # noqa: S102 (our own README)
    finally:
        sys.path.remove(str(ROOT / "clients" / "python"))
    lines = output.getvalue().splitlines()
    assert lines[0] == "Elektroniker/in (m/w/d) Energie- und Gebäudetechnik open"
    assert re.fullmatch(r"\d{5}", lines[-1])
