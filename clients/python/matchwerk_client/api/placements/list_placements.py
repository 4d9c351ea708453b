from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.page_placement_public import PagePlacementPublic
from ...models.problem import Problem
from ...models.stage import Stage
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime



def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    stage: list[Stage] | None | Unset = UNSET,
    vacancy_id: None | Unset | UUID = UNSET,
    candidate_id: None | Unset | UUID = UNSET,
    employer_id: None | Unset | UUID = UNSET,
    open_: bool | None | Unset = UNSET,
    due_before: datetime.date | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_stage: list[str] | None | Unset
    if isinstance(stage, Unset):
        json_stage = UNSET
    elif isinstance(stage, list):
        json_stage = []
        for stage_type_0_item_data in stage:
            stage_type_0_item = stage_type_0_item_data.value
            json_stage.append(stage_type_0_item)


    else:
        json_stage = stage
    params["stage"] = json_stage

    json_vacancy_id: None | str | Unset
    if isinstance(vacancy_id, Unset):
        json_vacancy_id = UNSET
    elif isinstance(vacancy_id, UUID):
        json_vacancy_id = str(vacancy_id)
    else:
        json_vacancy_id = vacancy_id
    params["vacancy_id"] = json_vacancy_id

    json_candidate_id: None | str | Unset
    if isinstance(candidate_id, Unset):
        json_candidate_id = UNSET
    elif isinstance(candidate_id, UUID):
        json_candidate_id = str(candidate_id)
    else:
        json_candidate_id = candidate_id
    params["candidate_id"] = json_candidate_id

    json_employer_id: None | str | Unset
    if isinstance(employer_id, Unset):
        json_employer_id = UNSET
    elif isinstance(employer_id, UUID):
        json_employer_id = str(employer_id)
    else:
        json_employer_id = employer_id
    params["employer_id"] = json_employer_id

    json_open_: bool | None | Unset
    if isinstance(open_, Unset):
        json_open_ = UNSET
    else:
        json_open_ = open_
    params["open"] = json_open_

    json_due_before: None | str | Unset
    if isinstance(due_before, Unset):
        json_due_before = UNSET
    elif isinstance(due_before, datetime.date):
        json_due_before = due_before.isoformat()
    else:
        json_due_before = due_before
    params["due_before"] = json_due_before


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/placements",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PagePlacementPublic | Problem | None:
    if response.status_code == 200:
        response_200 = PagePlacementPublic.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PagePlacementPublic | Problem]:
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
    stage: list[Stage] | None | Unset = UNSET,
    vacancy_id: None | Unset | UUID = UNSET,
    candidate_id: None | Unset | UUID = UNSET,
    employer_id: None | Unset | UUID = UNSET,
    open_: bool | None | Unset = UNSET,
    due_before: datetime.date | None | Unset = UNSET,

) -> Response[PagePlacementPublic | Problem]:
    """ List placements

    Args:
        limit (int | Unset): Page size (1..200). Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page; absent: the first page
        stage (list[Stage] | None | Unset): One or more stages (repeat the parameter: any of them)
        vacancy_id (None | Unset | UUID):
        candidate_id (None | Unset | UUID): Employers: the pseudonymous id they know
        employer_id (None | Unset | UUID):
        open_ (bool | None | Unset): true: not hired or closed; false: finished
        due_before (datetime.date | None | Unset): Next step due before this day

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagePlacementPublic | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
stage=stage,
vacancy_id=vacancy_id,
candidate_id=candidate_id,
employer_id=employer_id,
open_=open_,
due_before=due_before,

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
    stage: list[Stage] | None | Unset = UNSET,
    vacancy_id: None | Unset | UUID = UNSET,
    candidate_id: None | Unset | UUID = UNSET,
    employer_id: None | Unset | UUID = UNSET,
    open_: bool | None | Unset = UNSET,
    due_before: datetime.date | None | Unset = UNSET,

) -> PagePlacementPublic | Problem | None:
    """ List placements

    Args:
        limit (int | Unset): Page size (1..200). Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page; absent: the first page
        stage (list[Stage] | None | Unset): One or more stages (repeat the parameter: any of them)
        vacancy_id (None | Unset | UUID):
        candidate_id (None | Unset | UUID): Employers: the pseudonymous id they know
        employer_id (None | Unset | UUID):
        open_ (bool | None | Unset): true: not hired or closed; false: finished
        due_before (datetime.date | None | Unset): Next step due before this day

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagePlacementPublic | Problem
     """


    return sync_detailed(
        client=client,
limit=limit,
cursor=cursor,
stage=stage,
vacancy_id=vacancy_id,
candidate_id=candidate_id,
employer_id=employer_id,
open_=open_,
due_before=due_before,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    stage: list[Stage] | None | Unset = UNSET,
    vacancy_id: None | Unset | UUID = UNSET,
    candidate_id: None | Unset | UUID = UNSET,
    employer_id: None | Unset | UUID = UNSET,
    open_: bool | None | Unset = UNSET,
    due_before: datetime.date | None | Unset = UNSET,

) -> Response[PagePlacementPublic | Problem]:
    """ List placements

    Args:
        limit (int | Unset): Page size (1..200). Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page; absent: the first page
        stage (list[Stage] | None | Unset): One or more stages (repeat the parameter: any of them)
        vacancy_id (None | Unset | UUID):
        candidate_id (None | Unset | UUID): Employers: the pseudonymous id they know
        employer_id (None | Unset | UUID):
        open_ (bool | None | Unset): true: not hired or closed; false: finished
        due_before (datetime.date | None | Unset): Next step due before this day

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagePlacementPublic | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
stage=stage,
vacancy_id=vacancy_id,
candidate_id=candidate_id,
employer_id=employer_id,
open_=open_,
due_before=due_before,

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
    stage: list[Stage] | None | Unset = UNSET,
    vacancy_id: None | Unset | UUID = UNSET,
    candidate_id: None | Unset | UUID = UNSET,
    employer_id: None | Unset | UUID = UNSET,
    open_: bool | None | Unset = UNSET,
    due_before: datetime.date | None | Unset = UNSET,

) -> PagePlacementPublic | Problem | None:
    """ List placements

    Args:
        limit (int | Unset): Page size (1..200). Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page; absent: the first page
        stage (list[Stage] | None | Unset): One or more stages (repeat the parameter: any of them)
        vacancy_id (None | Unset | UUID):
        candidate_id (None | Unset | UUID): Employers: the pseudonymous id they know
        employer_id (None | Unset | UUID):
        open_ (bool | None | Unset): true: not hired or closed; false: finished
        due_before (datetime.date | None | Unset): Next step due before this day

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagePlacementPublic | Problem
     """


    return (await asyncio_detailed(
        client=client,
limit=limit,
cursor=cursor,
stage=stage,
vacancy_id=vacancy_id,
candidate_id=candidate_id,
employer_id=employer_id,
open_=open_,
due_before=due_before,

    )).parsed
