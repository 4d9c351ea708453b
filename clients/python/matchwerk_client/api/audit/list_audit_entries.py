from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.audit_action import AuditAction
from ...models.page_audit_entry import PageAuditEntry
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime



def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    actor_key_id: None | Unset | UUID = UNSET,
    resource_id: None | Unset | UUID = UNSET,
    action: AuditAction | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_actor_key_id: None | str | Unset
    if isinstance(actor_key_id, Unset):
        json_actor_key_id = UNSET
    elif isinstance(actor_key_id, UUID):
        json_actor_key_id = str(actor_key_id)
    else:
        json_actor_key_id = actor_key_id
    params["actor_key_id"] = json_actor_key_id

    json_resource_id: None | str | Unset
    if isinstance(resource_id, Unset):
        json_resource_id = UNSET
    elif isinstance(resource_id, UUID):
        json_resource_id = str(resource_id)
    else:
        json_resource_id = resource_id
    params["resource_id"] = json_resource_id

    json_action: None | str | Unset
    if isinstance(action, Unset):
        json_action = UNSET
    elif isinstance(action, AuditAction):
        json_action = action.value
    else:
        json_action = action
    params["action"] = json_action

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    elif isinstance(since, datetime.datetime):
        json_since = since.isoformat()
    else:
        json_since = since
    params["since"] = json_since

    json_until: None | str | Unset
    if isinstance(until, Unset):
        json_until = UNSET
    elif isinstance(until, datetime.datetime):
        json_until = until.isoformat()
    else:
        json_until = until
    params["until"] = json_until


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/audit",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageAuditEntry | Problem | None:
    if response.status_code == 200:
        response_200 = PageAuditEntry.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())



        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageAuditEntry | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    actor_key_id: None | Unset | UUID = UNSET,
    resource_id: None | Unset | UUID = UNSET,
    action: AuditAction | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,

) -> Response[PageAuditEntry | Problem]:
    """ List audit log entries

    Args:
        limit (int | Unset): Page size (1..200). Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page; absent: the first page
        actor_key_id (None | Unset | UUID): Only what this API key did
        resource_id (None | Unset | UUID): Only entries about this resource
        action (AuditAction | None | Unset): Only this action
        since (datetime.datetime | None | Unset): From this time on (inclusive; RFC 3339 with
            offset)
        until (datetime.datetime | None | Unset): Before this time (exclusive; RFC 3339 with
            offset)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAuditEntry | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
actor_key_id=actor_key_id,
resource_id=resource_id,
action=action,
since=since,
until=until,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    actor_key_id: None | Unset | UUID = UNSET,
    resource_id: None | Unset | UUID = UNSET,
    action: AuditAction | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,

) -> PageAuditEntry | Problem | None:
    """ List audit log entries

    Args:
        limit (int | Unset): Page size (1..200). Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page; absent: the first page
        actor_key_id (None | Unset | UUID): Only what this API key did
        resource_id (None | Unset | UUID): Only entries about this resource
        action (AuditAction | None | Unset): Only this action
        since (datetime.datetime | None | Unset): From this time on (inclusive; RFC 3339 with
            offset)
        until (datetime.datetime | None | Unset): Before this time (exclusive; RFC 3339 with
            offset)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAuditEntry | Problem
     """


    return sync_detailed(
        client=client,
limit=limit,
cursor=cursor,
actor_key_id=actor_key_id,
resource_id=resource_id,
action=action,
since=since,
until=until,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    actor_key_id: None | Unset | UUID = UNSET,
    resource_id: None | Unset | UUID = UNSET,
    action: AuditAction | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,

) -> Response[PageAuditEntry | Problem]:
    """ List audit log entries

    Args:
        limit (int | Unset): Page size (1..200). Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page; absent: the first page
        actor_key_id (None | Unset | UUID): Only what this API key did
        resource_id (None | Unset | UUID): Only entries about this resource
        action (AuditAction | None | Unset): Only this action
        since (datetime.datetime | None | Unset): From this time on (inclusive; RFC 3339 with
            offset)
        until (datetime.datetime | None | Unset): Before this time (exclusive; RFC 3339 with
            offset)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAuditEntry | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
actor_key_id=actor_key_id,
resource_id=resource_id,
action=action,
since=since,
until=until,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    actor_key_id: None | Unset | UUID = UNSET,
    resource_id: None | Unset | UUID = UNSET,
    action: AuditAction | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,

) -> PageAuditEntry | Problem | None:
    """ List audit log entries

    Args:
        limit (int | Unset): Page size (1..200). Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page; absent: the first page
        actor_key_id (None | Unset | UUID): Only what this API key did
        resource_id (None | Unset | UUID): Only entries about this resource
        action (AuditAction | None | Unset): Only this action
        since (datetime.datetime | None | Unset): From this time on (inclusive; RFC 3339 with
            offset)
        until (datetime.datetime | None | Unset): Before this time (exclusive; RFC 3339 with
            offset)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAuditEntry | Problem
     """


    return (await asyncio_detailed(
        client=client,
limit=limit,
cursor=cursor,
actor_key_id=actor_key_id,
resource_id=resource_id,
action=action,
since=since,
until=until,

    )).parsed
