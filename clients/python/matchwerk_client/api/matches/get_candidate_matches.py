from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.match_page import MatchPage
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    candidate_id: UUID,
    *,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    min_score: float | Unset = 0.0,
    strict: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["accept-language"] = accept_language



    

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["min_score"] = min_score

    params["strict"] = strict


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/candidates/{candidate_id}/matches".format(candidate_id=quote(str(candidate_id), safe=""),),
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MatchPage | Problem | None:
    if response.status_code == 200:
        response_200 = MatchPage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MatchPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    candidate_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    min_score: float | Unset = 0.0,
    strict: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,

) -> Response[MatchPage | Problem]:
    """ Ranked, explained vacancies for a candidate

    Args:
        candidate_id (UUID):
        limit (int | Unset): Page size (1..200). Default: 20.
        cursor (None | str | Unset): next_cursor of the previous page; absent: the first page
        min_score (float | Unset): Leave out results scoring below this Default: 0.0.
        strict (bool | Unset): Leave out results that have a blocker Default: False.
        accept_language (None | str | Unset): de (default) or en, for the explanations

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MatchPage | Problem]
     """


    kwargs = _get_kwargs(
        candidate_id=candidate_id,
limit=limit,
cursor=cursor,
min_score=min_score,
strict=strict,
accept_language=accept_language,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    candidate_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    min_score: float | Unset = 0.0,
    strict: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,

) -> MatchPage | Problem | None:
    """ Ranked, explained vacancies for a candidate

    Args:
        candidate_id (UUID):
        limit (int | Unset): Page size (1..200). Default: 20.
        cursor (None | str | Unset): next_cursor of the previous page; absent: the first page
        min_score (float | Unset): Leave out results scoring below this Default: 0.0.
        strict (bool | Unset): Leave out results that have a blocker Default: False.
        accept_language (None | str | Unset): de (default) or en, for the explanations

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MatchPage | Problem
     """


    return sync_detailed(
        candidate_id=candidate_id,
client=client,
limit=limit,
cursor=cursor,
min_score=min_score,
strict=strict,
accept_language=accept_language,

    ).parsed

async def asyncio_detailed(
    candidate_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    min_score: float | Unset = 0.0,
    strict: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,

) -> Response[MatchPage | Problem]:
    """ Ranked, explained vacancies for a candidate

    Args:
        candidate_id (UUID):
        limit (int | Unset): Page size (1..200). Default: 20.
        cursor (None | str | Unset): next_cursor of the previous page; absent: the first page
        min_score (float | Unset): Leave out results scoring below this Default: 0.0.
        strict (bool | Unset): Leave out results that have a blocker Default: False.
        accept_language (None | str | Unset): de (default) or en, for the explanations

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MatchPage | Problem]
     """


    kwargs = _get_kwargs(
        candidate_id=candidate_id,
limit=limit,
cursor=cursor,
min_score=min_score,
strict=strict,
accept_language=accept_language,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    candidate_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    min_score: float | Unset = 0.0,
    strict: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,

) -> MatchPage | Problem | None:
    """ Ranked, explained vacancies for a candidate

    Args:
        candidate_id (UUID):
        limit (int | Unset): Page size (1..200). Default: 20.
        cursor (None | str | Unset): next_cursor of the previous page; absent: the first page
        min_score (float | Unset): Leave out results scoring below this Default: 0.0.
        strict (bool | Unset): Leave out results that have a blocker Default: False.
        accept_language (None | str | Unset): de (default) or en, for the explanations

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MatchPage | Problem
     """


    return (await asyncio_detailed(
        candidate_id=candidate_id,
client=client,
limit=limit,
cursor=cursor,
min_score=min_score,
strict=strict,
accept_language=accept_language,

    )).parsed
