"""Races on committed data: concurrent requests on their own connections, the database decides."""

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from matchwerk import migrate
from matchwerk.app import create_app
from matchwerk.auth.models import Role
from matchwerk.config import Settings
from matchwerk.db import make_engine, make_sessionmaker
from tests.conftest import Server, make_token
from tests.factories import candidate_body, employer_body, vacancy_body

ROUNDS = 5


@pytest.fixture(scope="module")
async def committed(pg_server: Server) -> AsyncIterator[tuple[httpx.AsyncClient, AsyncEngine]]:
    """An advisor's client on a migrated throwaway database where every request commits for real."""
    url = await pg_server.new_database("matchwerk_placement_races")
    engine = make_engine(url, pool_size=6)
    try:
        await migrate.upgrade(engine)
        app = create_app(Settings(database_url="postgresql://unused", demo_data=False), engine=engine)
        async with make_sessionmaker(engine)() as session:
            token = await make_token(session, Role.ADVISOR)
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        headers = {"Authorization": f"Bearer {token}"}
        async with httpx.AsyncClient(transport=transport, base_url="http://test", headers=headers) as client:
            yield client, engine
    finally:
        await engine.dispose()
        await pg_server.drop(url)


async def _setup(client: httpx.AsyncClient, positions: int = 1) -> tuple[str, list[str]]:
    """A new employer with one vacancy and ROUNDS new people (the database is shared by this module)."""
    employer = (await client.post("/api/v1/employers", json=employer_body())).json()["id"]
    vacancy = (
        await client.post("/api/v1/vacancies", json=vacancy_body(employer, positions=positions))
    ).json()
    people = []
    for number in range(ROUNDS):
        body = candidate_body(f"RACE-{employer[:8]}-{number}")
        response = await client.post("/api/v1/candidates", json=body)
        people.append(response.json()["id"])
    return vacancy["id"], people


async def _statuses(*calls: Any) -> list[int]:
    responses = await asyncio.gather(*calls)
    return sorted(response.status_code for response in responses)


async def test_concurrent_proposals_of_one_pair_leave_one_placement(
    committed: tuple[httpx.AsyncClient, AsyncEngine],
) -> None:
    client, engine = committed
    vacancy, people = await _setup(client)
    for person in people:
        body = {"candidate_id": person, "vacancy_id": vacancy}
        statuses = await _statuses(*(client.post("/api/v1/placements", json=body) for _ in range(3)))
        assert statuses == [201, 409, 409]
    async with engine.connect() as conn:
        rows = (
            await conn.execute(
                text("SELECT count(*), count(DISTINCT candidate_id) FROM placements WHERE vacancy_id = :v"),
                {"v": vacancy},
            )
        ).one()
        history = (
            await conn.execute(
                text(
                    "SELECT count(*) FROM placement_history h JOIN placements p ON p.id = h.placement_id "
                    "WHERE p.vacancy_id = :v"
                ),
                {"v": vacancy},
            )
        ).scalar_one()
    assert tuple(rows) == (ROUNDS, ROUNDS)
    assert history == ROUNDS


async def test_concurrent_moves_with_the_same_version_one_wins(
    committed: tuple[httpx.AsyncClient, AsyncEngine],
) -> None:
    client, engine = committed
    vacancy, people = await _setup(client)
    placement = (
        await client.post("/api/v1/placements", json={"candidate_id": people[0], "vacancy_id": vacancy})
    ).json()
    url = f"/api/v1/placements/{placement['id']}/transitions"
    stale = {"If-Match": '"1"'}
    statuses = await _statuses(
        client.post(url, json={"to": "released"}, headers=stale),
        client.post(url, json={"to": "closed", "reason": "not_suitable"}, headers=stale),
    )
    assert statuses == [200, 412]
    async with engine.connect() as conn:
        versions = (
            await conn.execute(
                text("SELECT version FROM placement_history WHERE placement_id = :id ORDER BY version"),
                {"id": placement["id"]},
            )
        ).scalars()
        assert list(versions) == [1, 2]


async def test_concurrent_hires_never_exceed_the_positions(
    committed: tuple[httpx.AsyncClient, AsyncEngine],
) -> None:
    client, engine = committed
    vacancy, people = await _setup(client, positions=1)
    ids = []
    for person in people[:3]:
        placement = await client.post(
            "/api/v1/placements", json={"candidate_id": person, "vacancy_id": vacancy}
        )
        ids.append(placement.json()["id"])
        for stage in ("released", "contacted", "interview", "offer"):
            moved = await client.post(f"/api/v1/placements/{ids[-1]}/transitions", json={"to": stage})
            assert moved.status_code == 200, moved.text
    statuses = await _statuses(
        *(client.post(f"/api/v1/placements/{i}/transitions", json={"to": "hired"}) for i in ids)
    )
    assert statuses[0] == 200
    assert statuses[1:] == [409, 409]
    async with engine.connect() as conn:
        filled = (
            await conn.execute(
                text("SELECT positions_filled, status FROM vacancies WHERE id = :id"), {"id": vacancy}
            )
        ).one()
        stages = (
            await conn.execute(
                text("SELECT stage, count(*) FROM placements WHERE vacancy_id = :v GROUP BY stage"),
                {"v": vacancy},
            )
        ).all()
    assert tuple(filled) == (1, "filled")
    assert dict(stages) == {"hired": 1, "closed": 2}
