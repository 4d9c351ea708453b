from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.interest_create import InterestCreate
from ...models.placement_public import PlacementPublic
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    vacancy_id: UUID,
    candidate_id: UUID,
    *,
    body: InterestCreate | None | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/vacancies/{vacancy_id}/matches/{candidate_id}/interest".format(vacancy_id=quote(str(vacancy_id), safe=""),candidate_id=quote(str(candidate_id), safe=""),),
    }

    
    if isinstance(body, InterestCreate):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PlacementPublic | Problem | None:
    if response.status_code == 201:
        response_201 = PlacementPublic.from_dict(response.json())



        return response_201

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
    vacancy_id: UUID,
    candidate_id: UUID,
    *,
    client: AuthenticatedClient,
    body: InterestCreate | None | Unset = UNSET,

) -> Response[PlacementPublic | Problem]:
    """ Ask for the person behind a pseudonymised match (employers; creates a requested placement)

    Args:
        vacancy_id (UUID):
        candidate_id (UUID): The pseudonymous candidate_id the match showed
        body (InterestCreate | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlacementPublic | Problem]
     """


    kwargs = _get_kwargs(
        vacancy_id=vacancy_id,
candidate_id=candidate_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    vacancy_id: UUID,
    candidate_id: UUID,
    *,
    client: AuthenticatedClient,
    body: InterestCreate | None | Unset = UNSET,

) -> PlacementPublic | Problem | None:
    """ Ask for the person behind a pseudonymised match (employers; creates a requested placement)

    Args:
        vacancy_id (UUID):
        candidate_id (UUID): The pseudonymous candidate_id the match showed
        body (InterestCreate | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlacementPublic | Problem
     """


    return sync_detailed(
        vacancy_id=vacancy_id,
candidate_id=candidate_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    vacancy_id: UUID,
    candidate_id: UUID,
    *,
    client: AuthenticatedClient,
    body: InterestCreate | None | Unset = UNSET,

) -> Response[PlacementPublic | Problem]:
    """ Ask for the person behind a pseudonymised match (employers; creates a requested placement)

    Args:
        vacancy_id (UUID):
        candidate_id (UUID): The pseudonymous candidate_id the match showed
        body (InterestCreate | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlacementPublic | Problem]
     """


    kwargs = _get_kwargs(
        vacancy_id=vacancy_id,
candidate_id=candidate_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    vacancy_id: UUID,
    candidate_id: UUID,
    *,
    client: AuthenticatedClient,
    body: InterestCreate | None | Unset = UNSET,

) -> PlacementPublic | Problem | None:
    """ Ask for the person behind a pseudonymised match (employers; creates a requested placement)

    Args:
        vacancy_id (UUID):
        candidate_id (UUID): The pseudonymous candidate_id the match showed
        body (InterestCreate | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlacementPublic | Problem
     """


    return (await asyncio_detailed(
        vacancy_id=vacancy_id,
candidate_id=candidate_id,
client=client,
body=body,

    )).parsed
