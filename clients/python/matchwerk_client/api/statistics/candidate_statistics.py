from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.candidate_statistics_lang import CandidateStatisticsLang
from ...models.candidate_statistics_status_type_0 import CandidateStatisticsStatusType0
from ...models.cefr_level import CefrLevel
from ...models.problem import Problem
from ...models.region_level import RegionLevel
from ...models.statistics_response import StatisticsResponse
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    group_by: str | Unset = 'region,occupation_area',
    region_level: RegionLevel | Unset = UNSET,
    occupation_level: int | Unset = 2,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
    occupation_area: None | str | Unset = UNSET,
    german_min: CefrLevel | None | Unset = UNSET,
    reception_centre: None | str | Unset = UNSET,
    status: CandidateStatisticsStatusType0 | None | Unset = UNSET,
    lang: CandidateStatisticsLang | Unset = CandidateStatisticsLang.EN,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["group_by"] = group_by

    json_region_level: str | Unset = UNSET
    if not isinstance(region_level, Unset):
        json_region_level = region_level.value

    params["region_level"] = json_region_level

    params["occupation_level"] = occupation_level

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    elif isinstance(from_, datetime.date):
        json_from_ = from_.isoformat()
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: None | str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    elif isinstance(to, datetime.date):
        json_to = to.isoformat()
    else:
        json_to = to
    params["to"] = json_to

    json_region: None | str | Unset
    if isinstance(region, Unset):
        json_region = UNSET
    else:
        json_region = region
    params["region"] = json_region

    json_occupation_area: None | str | Unset
    if isinstance(occupation_area, Unset):
        json_occupation_area = UNSET
    else:
        json_occupation_area = occupation_area
    params["occupation_area"] = json_occupation_area

    json_german_min: None | str | Unset
    if isinstance(german_min, Unset):
        json_german_min = UNSET
    elif isinstance(german_min, CefrLevel):
        json_german_min = german_min.value
    else:
        json_german_min = german_min
    params["german_min"] = json_german_min

    json_reception_centre: None | str | Unset
    if isinstance(reception_centre, Unset):
        json_reception_centre = UNSET
    else:
        json_reception_centre = reception_centre
    params["reception_centre"] = json_reception_centre

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, CandidateStatisticsStatusType0):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_lang: str | Unset = UNSET
    if not isinstance(lang, Unset):
        json_lang = lang.value

    params["lang"] = json_lang


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/statistics/candidates",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | StatisticsResponse | None:
    if response.status_code == 200:
        response_200 = StatisticsResponse.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | StatisticsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    group_by: str | Unset = 'region,occupation_area',
    region_level: RegionLevel | Unset = UNSET,
    occupation_level: int | Unset = 2,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
    occupation_area: None | str | Unset = UNSET,
    german_min: CefrLevel | None | Unset = UNSET,
    reception_centre: None | str | Unset = UNSET,
    status: CandidateStatisticsStatusType0 | None | Unset = UNSET,
    lang: CandidateStatisticsLang | Unset = CandidateStatisticsLang.EN,

) -> Response[Problem | StatisticsResponse]:
    """ Candidates per region, occupation area, German level, recognition, residence, centre, month

     Persons by intake date (`from`/`to`); `Accept: text/csv` gives CSV. Small numbers are never
    published: see docs/statistics.md. No ids, names or free text.

    Args:
        group_by (str | Unset): Comma-separated, of: region, occupation_area, german_level,
            recognition_status, residence_status, reception_centre, month Default:
            'region,occupation_area'.
        region_level (RegionLevel | Unset):
        occupation_level (int | Unset): KldB digits of occupation_area Default: 2.
        from_ (datetime.date | None | Unset): Intake/event date from
        to (datetime.date | None | Unset): Intake/event date to (inclusive)
        region (None | str | Unset): Only this region (key or name, at region_level)
        occupation_area (None | str | Unset): Only this KldB group (prefix)
        german_min (CefrLevel | None | Unset): Only people with at least this German
        reception_centre (None | str | Unset):
        status (CandidateStatisticsStatusType0 | None | Unset): Only candidates in this status
        lang (CandidateStatisticsLang | Unset): Column names and chart texts Default:
            CandidateStatisticsLang.EN.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StatisticsResponse]
     """


    kwargs = _get_kwargs(
        group_by=group_by,
region_level=region_level,
occupation_level=occupation_level,
from_=from_,
to=to,
region=region,
occupation_area=occupation_area,
german_min=german_min,
reception_centre=reception_centre,
status=status,
lang=lang,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    group_by: str | Unset = 'region,occupation_area',
    region_level: RegionLevel | Unset = UNSET,
    occupation_level: int | Unset = 2,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
    occupation_area: None | str | Unset = UNSET,
    german_min: CefrLevel | None | Unset = UNSET,
    reception_centre: None | str | Unset = UNSET,
    status: CandidateStatisticsStatusType0 | None | Unset = UNSET,
    lang: CandidateStatisticsLang | Unset = CandidateStatisticsLang.EN,

) -> Problem | StatisticsResponse | None:
    """ Candidates per region, occupation area, German level, recognition, residence, centre, month

     Persons by intake date (`from`/`to`); `Accept: text/csv` gives CSV. Small numbers are never
    published: see docs/statistics.md. No ids, names or free text.

    Args:
        group_by (str | Unset): Comma-separated, of: region, occupation_area, german_level,
            recognition_status, residence_status, reception_centre, month Default:
            'region,occupation_area'.
        region_level (RegionLevel | Unset):
        occupation_level (int | Unset): KldB digits of occupation_area Default: 2.
        from_ (datetime.date | None | Unset): Intake/event date from
        to (datetime.date | None | Unset): Intake/event date to (inclusive)
        region (None | str | Unset): Only this region (key or name, at region_level)
        occupation_area (None | str | Unset): Only this KldB group (prefix)
        german_min (CefrLevel | None | Unset): Only people with at least this German
        reception_centre (None | str | Unset):
        status (CandidateStatisticsStatusType0 | None | Unset): Only candidates in this status
        lang (CandidateStatisticsLang | Unset): Column names and chart texts Default:
            CandidateStatisticsLang.EN.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StatisticsResponse
     """


    return sync_detailed(
        client=client,
group_by=group_by,
region_level=region_level,
occupation_level=occupation_level,
from_=from_,
to=to,
region=region,
occupation_area=occupation_area,
german_min=german_min,
reception_centre=reception_centre,
status=status,
lang=lang,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    group_by: str | Unset = 'region,occupation_area',
    region_level: RegionLevel | Unset = UNSET,
    occupation_level: int | Unset = 2,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
    occupation_area: None | str | Unset = UNSET,
    german_min: CefrLevel | None | Unset = UNSET,
    reception_centre: None | str | Unset = UNSET,
    status: CandidateStatisticsStatusType0 | None | Unset = UNSET,
    lang: CandidateStatisticsLang | Unset = CandidateStatisticsLang.EN,

) -> Response[Problem | StatisticsResponse]:
    """ Candidates per region, occupation area, German level, recognition, residence, centre, month

     Persons by intake date (`from`/`to`); `Accept: text/csv` gives CSV. Small numbers are never
    published: see docs/statistics.md. No ids, names or free text.

    Args:
        group_by (str | Unset): Comma-separated, of: region, occupation_area, german_level,
            recognition_status, residence_status, reception_centre, month Default:
            'region,occupation_area'.
        region_level (RegionLevel | Unset):
        occupation_level (int | Unset): KldB digits of occupation_area Default: 2.
        from_ (datetime.date | None | Unset): Intake/event date from
        to (datetime.date | None | Unset): Intake/event date to (inclusive)
        region (None | str | Unset): Only this region (key or name, at region_level)
        occupation_area (None | str | Unset): Only this KldB group (prefix)
        german_min (CefrLevel | None | Unset): Only people with at least this German
        reception_centre (None | str | Unset):
        status (CandidateStatisticsStatusType0 | None | Unset): Only candidates in this status
        lang (CandidateStatisticsLang | Unset): Column names and chart texts Default:
            CandidateStatisticsLang.EN.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StatisticsResponse]
     """


    kwargs = _get_kwargs(
        group_by=group_by,
region_level=region_level,
occupation_level=occupation_level,
from_=from_,
to=to,
region=region,
occupation_area=occupation_area,
german_min=german_min,
reception_centre=reception_centre,
status=status,
lang=lang,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    group_by: str | Unset = 'region,occupation_area',
    region_level: RegionLevel | Unset = UNSET,
    occupation_level: int | Unset = 2,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
    occupation_area: None | str | Unset = UNSET,
    german_min: CefrLevel | None | Unset = UNSET,
    reception_centre: None | str | Unset = UNSET,
    status: CandidateStatisticsStatusType0 | None | Unset = UNSET,
    lang: CandidateStatisticsLang | Unset = CandidateStatisticsLang.EN,

) -> Problem | StatisticsResponse | None:
    """ Candidates per region, occupation area, German level, recognition, residence, centre, month

     Persons by intake date (`from`/`to`); `Accept: text/csv` gives CSV. Small numbers are never
    published: see docs/statistics.md. No ids, names or free text.

    Args:
        group_by (str | Unset): Comma-separated, of: region, occupation_area, german_level,
            recognition_status, residence_status, reception_centre, month Default:
            'region,occupation_area'.
        region_level (RegionLevel | Unset):
        occupation_level (int | Unset): KldB digits of occupation_area Default: 2.
        from_ (datetime.date | None | Unset): Intake/event date from
        to (datetime.date | None | Unset): Intake/event date to (inclusive)
        region (None | str | Unset): Only this region (key or name, at region_level)
        occupation_area (None | str | Unset): Only this KldB group (prefix)
        german_min (CefrLevel | None | Unset): Only people with at least this German
        reception_centre (None | str | Unset):
        status (CandidateStatisticsStatusType0 | None | Unset): Only candidates in this status
        lang (CandidateStatisticsLang | Unset): Column names and chart texts Default:
            CandidateStatisticsLang.EN.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StatisticsResponse
     """


    return (await asyncio_detailed(
        client=client,
group_by=group_by,
region_level=region_level,
occupation_level=occupation_level,
from_=from_,
to=to,
region=region,
occupation_area=occupation_area,
german_min=german_min,
reception_centre=reception_centre,
status=status,
lang=lang,

    )).parsed
