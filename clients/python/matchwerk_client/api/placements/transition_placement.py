from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.placement_public import PlacementPublic
from ...models.problem import Problem
from ...models.transition_create import TransitionCreate
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    placement_id: UUID,
    *,
    body: TransitionCreate,
    if_match: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/placements/{placement_id}/transitions".format(placement_id=quote(str(placement_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PlacementPublic | Problem | None:
    if response.status_code == 200:
        response_200 = PlacementPublic.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())



        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PlacementPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    placement_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TransitionCreate,
    if_match: None | str | Unset = UNSET,

) -> Response[PlacementPublic | Problem]:
    """ Move a placement to another stage (409 lists the allowed moves)

    Args:
        placement_id (UUID):
        if_match (None | str | Unset): ETag of the version you changed; mismatch → 412
        body (TransitionCreate): Move a placement to another stage.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlacementPublic | Problem]
     """


    kwargs = _get_kwargs(
        placement_id=placement_id,
body=body,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    placement_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TransitionCreate,
    if_match: None | str | Unset = UNSET,

) -> PlacementPublic | Problem | None:
    """ Move a placement to another stage (409 lists the allowed moves)

    Args:
        placement_id (UUID):
        if_match (None | str | Unset): ETag of the version you changed; mismatch → 412
        body (TransitionCreate): Move a placement to another stage.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlacementPublic | Problem
     """


    return sync_detailed(
        placement_id=placement_id,
client=client,
body=body,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    placement_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TransitionCreate,
    if_match: None | str | Unset = UNSET,

) -> Response[PlacementPublic | Problem]:
    """ Move a placement to another stage (409 lists the allowed moves)

    Args:
        placement_id (UUID):
        if_match (None | str | Unset): ETag of the version you changed; mismatch → 412
        body (TransitionCreate): Move a placement to another stage.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlacementPublic | Problem]
     """


    kwargs = _get_kwargs(
        placement_id=placement_id,
body=body,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    placement_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TransitionCreate,
    if_match: None | str | Unset = UNSET,

) -> PlacementPublic | Problem | None:
    """ Move a placement to another stage (409 lists the allowed moves)

    Args:
        placement_id (UUID):
        if_match (None | str | Unset): ETag of the version you changed; mismatch → 412
        body (TransitionCreate): Move a placement to another stage.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlacementPublic | Problem
     """


    return (await asyncio_detailed(
        placement_id=placement_id,
client=client,
body=body,
if_match=if_match,

    )).parsed
