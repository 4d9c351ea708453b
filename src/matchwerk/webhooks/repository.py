"""SQL for webhooks: endpoints, the outbox with its fan-out, claiming due deliveries, attempts."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.repository import keyset_page
from matchwerk.webhooks.models import WebhookAttempt, WebhookDelivery, WebhookEndpoint, WebhookEvent

_E = WebhookEndpoint.__table__  # type: ignore[attr-defined]
_D = WebhookDelivery.__table__  # type: ignore[attr-defined]


async def insert_endpoint(session: AsyncSession, endpoint: WebhookEndpoint) -> WebhookEndpoint:
    """Store a new endpoint."""
    session.add(endpoint)
    await session.flush()
    await session.refresh(endpoint)
    return endpoint


async def get_endpoint(
    session: AsyncSession, endpoint_id: UUID, *, for_update: bool = False
) -> WebhookEndpoint | None:
    """One endpoint."""
    stmt = sa.select(WebhookEndpoint).where(_E.c.id == endpoint_id)
    if for_update:
        stmt = stmt.with_for_update()
    return (await session.execute(stmt)).scalar_one_or_none()


async def page_endpoints(
    session: AsyncSession, *, employer_id: UUID | None, only_employer: bool, limit: int, cursor: str | None
) -> tuple[list[WebhookEndpoint], str | None]:
    """Endpoints, all of them or one employer's."""
    stmt = sa.select(WebhookEndpoint)
    if only_employer:
        stmt = stmt.where(_E.c.employer_id == employer_id)
    return await keyset_page(session, stmt, _E.c, limit=limit, cursor=cursor)


async def delete_endpoint(session: AsyncSession, endpoint: WebhookEndpoint) -> None:
    """Delete an endpoint with its deliveries."""
    await session.delete(endpoint)
    await session.flush()


async def update_endpoint(session: AsyncSession, endpoint: WebhookEndpoint, values: dict[str, Any]) -> None:
    """Set columns of an endpoint."""
    for column, value in values.items():
        setattr(endpoint, column, value)
    endpoint.updated_at = sa.func.now()  # type: ignore[assignment]
    await session.flush()
    await session.refresh(endpoint)


