"""API keys over HTTP and the CLI: shown once, stored as a hash, scoped, revocable everywhere at once."""

from collections.abc import AsyncIterator
from uuid import UUID

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession
from typer.testing import CliRunner

from matchwerk import cli
from matchwerk.app import create_app
from matchwerk.auth import service as auth_service
from matchwerk.auth.models import Role
from matchwerk.config import Settings, get_settings
from matchwerk.db import make_sessionmaker
from tests.conftest import authenticated_key_id, make_token
from tests.factories import employer_body


async def test_create_shows_the_token_once_and_stores_only_its_hash(
    admin: httpx.AsyncClient, client: httpx.AsyncClient, session: AsyncSession
) -> None:
    created = await admin.post("/api/v1/keys", json={"role": "advisor", "name": "FAI Düsseldorf"})
    assert created.status_code == 201, created.text
    body = created.json()
    token = body["token"]
    assert token.startswith("mw_")
    assert len(token) >= 40
    assert body["token_prefix"] == token[:10]
    assert body["role"] == "advisor"
    assert created.headers["Location"] == f"/api/v1/keys/{body['id']}"

    stored = (
        await session.execute(text("SELECT token_hash FROM api_keys WHERE id = :id"), {"id": body["id"]})
    ).scalar_one()
    assert stored == auth_service.hash_token(token)
    assert token not in stored

    listed = (await admin.get("/api/v1/keys")).json()["items"]
    fetched = (await admin.get(f"/api/v1/keys/{body['id']}")).json()
    for shown in [*listed, fetched]:
        assert "token" not in shown
        assert "token_hash" not in shown
    assert body["id"] in {k["id"] for k in listed}

    works = await client.get("/api/v1/vacancies", headers={"Authorization": f"Bearer {token}"})
    assert works.status_code == 200


@pytest.mark.parametrize(
    ("payload", "problem"),
    [
        ({"role": "employer", "name": "x"}, "employer_id"),
        ({"role": "employer", "name": "x", "employer_id": "00000000-0000-4000-8000-000000000001"}, "exist"),
        ({"role": "intake", "name": "x"}, "reception_centre"),
        ({"role": "admin", "name": "x", "reception_centre": "ZUE Bonn"}, "reception_centre"),
        (
            {"role": "partner", "name": "x", "employer_id": "00000000-0000-4000-8000-000000000001"},
            "employer_id",
        ),
        ({"role": "root", "name": "x"}, "role"),
    ],
)
async def test_scope_must_fit_the_role(
    admin: httpx.AsyncClient, payload: dict[str, str], problem: str
) -> None:
    response = await admin.post("/api/v1/keys", json=payload)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert problem in response.text


async def test_scoped_keys_are_created_with_their_scope(admin: httpx.AsyncClient) -> None:
    employer = (await admin.post("/api/v1/employers", json=employer_body())).json()
    key = await admin.post(
        "/api/v1/keys", json={"role": "employer", "name": "HR sync", "employer_id": employer["id"]}
    )
    assert key.status_code == 201, key.text
    assert key.json()["employer_id"] == employer["id"]
    intake = await admin.post(
        "/api/v1/keys", json={"role": "intake", "name": "ZUE", "reception_centre": "ZUE Ratingen"}
    )
    assert intake.json()["reception_centre"] == "ZUE Ratingen"
    only_intake = (await admin.get("/api/v1/keys", params={"role": "intake"})).json()["items"]
    assert {k["role"] for k in only_intake} == {"intake"}


