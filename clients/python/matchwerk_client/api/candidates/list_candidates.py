from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.candidate_status import CandidateStatus
from ...models.cefr_level import CefrLevel
from ...models.page_candidate_public import PageCandidatePublic
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    reception_centre: None | str | Unset = UNSET,
    status: CandidateStatus | None | Unset = UNSET,
    kldb_code: None | str | Unset = UNSET,
    german_min: CefrLevel | None | Unset = UNSET,
    q: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_reception_centre: None | str | Unset
    if isinstance(reception_centre, Unset):
        json_reception_centre = UNSET
    else:
        json_reception_centre = reception_centre
    params["reception_centre"] = json_reception_centre

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, CandidateStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_kldb_code: None | str | Unset
    if isinstance(kldb_code, Unset):
        json_kldb_code = UNSET
    else:
        json_kldb_code = kldb_code
    params["kldb_code"] = json_kldb_code

    json_german_min: None | str | Unset
    if isinstance(german_min, Unset):
        json_german_min = UNSET
    elif isinstance(german_min, CefrLevel):
        json_german_min = german_min.value
    else:
        json_german_min = german_min
    params["german_min"] = json_german_min

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/candidates",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageCandidatePublic | Problem | None:
    if response.status_code == 200:
        response_200 = PageCandidatePublic.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageCandidatePublic | Problem]:
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
    reception_centre: None | str | Unset = UNSET,
    status: CandidateStatus | None | Unset = UNSET,
    kldb_code: None | str | Unset = UNSET,
    german_min: CefrLevel | None | Unset = UNSET,
    q: None | str | Unset = UNSET,

) -> Response[PageCandidatePublic | Problem]:
    """ List candidates

    Args:
        limit (int | Unset): Page size (1..200). Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page; absent: the first page
        reception_centre (None | str | Unset):
        status (CandidateStatus | None | Unset):
        kldb_code (None | str | Unset): KldB code prefix (1–5 digits)
        german_min (CefrLevel | None | Unset): Lowest German level (CEFR)
        q (None | str | Unset): Reference (exact) or name prefix, case- and accent-insensitive
            ('kov', 'olena k')

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageCandidatePublic | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
reception_centre=reception_centre,
status=status,
kldb_code=kldb_code,
german_min=german_min,
q=q,

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
    reception_centre: None | str | Unset = UNSET,
    status: CandidateStatus | None | Unset = UNSET,
    kldb_code: None | str | Unset = UNSET,
    german_min: CefrLevel | None | Unset = UNSET,
    q: None | str | Unset = UNSET,

) -> PageCandidatePublic | Problem | None:
    """ List candidates

    Args:
        limit (int | Unset): Page size (1..200). Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page; absent: the first page
        reception_centre (None | str | Unset):
        status (CandidateStatus | None | Unset):
        kldb_code (None | str | Unset): KldB code prefix (1–5 digits)
        german_min (CefrLevel | None | Unset): Lowest German level (CEFR)
        q (None | str | Unset): Reference (exact) or name prefix, case- and accent-insensitive
            ('kov', 'olena k')

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageCandidatePublic | Problem
     """


    return sync_detailed(
        client=client,
limit=limit,
cursor=cursor,
reception_centre=reception_centre,
status=status,
kldb_code=kldb_code,
german_min=german_min,
q=q,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    reception_centre: None | str | Unset = UNSET,
    status: CandidateStatus | None | Unset = UNSET,
    kldb_code: None | str | Unset = UNSET,
    german_min: CefrLevel | None | Unset = UNSET,
    q: None | str | Unset = UNSET,

) -> Response[PageCandidatePublic | Problem]:
    """ List candidates

    Args:
        limit (int | Unset): Page size (1..200). Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page; absent: the first page
        reception_centre (None | str | Unset):
        status (CandidateStatus | None | Unset):
        kldb_code (None | str | Unset): KldB code prefix (1–5 digits)
        german_min (CefrLevel | None | Unset): Lowest German level (CEFR)
        q (None | str | Unset): Reference (exact) or name prefix, case- and accent-insensitive
            ('kov', 'olena k')

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageCandidatePublic | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
reception_centre=reception_centre,
status=status,
kldb_code=kldb_code,
german_min=german_min,
q=q,

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
    reception_centre: None | str | Unset = UNSET,
    status: CandidateStatus | None | Unset = UNSET,
    kldb_code: None | str | Unset = UNSET,
    german_min: CefrLevel | None | Unset = UNSET,
    q: None | str | Unset = UNSET,

) -> PageCandidatePublic | Problem | None:
    """ List candidates

    Args:
        limit (int | Unset): Page size (1..200). Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page; absent: the first page
        reception_centre (None | str | Unset):
        status (CandidateStatus | None | Unset):
        kldb_code (None | str | Unset): KldB code prefix (1–5 digits)
        german_min (CefrLevel | None | Unset): Lowest German level (CEFR)
        q (None | str | Unset): Reference (exact) or name prefix, case- and accent-insensitive
            ('kov', 'olena k')

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageCandidatePublic | Problem
     """


    return (await asyncio_detailed(
        client=client,
limit=limit,
cursor=cursor,
reception_centre=reception_centre,
status=status,
kldb_code=kldb_code,
german_min=german_min,
q=q,

    )).parsed
