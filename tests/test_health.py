"""Liveness and readiness."""

import httpx
from fastapi import FastAPI

from matchwerk import migrate


async def test_healthz(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


async def test_readyz_reports_the_head_revision(client: httpx.AsyncClient) -> None:
    response = await client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["schema_revision"] == migrate.head_revision()


async def test_readyz_is_503_while_the_replica_warms_up(client: httpx.AsyncClient, app: FastAPI) -> None:
    app.state.warming = True
    response = await client.get("/readyz")
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["detail"] == "Warming up: the match index is being built."
    assert "retry-after" in response.headers
    app.state.warming = False
    assert (await client.get("/readyz")).status_code == 200
