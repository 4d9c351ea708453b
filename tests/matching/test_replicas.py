"""Two app instances (replicas) on one database: a write through one is matched by the very next request
through the other, without any message between them."""

from collections.abc import AsyncIterator

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from matchwerk.app import create_app
from matchwerk.config import Settings
from matchwerk.db import make_engine, make_sessionmaker
from tests.conftest import make_token
from tests.factories import candidate_body, employer_body, vacancy_body


@pytest.fixture
async def replicas(database_url: str, engine: AsyncEngine) -> AsyncIterator[tuple[httpx.AsyncClient, ...]]:
    engines = [make_engine(database_url, pool_size=2) for _ in range(2)]
    async with make_sessionmaker(engines[0])() as session:
        token = await make_token(session)
    clients = []
    for own_engine in engines:
        app = create_app(Settings(database_url="postgresql://unused", demo_data=False), engine=own_engine)
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        clients.append(
            httpx.AsyncClient(
                transport=transport, base_url="http://test", headers={"Authorization": f"Bearer {token}"}
            )
        )
    yield tuple(clients)
    for client in clients:
        await client.aclose()
    async with engine.begin() as conn:  # committed test data: remove it again
        await conn.execute(text("DELETE FROM candidates WHERE reference LIKE 'REPLICA-%'"))
        await conn.execute(text("DELETE FROM employers WHERE name = 'Replica GmbH'"))
    for own_engine in engines:
        await own_engine.dispose()


async def test_write_on_one_replica_is_matched_by_the_other(replicas: tuple[httpx.AsyncClient, ...]) -> None:
    first, second = replicas
    employer = (await first.post("/api/v1/employers", json=employer_body(name="Replica GmbH"))).json()["id"]
    vacancy = (await first.post("/api/v1/vacancies", json=vacancy_body(employer))).json()["id"]
    url = f"/api/v1/vacancies/{vacancy}/matches"
    assert (await second.get(url)).json()["items"] == []  # builds replica two's index

    created = await first.post("/api/v1/candidates", json=candidate_body("REPLICA-1"))
    assert created.status_code == 201
    candidate = created.json()["id"]
    items = (await second.get(url)).json()["items"]
    assert [item["candidate_id"] for item in items] == [candidate]
    before = items[0]["components"]["language"]["score"]

    await first.patch(f"/api/v1/candidates/{candidate}", json={"languages": [{"code": "de", "level": "C1"}]})
    after = (await second.get(url)).json()["items"][0]["components"]["language"]["score"]
    assert after > before

    await first.delete(f"/api/v1/candidates/{candidate}")
    assert (await second.get(url)).json()["items"] == []
    await first.patch(f"/api/v1/vacancies/{vacancy}", json={"status": "closed"})
    assert (await second.get(f"/api/v1/candidates/{candidate}/matches")).status_code == 404
