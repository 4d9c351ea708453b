"""The delivery worker that runs in every replica: lease due deliveries, POST them, record every attempt."""

import asyncio
import contextlib
import logging
import time
from datetime import UTC, datetime, timedelta

import httpx
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from matchwerk.webhooks import repository, signing, urls
from matchwerk.webhooks.repository import Due

logger = logging.getLogger(__name__)

TIMEOUT_S = 15.0
LEASE_S = 60  # > TIMEOUT_S: a replica that dies mid-send frees its deliveries after this
BATCH = 20


def _outcome(due: Due, response: httpx.Response | None, now: datetime) -> tuple[str, datetime | None, bool]:
    """(status, next try, disable endpoint) for an attempt's response (None: no response at all)."""
    code = response.status_code if response is not None else None
    if code is not None and 200 <= code < 300:
        return "succeeded", None, False
    if code == 410:
        return "failed", None, True
    retry_after = None
    if response is not None and code in (429, 503):
        retry_after = signing.retry_after_seconds(response.headers.get("retry-after"), now)
    delay = signing.next_delay(due.attempts + 1, retry_after)
    if delay is None:
        return "failed", None, False
    return "pending", now + timedelta(seconds=delay), False


async def _send(
    client: httpx.AsyncClient, due: Due, *, allow_private: bool
) -> tuple[httpx.Response | None, str | None]:
    now = datetime.now(UTC)
    try:
        await urls.check(due.url, allow_private=allow_private)  # again at send time: DNS may have changed
        response = await client.post(
            due.url,
            content=due.body.encode(),
            headers=signing.headers(due.delivery_id, due.body, due.secrets, now),
            timeout=TIMEOUT_S,
            follow_redirects=False,
        )
    except urls.UnsafeUrl as exc:
        return None, str(exc)
    except httpx.TimeoutException:
        return None, f"timed out after {TIMEOUT_S:.0f} s"
    except httpx.HTTPError as exc:
        return None, f"{type(exc).__name__}: {exc}"[:300]
    return response, None


async def deliver(
    factory: async_sessionmaker[AsyncSession],
    client: httpx.AsyncClient,
    *,
    allow_private: bool,
    limit: int = BATCH,
) -> int:
    """Lease and send up to ``limit`` due deliveries; the number of attempts made."""
    async with factory() as session:
        claimed = await repository.claim_due(session, limit=limit, lease_seconds=LEASE_S)
        await session.commit()
    if not claimed:
        return 0

    async def one(due: Due) -> None:
        started = time.monotonic()
        response, error = await _send(client, due, allow_private=allow_private)
        status, next_at, disable = _outcome(due, response, datetime.now(UTC))
        async with factory() as session:
            await repository.record_attempt(
                session,
                due.delivery_id,
                status_code=response.status_code if response is not None else None,
                error=error,
                duration_ms=int((time.monotonic() - started) * 1000),
                status=status,
                next_attempt_at=next_at,
            )
            if disable:
                await repository.disable_endpoint(session, due.endpoint_id, "the receiver answered 410 Gone")
            await session.commit()

    await asyncio.gather(*(one(due) for due in claimed))
    return len(claimed)


async def run(
    factory: async_sessionmaker[AsyncSession],
    *,
    allow_private: bool,
    poll_seconds: float,
    stop: asyncio.Event,
) -> None:
    """Deliver until ``stop`` is set; sleep ``poll_seconds`` whenever nothing is due."""
    async with httpx.AsyncClient(headers={"user-agent": "matchwerk-webhooks/1"}) as client:
        while not stop.is_set():
            try:
                sent = await deliver(factory, client, allow_private=allow_private)
            except Exception:
                logger.exception("webhook delivery round failed")
                sent = 0
            if sent == 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), timeout=poll_seconds)
