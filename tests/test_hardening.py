"""Hardening: per-key rate limits, security headers, request ids, closed CORS, no personal data in logs."""

import logging
import re
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from matchwerk.app import create_app
from matchwerk.auth.models import Role
from matchwerk.auth.ratelimit import RateLimiter
from matchwerk.config import Settings
from matchwerk.db import make_engine
from tests.conftest import make_token
from tests.factories import candidate_body


def app_with(engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession], **settings: Any) -> FastAPI:
    application = create_app(
        Settings(database_url="postgresql://unused", demo_data=False, migrate_on_start=False, **settings),
        engine=engine,
    )
    application.state.sessionmaker = sessionmaker
    return application


@pytest.fixture
async def limited(
    engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession]
) -> AsyncIterator[httpx.AsyncClient]:
    app = app_with(engine, sessionmaker, rate_limit_per_minute=60, rate_limit_burst=2)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, raise_app_exceptions=False), base_url="http://test"
    ) as client:
        yield client


async def test_rate_limit_per_key_answers_429_with_retry_after(
    limited: httpx.AsyncClient, session: AsyncSession
) -> None:
    first = {"Authorization": f"Bearer {await make_token(session, Role.ADVISOR)}"}
    second = {"Authorization": f"Bearer {await make_token(session, Role.ADVISOR)}"}
    assert [(await limited.get("/api/v1/employers", headers=first)).status_code for _ in range(2)] == [
        200,
        200,
    ]
    refused = await limited.get("/api/v1/employers", headers=first)
    assert refused.status_code == 429
    assert refused.headers["content-type"] == "application/problem+json"
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
    assert (await limited.get("/api/v1/employers", headers=second)).status_code == 200  # per key
    assert (await limited.get("/healthz")).status_code == 200  # unauthenticated operations routes are not


def test_token_bucket_refills_at_the_configured_rate() -> None:
    now = [1000.0]
    limiter = RateLimiter(per_minute=60, burst=3, clock=lambda: now[0])
    key = Role.ADMIN  # any hashable works as a key id here
    assert [limiter.acquire(key) for _ in range(3)] == [None, None, None]
    wait = limiter.acquire(key)
    assert wait == pytest.approx(1.0)
    now[0] += 1.0
    assert limiter.acquire(key) is None
    now[0] += 3600
    assert [limiter.acquire(key) for _ in range(4)] == [None, None, None, pytest.approx(1.0)]
    assert RateLimiter(per_minute=0, burst=1).acquire(key) is None


SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "content-security-policy": "frame-ancestors 'none'",
    "referrer-policy": "no-referrer",
}


async def test_security_headers_on_every_response_and_no_store_on_the_api(admin: httpx.AsyncClient) -> None:
    responses = {
        "ok": await admin.get("/api/v1/employers"),
        "not found": await admin.get("/api/v1/employers/00000000-0000-4000-8000-000000000001"),
        "unauthenticated": await admin.get("/api/v1/employers", headers={"Authorization": "Bearer nope"}),
        "too large": await admin.post("/api/v1/employers", content=b"x" * (2 * 1024 * 1024)),
        "health": await admin.get("/healthz"),
    }
    for name, response in responses.items():
        for header, value in SECURITY_HEADERS.items():
            assert response.headers.get(header) == value, (name, header)
    assert responses["too large"].status_code == 413
    for name in ("ok", "not found", "unauthenticated", "too large"):
        assert responses[name].headers["cache-control"] == "no-store", name
    assert "cache-control" not in responses["health"].headers


async def test_request_id_is_echoed_or_generated(client: httpx.AsyncClient) -> None:
    given = await client.get("/healthz", headers={"X-Request-ID": "abc-123.4"})
    assert given.headers["X-Request-ID"] == "abc-123.4"
    generated = await client.get("/healthz")
    assert re.fullmatch(r"[0-9a-f]{32}", generated.headers["X-Request-ID"])
    assert generated.headers["X-Request-ID"] != (await client.get("/healthz")).headers["X-Request-ID"]
    unsafe = await client.get("/healthz", headers={"X-Request-ID": "a b <script>" + "x" * 300})
    assert re.fullmatch(r"[0-9a-f]{32}", unsafe.headers["X-Request-ID"])
    failed = await client.get("/api/v1/candidates", headers={"X-Request-ID": "req-401"})
    assert failed.status_code == 401
    assert failed.headers["X-Request-ID"] == "req-401"


async def test_cors_is_closed_by_default(client: httpx.AsyncClient) -> None:
    preflight = await client.options(
        "/api/v1/candidates",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"},
    )
    assert "access-control-allow-origin" not in preflight.headers
    simple = await client.get("/healthz", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in simple.headers


async def test_cors_allows_only_configured_origins(
    engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    app = app_with(engine, sessionmaker, cors_allow_origins=["https://frontend.example"])
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:

        async def preflight(origin: str) -> httpx.Response:
            return await client.options(
                "/api/v1/candidates",
                headers={
                    "Origin": origin,
                    "Access-Control-Request-Method": "PATCH",
                    "Access-Control-Request-Headers": "authorization,if-match",
                },
            )

        allowed = await preflight("https://frontend.example")
        assert allowed.status_code == 200
        assert allowed.headers["access-control-allow-origin"] == "https://frontend.example"
        refused = await preflight("https://evil.example")
        assert "access-control-allow-origin" not in refused.headers


def test_cors_origins_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MATCHWERK_CORS_ALLOW_ORIGINS", "https://a.example, https://b.example")
    assert Settings().cors_allow_origins == ["https://a.example", "https://b.example"]
    monkeypatch.delenv("MATCHWERK_CORS_ALLOW_ORIGINS")
    assert Settings().cors_allow_origins == []


PERSONAL_VALUES = ("Olena", "Kovalenko", "1990-04-01", "5550123", "olena@example.org")


async def test_no_personal_data_in_logs(
    app: FastAPI, admin: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)

    person = candidate_body()["personal"]

    async def leaky() -> None:  # an error whose message quotes personal data
        raise RuntimeError(f"could not reach {person['given_name']} at {person['email']}")

    app.add_api_route("/boom", leaky)
    created = (await admin.post("/api/v1/candidates", json=candidate_body())).json()
    url = f"/api/v1/candidates/{created['id']}"
    await admin.get(url)
    await admin.get("/api/v1/candidates")
    await admin.patch(url, json={"personal": {"email": "olena@example.org"}})
    await admin.post("/api/v1/candidates", json=candidate_body())  # duplicate reference: 409
    await admin.post("/api/v1/candidates", json=candidate_body("X", personal={"email": "Olena"}))  # 422
    await admin.delete(url)
    crashed = await admin.get("/boom")
    assert crashed.status_code == 500
    assert "Olena" not in crashed.text
    assert "RuntimeError" in caplog.text  # the crash is logged …
    for value in PERSONAL_VALUES:
        assert value not in caplog.text, value  # … without the data in its message


def test_statement_parameters_are_hidden_from_errors() -> None:
    engine = make_engine("postgresql://unused@/nowhere")
    assert engine.sync_engine.hide_parameters is True


async def test_unexpected_error_is_problem_with_headers(
    admin: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from matchwerk.employers import service as employer_service

    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom for Olena Kovalenko")

    monkeypatch.setattr(employer_service, "page", broken)
    response = await admin.get("/api/v1/employers", headers={"X-Request-ID": "req-500-test"})
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["X-Request-ID"] == "req-500-test"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "Olena" not in response.text
    assert "Traceback" not in response.text
