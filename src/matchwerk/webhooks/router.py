"""HTTP routes for webhook endpoints and their deliveries (employers: their own; admins: all)."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Request, Response, status

from matchwerk.auth.dependencies import require
from matchwerk.auth.models import Principal, Role
from matchwerk.common import LimitQuery, Page
from matchwerk.db import SessionDep
from matchwerk.dependencies import CursorQuery
from matchwerk.errors import problems
from matchwerk.webhooks import service
from matchwerk.webhooks.models import DeliveryPublic, EndpointCreate, EndpointPublic, EndpointWithSecret

router = APIRouter(prefix="/api/v1/webhooks", tags=["webhooks"])

Caller = Annotated[Principal, Depends(require(Role.ADMIN, Role.EMPLOYER))]


def _with_secret(endpoint: EndpointPublic, secret: str) -> EndpointWithSecret:
    return EndpointWithSecret(**endpoint.model_dump(), secret=secret)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Register a webhook endpoint (the signing secret is shown once)",
    responses=problems(401, 403, 413, 422),
)
async def create_webhook(
    body: EndpointCreate, request: Request, session: SessionDep, principal: Caller, response: Response
) -> EndpointWithSecret:
    endpoint, secret = await service.create(
        session, principal, body, allow_private=request.app.state.settings.webhook_allow_private
    )
    response.headers["Location"] = f"{router.prefix}/{endpoint.id}"
    return _with_secret(EndpointPublic.from_row(endpoint), secret)


@router.get("", summary="List webhook endpoints", responses=problems(401, 403, 422))
async def list_webhooks(
    session: SessionDep, principal: Caller, limit: LimitQuery = 50, cursor: CursorQuery = None
) -> Page[EndpointPublic]:
    rows, next_cursor = await service.page(session, principal, limit=limit, cursor=cursor)
    return Page(items=[EndpointPublic.from_row(r) for r in rows], next_cursor=next_cursor)


@router.get("/{webhook_id}", summary="Get a webhook endpoint", responses=problems(401, 403, 404, 422))
async def get_webhook(webhook_id: UUID, session: SessionDep, principal: Caller) -> EndpointPublic:
    return EndpointPublic.from_row(await service.get(session, principal, webhook_id))


@router.delete(
    "/{webhook_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a webhook endpoint",
    responses=problems(401, 403, 404, 422),
)
async def delete_webhook(webhook_id: UUID, session: SessionDep, principal: Caller) -> None:
    await service.delete(session, principal, webhook_id)


@router.post(
    "/{webhook_id}/rotate-secret",
    summary="Rotate the signing secret (old and new signatures are sent for 24 hours)",
    responses=problems(401, 403, 404, 422),
)
async def rotate_webhook_secret(
    webhook_id: UUID, session: SessionDep, principal: Caller
) -> EndpointWithSecret:
    endpoint, secret = await service.rotate_secret(session, principal, webhook_id)
    return _with_secret(EndpointPublic.from_row(endpoint), secret)


@router.get(
    "/{webhook_id}/deliveries",
    summary="List deliveries with every attempt",
    responses=problems(401, 403, 404, 422),
)
async def list_webhook_deliveries(
    webhook_id: UUID,
    session: SessionDep,
    principal: Caller,
    limit: LimitQuery = 50,
    cursor: CursorQuery = None,
) -> Page[DeliveryPublic]:
    items, next_cursor = await service.deliveries(session, principal, webhook_id, limit=limit, cursor=cursor)
    return Page(items=items, next_cursor=next_cursor)


@router.post(
    "/{webhook_id}/deliveries/{delivery_id}/redeliver",
    status_code=status.HTTP_202_ACCEPTED,
    summary="Send a delivery again (same webhook-id)",
    responses=problems(401, 403, 404, 409, 422),
)
async def redeliver_webhook_delivery(
    webhook_id: UUID, delivery_id: UUID, session: SessionDep, principal: Caller
) -> None:
    await service.redeliver(session, principal, webhook_id, delivery_id)