async def test_revoked_key_fails_on_the_next_request(
    admin: httpx.AsyncClient, client: httpx.AsyncClient, session: AsyncSession
) -> None:
    token = await make_token(session, Role.ADVISOR)
    key_id = await authenticated_key_id(session, token)
    headers = {"Authorization": f"Bearer {token}"}
    assert (await client.get("/api/v1/employers", headers=headers)).status_code == 200

    assert (await admin.delete(f"/api/v1/keys/{key_id}")).status_code == 204
    assert (await client.get("/api/v1/employers", headers=headers)).status_code == 401
    assert (await admin.delete(f"/api/v1/keys/{key_id}")).status_code == 204  # revoking twice is harmless
    shown = (await admin.get(f"/api/v1/keys/{key_id}")).json()
    assert shown["revoked_at"] is not None
    assert [
        k["id"] for k in (await admin.get("/api/v1/keys", params={"revoked": "true"})).json()["items"]
    ] == [str(key_id)]
    unknown = await admin.delete("/api/v1/keys/00000000-0000-4000-8000-000000000001")
    assert unknown.status_code == 404


@pytest.fixture
async def committed_keys(engine: AsyncEngine) -> AsyncIterator[list[UUID]]:
    """Ids of keys a test committed; deleted afterwards."""
    created: list[UUID] = []
    yield created
    async with engine.begin() as conn:
        await conn.execute(text("DELETE FROM api_keys WHERE id = ANY(:ids)"), {"ids": created})


async def test_revocation_applies_in_every_replica_and_last_use_is_recorded(
    engine: AsyncEngine, committed_keys: list[UUID]
) -> None:
    """Two app instances on one database stand for two replicas: a key revoked on one fails on the other."""
    settings = Settings(database_url="postgresql://unused", demo_data=False, migrate_on_start=False)
    replicas = [create_app(settings, engine=engine), create_app(settings, engine=engine)]
    async with make_sessionmaker(engine)() as session:
        admin_key, admin_token = await auth_service.create_key(session, role=Role.ADMIN, name="replica test")
        partner_key, partner_token = await auth_service.create_key(session, role=Role.PARTNER, name="victim")
    committed_keys.extend([admin_key.id, partner_key.id])

    def client(app: FastAPI, token: str) -> httpx.AsyncClient:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        return httpx.AsyncClient(
            transport=transport, base_url="http://test", headers={"Authorization": f"Bearer {token}"}
        )

    async with client(replicas[0], admin_token) as first, client(replicas[1], partner_token) as second:
        assert (await second.get("/api/v1/occupations", params={"q": "Koch"})).status_code == 200
        shown = (await first.get(f"/api/v1/keys/{partner_key.id}")).json()
        assert shown["last_used_at"] is not None
        assert (await first.delete(f"/api/v1/keys/{partner_key.id}")).status_code == 204
        assert (await second.get("/api/v1/occupations", params={"q": "Koch"})).status_code == 401


def test_cli_create_list_revoke(
    database_url: str, committed_keys: list[UUID], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MATCHWERK_DATABASE_URL", database_url)
    get_settings.cache_clear()
    runner = CliRunner()
    try:
        created = runner.invoke(
            cli.app, ["keys", "create", "--role", "partner", "--name", "cli-test-partner"]
        )
        assert created.exit_code == 0, created.output
        token = created.output.strip()
        assert token.startswith("mw_")

        listed = runner.invoke(cli.app, ["keys", "list", "--role", "partner"])
        assert listed.exit_code == 0, listed.output
        line = next(line for line in listed.output.splitlines() if "cli-test-partner" in line)
        key_id = UUID(line.split("\t")[0])
        committed_keys.append(key_id)
        assert token not in listed.output
        assert token[:10] in line

        revoked = runner.invoke(cli.app, ["keys", "revoke", str(key_id)])
        assert revoked.exit_code == 0, revoked.output
        assert "cli-test-partner" not in runner.invoke(cli.app, ["keys", "list"]).output
        assert "revoked" in runner.invoke(cli.app, ["keys", "list", "--all"]).output

        wrong = runner.invoke(cli.app, ["keys", "create", "--role", "intake", "--name", "no centre"])
        assert wrong.exit_code == 2
        assert "reception_centre" in wrong.output
    finally:
        get_settings.cache_clear()
