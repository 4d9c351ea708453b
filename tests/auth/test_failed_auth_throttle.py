"""Repeated bad tokens from one address are throttled (429) while keys in use from there keep working."""

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.auth.ratelimit import FailedAuthThrottle
from tests.conftest import make_token


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_throttle_counts_failures_per_address_and_refills() -> None:
    clock = Clock()
    throttle = FailedAuthThrottle(per_minute=60, burst=3, clock=clock)
    for _ in range(3):
        assert throttle.blocked("10.0.0.1", "bad") is None
        throttle.failed("10.0.0.1")
    assert throttle.blocked("10.0.0.1", "bad") == pytest.approx(1.0)
    assert throttle.blocked("10.0.0.2", "bad") is None  # another address is not affected
    throttle.succeeded("good")
    assert throttle.blocked("10.0.0.1", "good") is None  # a key accepted before passes
    clock.now += 1.0
    assert throttle.blocked("10.0.0.1", "bad") is None  # one failure refilled after a second


async def test_bad_tokens_get_429_and_a_good_key_still_works(
    app: FastAPI, client: httpx.AsyncClient, session: AsyncSession
) -> None:
    app.state.auth_throttle = FailedAuthThrottle(per_minute=6, burst=5)
    good = {"Authorization": f"Bearer {await make_token(session)}"}
    assert (await client.get("/api/v1/employers", headers=good)).status_code == 200

    statuses = [
        (await client.get("/api/v1/employers", headers={"Authorization": f"Bearer guess-{n}"})).status_code
        for n in range(8)
    ]
    assert statuses == [401] * 5 + [429] * 3
    throttled = await client.get("/api/v1/employers", headers={"Authorization": "Bearer guess-9"})
    assert throttled.status_code == 429
    assert int(throttled.headers["Retry-After"]) >= 1
    assert throttled.headers["content-type"] == "application/problem+json"
    assert (await client.get("/api/v1/employers")).status_code == 429  # no token at all: throttled too

    assert (await client.get("/api/v1/employers", headers=good)).status_code == 200
