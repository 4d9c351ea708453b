"""Webhook rules: who owns which endpoint, emitting events into the outbox, secrets, redelivery."""

import json
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.auth.models import Principal, Role
from matchwerk.employers import repository as employer_repository
from matchwerk.errors import Conflict, NotFound, ValidationFailed
from matchwerk.webhooks import repository, signing, urls
from matchwerk.webhooks.models import (
    AttemptPublic,
    DeliveryPublic,
    DeliveryStatus,
    EndpointCreate,
    EventType,
    WebhookEndpoint,
)

ROTATION_OVERLAP = timedelta(hours=24)


async def emit(
    session: AsyncSession,
    event_type: EventType | str,
    data: dict[str, Any],
    *,
    employer_id: UUID | None = None,
    admin_copy: bool = True,
) -> UUID:
    """Put an event into the outbox inside the caller's transaction; it is delivered only if that commits.

    ``employer_id`` routes it to that employer's endpoints (and, with ``admin_copy``, the admin-wide ones);
    without it only admin-wide endpoints get it. ``data`` holds ids only, never personal data.
    """
    event_id = uuid4()
    kind = EventType(event_type)
    body = json.dumps(
        {"type": kind.value, "timestamp": datetime.now(UTC).isoformat(), "data": data},
        separators=(",", ":"),
        default=str,
    )
    await repository.insert_event(session, event_id, kind.value, employer_id, body, admin_copy=admin_copy)
    return event_id


def _url_error(exc: urls.UnsafeUrl) -> ValidationFailed:
    return ValidationFailed(
        str(exc), errors=[{"loc": ["body", "url"], "msg": str(exc), "type": "url_unsafe"}]
    )


async def create(
    session: AsyncSession, principal: Principal, body: EndpointCreate, *, allow_private: bool
) -> tuple[WebhookEndpoint, str]:
    """Register an endpoint; employer keys always register for their own employer. Returns the secret once."""
    employer_id = principal.employer_id if principal.role is Role.EMPLOYER else body.employer_id
    if (
        principal.role is not Role.EMPLOYER
        and employer_id is not None
        and await employer_repository.get(session, employer_id) is None
    ):
        raise ValidationFailed(
            f"Employer {employer_id} does not exist.",
            errors=[{"loc": ["body", "employer_id"], "msg": "unknown employer", "type": "not_found"}],
        )
    try:
        await urls.check(str(body.url), allow_private=allow_private)
    except urls.UnsafeUrl as exc:
        raise _url_error(exc) from exc
    secret = signing.new_secret()
    endpoint = await repository.insert_endpoint(
        session,
        WebhookEndpoint(
            employer_id=employer_id,
            url=str(body.url),
            events=sorted({e.value for e in body.events}),
            description=body.description,
            secret=secret,
        ),
    )
    await session.commit()
    return endpoint, secret


async def get(
    session: AsyncSession, principal: Principal, endpoint_id: UUID, *, for_update: bool = False
) -> WebhookEndpoint:
    """The endpoint, or NotFound when it is another employer's (admins see all)."""
    endpoint = await repository.get_endpoint(session, endpoint_id, for_update=for_update)
    if endpoint is None or (
        principal.role is Role.EMPLOYER and endpoint.employer_id != principal.employer_id
    ):
        raise NotFound(f"Webhook endpoint {endpoint_id} not found.")
    return endpoint


async def page(
    session: AsyncSession, principal: Principal, *, limit: int, cursor: str | None
) -> tuple[list[WebhookEndpoint], str | None]:
    """The endpoints the caller manages."""
    return await repository.page_endpoints(
        session,
        employer_id=principal.employer_id,
        only_employer=principal.role is Role.EMPLOYER,
        limit=limit,
        cursor=cursor,
    )


async def delete(session: AsyncSession, principal: Principal, endpoint_id: UUID) -> None:
    """Remove an endpoint; nothing more is sent to it."""
    await repository.delete_endpoint(session, await get(session, principal, endpoint_id, for_update=True))
    await session.commit()


async def rotate_secret(
    session: AsyncSession, principal: Principal, endpoint_id: UUID
) -> tuple[WebhookEndpoint, str]:
    """A new secret; for 24 hours deliveries carry signatures with the old and the new one."""
    endpoint = await get(session, principal, endpoint_id, for_update=True)
    secret = signing.new_secret()
    await repository.update_endpoint(
        session,
        endpoint,
        {
            "secret": secret,
            "previous_secret": endpoint.secret,
            "previous_secret_until": datetime.now(UTC) + ROTATION_OVERLAP,
        },
    )
    await session.commit()
    return endpoint, secret


async def deliveries(
    session: AsyncSession, principal: Principal, endpoint_id: UUID, *, limit: int, cursor: str | None
) -> tuple[list[DeliveryPublic], str | None]:
    """An endpoint's deliveries with every attempt."""
    await get(session, principal, endpoint_id)
    rows, next_cursor = await repository.page_deliveries(session, endpoint_id, limit=limit, cursor=cursor)
    return [
        DeliveryPublic(
            id=d.id,
            webhook_id=signing.message_id(d.id),
            event_id=d.event_id,
            event_type=EventType(event_type),
            status=DeliveryStatus(d.status),
            attempts=[AttemptPublic.model_validate(a, from_attributes=True) for a in attempts],
            next_attempt_at=d.next_attempt_at if d.status == DeliveryStatus.PENDING else None,
            last_status_code=d.last_status_code,
            created_at=d.created_at,
            completed_at=d.completed_at,
        )
        for d, event_type, attempts in rows
    ], next_cursor


async def redeliver(
    session: AsyncSession, principal: Principal, endpoint_id: UUID, delivery_id: UUID
) -> None:
    """Send a delivery again, with the same ``webhook-id`` and a fresh retry budget."""
    endpoint = await get(session, principal, endpoint_id)
    if not endpoint.enabled:
        raise Conflict(f"The endpoint is disabled ({endpoint.disabled_reason}); register it again.")
    if await repository.get_delivery(session, endpoint.id, delivery_id) is None:
        raise NotFound(f"Delivery {delivery_id} not found.")
    await repository.requeue(session, delivery_id)
    await session.commit()