async def insert_event(
    session: AsyncSession,
    event_id: UUID,
    event_type: str,
    employer_id: UUID | None,
    body: str,
    *,
    admin_copy: bool,
) -> int:
    """Write the event and one pending delivery per subscribed, enabled endpoint; the number of deliveries."""
    await session.execute(
        sa.insert(WebhookEvent.__table__).values(  # type: ignore[attr-defined]
            id=event_id, type=event_type, employer_id=employer_id, body=body
        )
    )
    result = await session.execute(
        sa.text(
            "INSERT INTO webhook_deliveries (id, endpoint_id, event_id) "
            "SELECT gen_random_uuid(), e.id, :event_id FROM webhook_endpoints e "
            "WHERE e.enabled AND :type = ANY(e.events) "
            "AND (e.employer_id = CAST(:employer_id AS uuid) OR (:admin AND e.employer_id IS NULL))"
        ),
        {
            "event_id": event_id,
            "type": event_type,
            "employer_id": employer_id,
            "admin": admin_copy or employer_id is None,
        },
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Due:
    """A claimed delivery with what the worker needs to send it."""

    delivery_id: UUID
    endpoint_id: UUID
    url: str
    secrets: list[str]
    body: str
    attempts: int


async def claim_due(session: AsyncSession, *, limit: int, lease_seconds: int) -> list[Due]:
    """Lease due deliveries: rows locked by another replica are skipped, the lease survives a crash."""
    rows = await session.execute(
        sa.text(
            "WITH due AS (SELECT d.id FROM webhook_deliveries d "
            "  WHERE d.status = 'pending' AND d.next_attempt_at <= now() "
            "  ORDER BY d.next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED) "
            "UPDATE webhook_deliveries d SET next_attempt_at = now() + make_interval(secs => :lease) "
            "FROM due, webhook_endpoints e, webhook_events ev "
            "WHERE d.id = due.id AND e.id = d.endpoint_id AND ev.id = d.event_id "
            "RETURNING d.id, d.endpoint_id, e.url, e.secret, "
            "  CASE WHEN e.previous_secret_until > now() THEN e.previous_secret END, "
            "  ev.body, d.attempts, e.enabled"
        ),
        {"limit": limit, "lease": lease_seconds},
    )
    claimed = []
    disabled = []
    for delivery_id, endpoint_id, url, secret, previous, body, attempts, enabled in rows:
        if not enabled:
            disabled.append(delivery_id)
            continue
        claimed.append(
            Due(delivery_id, endpoint_id, url, [s for s in (secret, previous) if s], body, attempts)
        )
    if disabled:
        await session.execute(
            sa.update(_D).where(_D.c.id.in_(disabled)).values(status="failed", completed_at=sa.func.now())
        )
    return claimed


async def record_attempt(
    session: AsyncSession,
    delivery_id: UUID,
    *,
    status_code: int | None,
    error: str | None,
    duration_ms: int,
    status: str,
    next_attempt_at: datetime | None,
) -> None:
    """Append the attempt and move the delivery on (done, failed for good, or due again later)."""
    session.add(
        WebhookAttempt(delivery_id=delivery_id, status_code=status_code, error=error, duration_ms=duration_ms)
    )
    values: dict[str, Any] = {
        "attempts": _D.c.attempts + 1,
        "status": status,
        "last_status_code": status_code,
    }
    if status == "pending":
        values["next_attempt_at"] = next_attempt_at
    else:
        values["completed_at"] = sa.func.now()
    await session.execute(sa.update(_D).where(_D.c.id == delivery_id).values(**values))
    await session.flush()


async def disable_endpoint(session: AsyncSession, endpoint_id: UUID, reason: str) -> None:
    """Stop delivering to an endpoint; its pending deliveries fail."""
    await session.execute(
        sa.update(_E)
        .where(_E.c.id == endpoint_id)
        .values(enabled=False, disabled_reason=reason, updated_at=sa.func.now())
    )
    await session.execute(
        sa.update(_D)
        .where(_D.c.endpoint_id == endpoint_id, _D.c.status == "pending")
        .values(status="failed", completed_at=sa.func.now())
    )


async def page_deliveries(
    session: AsyncSession, endpoint_id: UUID, *, limit: int, cursor: str | None
) -> tuple[list[tuple[WebhookDelivery, str, list[WebhookAttempt]]], str | None]:
    """An endpoint's deliveries (oldest first), each with its event type and attempts."""
    deliveries, next_cursor = await keyset_page(
        session,
        sa.select(WebhookDelivery).where(_D.c.endpoint_id == endpoint_id),
        _D.c,
        limit=limit,
        cursor=cursor,
    )
    ids = [d.id for d in deliveries]
    if not ids:
        return [], next_cursor
    types: dict[UUID, str] = {
        row[0]: row[1]
        for row in (
            await session.execute(
                sa.text(
                    "SELECT d.id, ev.type FROM webhook_deliveries d "
                    "JOIN webhook_events ev ON ev.id = d.event_id "
                    "WHERE d.id = ANY(:ids)"
                ),
                {"ids": ids},
            )
        ).all()
    }
    _A = WebhookAttempt.__table__  # type: ignore[attr-defined]  # noqa: N806
    attempts: dict[UUID, list[WebhookAttempt]] = {i: [] for i in ids}
    for attempt in (
        await session.execute(
            sa.select(WebhookAttempt).where(_A.c.delivery_id.in_(ids)).order_by(_A.c.attempted_at, _A.c.id)
        )
    ).scalars():
        attempts[attempt.delivery_id].append(attempt)
    return [(d, types[d.id], attempts[d.id]) for d in deliveries], next_cursor


async def get_delivery(session: AsyncSession, endpoint_id: UUID, delivery_id: UUID) -> WebhookDelivery | None:
    """One delivery of an endpoint, locked."""
    return (
        await session.execute(
            sa.select(WebhookDelivery)
            .where(_D.c.id == delivery_id, _D.c.endpoint_id == endpoint_id)
            .with_for_update()
        )
    ).scalar_one_or_none()


async def requeue(session: AsyncSession, delivery_id: UUID) -> None:
    """Make a delivery due now with a fresh retry budget (same id, so the same ``webhook-id``)."""
    await session.execute(
        sa.update(_D)
        .where(_D.c.id == delivery_id)
        .values(status="pending", attempts=0, next_attempt_at=sa.func.now(), completed_at=None)
    )
