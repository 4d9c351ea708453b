from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.page_vacancy_public import PageVacancyPublic
from ...models.problem import Problem
from ...models.vacancy_status import VacancyStatus
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    employer_id: None | Unset | UUID = UNSET,
    status: None | Unset | VacancyStatus = UNSET,
    kldb_code: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_employer_id: None | str | Unset
    if isinstance(employer_id, Unset):
        json_employer_id = UNSET
    elif isinstance(employer_id, UUID):
        json_employer_id = str(employer_id)
    else:
        json_employer_id = employer_id
    params["employer_id"] = json_employer_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, VacancyStatus):
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


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/vacancies",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageVacancyPublic | Problem | None:
    if response.status_code == 200:
        response_200 = PageVacancyPublic.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageVacancyPublic | Problem]:
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
    employer_id: None | Unset | UUID = UNSET,
    status: None | Unset | VacancyStatus = UNSET,
    kldb_code: None | str | Unset = UNSET,

) -> Response[PageVacancyPublic | Problem]:
    """ List vacancies

    Args:
        limit (int | Unset): Page size (1..200). Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page; absent: the first page
        employer_id (None | Unset | UUID):
        status (None | Unset | VacancyStatus):
        kldb_code (None | str | Unset): KldB code prefix (1–5 digits)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageVacancyPublic | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
employer_id=employer_id,
status=status,
kldb_code=kldb_code,

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
    employer_id: None | Unset | UUID = UNSET,
    status: None | Unset | VacancyStatus = UNSET,
    kldb_code: None | str | Unset = UNSET,

) -> PageVacancyPublic | Problem | None:
    """ List vacancies

    Args:
        limit (int | Unset): Page size (1..200). Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page; absent: the first page
        employer_id (None | Unset | UUID):
        status (None | Unset | VacancyStatus):
        kldb_code (None | str | Unset): KldB code prefix (1–5 digits)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageVacancyPublic | Problem
     """


    return sync_detailed(
        client=client,
limit=limit,
cursor=cursor,
employer_id=employer_id,
status=status,
kldb_code=kldb_code,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    employer_id: None | Unset | UUID = UNSET,
    status: None | Unset | VacancyStatus = UNSET,
    kldb_code: None | str | Unset = UNSET,

) -> Response[PageVacancyPublic | Problem]:
    """ List vacancies

    Args:
        limit (int | Unset): Page size (1..200). Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page; absent: the first page
        employer_id (None | Unset | UUID):
        status (None | Unset | VacancyStatus):
        kldb_code (None | str | Unset): KldB code prefix (1–5 digits)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageVacancyPublic | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
employer_id=employer_id,
status=status,
kldb_code=kldb_code,

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
    employer_id: None | Unset | UUID = UNSET,
    status: None | Unset | VacancyStatus = UNSET,
    kldb_code: None | str | Unset = UNSET,

) -> PageVacancyPublic | Problem | None:
    """ List vacancies

    Args:
        limit (int | Unset): Page size (1..200). Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page; absent: the first page
        employer_id (None | Unset | UUID):
        status (None | Unset | VacancyStatus):
        kldb_code (None | str | Unset): KldB code prefix (1–5 digits)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageVacancyPublic | Problem
     """


    return (await asyncio_detailed(
        client=client,
limit=limit,
cursor=cursor,
employer_id=employer_id,
status=status,
kldb_code=kldb_code,

    )).parsed
