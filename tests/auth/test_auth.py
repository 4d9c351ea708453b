"""Bearer authentication on every /api/v1 route."""

import httpx
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.auth import service as auth_service
from matchwerk.auth.models import Role
from tests.conftest import make_token


async def test_no_token_is_401_with_challenge(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/candidates")
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"
    assert response.headers["content-type"] == "application/problem+json"


async def test_unknown_and_revoked_tokens_are_401(client: httpx.AsyncClient, session: AsyncSession) -> None:
    token = await make_token(session)
    headers = {"Authorization": f"Bearer {token}"}
    assert (await client.get("/api/v1/employers", headers=headers)).status_code == 200
    await session.execute(text("UPDATE api_keys SET revoked_at = now()"))
    await session.commit()
    assert (await client.get("/api/v1/employers", headers=headers)).status_code == 401
    assert (
        await client.get("/api/v1/employers", headers={"Authorization": "Bearer mw_nope"})
    ).status_code == 401
    assert (await client.get("/api/v1/employers", headers={"Authorization": "Basic abc"})).status_code == 401


async def test_only_the_hash_is_stored(session: AsyncSession) -> None:
    key, token = await auth_service.create_key(session, role=Role.ADMIN, name="t")
    stored = (
        await session.execute(text("SELECT token_hash FROM api_keys WHERE id = :id"), {"id": key.id})
    ).one()
    assert token not in stored.token_hash
    assert stored.token_hash == auth_service.hash_token(token)
    assert len(token) >= 40


async def test_bootstrap_admin_token_works_as_given(client: httpx.AsyncClient, session: AsyncSession) -> None:
    await auth_service.ensure_bootstrap_admin(session, "local-dev-token-123")
    await auth_service.ensure_bootstrap_admin(session, "local-dev-token-123")  # idempotent
    response = await client.get("/api/v1/vacancies", headers={"Authorization": "Bearer local-dev-token-123"})
    assert response.status_code == 200


async def test_role_without_the_right_is_403(client: httpx.AsyncClient, session: AsyncSession) -> None:
    token = await make_token(session, Role.PARTNER)
    response = await client.get("/api/v1/candidates", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 403
