from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.placement_public import PlacementPublic
from ...models.problem import Problem
from typing import cast
from uuid import UUID



def _get_kwargs(
    placement_id: UUID,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/placements/{placement_id}".format(placement_id=quote(str(placement_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PlacementPublic | Problem | None:
    if response.status_code == 200:
        response_200 = PlacementPublic.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

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

) -> Response[PlacementPublic | Problem]:
    """ Get a placement with its history

    Args:
        placement_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlacementPublic | Problem]
     """


    kwargs = _get_kwargs(
        placement_id=placement_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    placement_id: UUID,
    *,
    client: AuthenticatedClient,

) -> PlacementPublic | Problem | None:
    """ Get a placement with its history

    Args:
        placement_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlacementPublic | Problem
     """


    return sync_detailed(
        placement_id=placement_id,
client=client,

    ).parsed

async def asyncio_detailed(
    placement_id: UUID,
    *,
    client: AuthenticatedClient,

) -> Response[PlacementPublic | Problem]:
    """ Get a placement with its history

    Args:
        placement_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlacementPublic | Problem]
     """


    kwargs = _get_kwargs(
        placement_id=placement_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    placement_id: UUID,
    *,
    client: AuthenticatedClient,

) -> PlacementPublic | Problem | None:
    """ Get a placement with its history

    Args:
        placement_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlacementPublic | Problem
     """


    return (await asyncio_detailed(
        placement_id=placement_id,
client=client,

    )).parsed
