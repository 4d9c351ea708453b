"""Fixtures of the page tests: signed-in clients of each role."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.auth.models import SYSTEM
from matchwerk.candidates import service as candidate_service
from matchwerk.candidates.schemas import CandidateCreate
from matchwerk.employers import service as employer_service
from matchwerk.employers.models import EmployerCreate
from matchwerk.users.models import UserRole
from matchwerk.vacancies import service as vacancy_service
from matchwerk.vacancies.models import VacancyCreate
from tests.factories import candidate_body, employer_body, vacancy_body
from tests.web.helpers import make_user, sign_in

if TYPE_CHECKING:  # for the annotations only: the fixtures below import these when they run
    from playwright.async_api import Browser

    from tests.conftest import Server
    from tests.web.browser import LiveServer


@pytest.fixture
async def advisor_csrf(client: httpx.AsyncClient, session: AsyncSession) -> str:
    """The client signed in as an advisor; the session's form token."""
    return await sign_in(client, session, await make_user(session, UserRole.ADVISOR))


@pytest.fixture
async def intake_csrf(client: httpx.AsyncClient, session: AsyncSession) -> str:
    """The client signed in as intake staff of ZUE Ratingen; the session's form token."""
    return await sign_in(client, session, await make_user(session, UserRole.INTAKE, centre="ZUE Ratingen"))


async def add_candidate(session: AsyncSession, reference: str, centre: str, **overrides: object) -> str:
    """A candidate stored through the service; its id."""
    body = candidate_body(reference, reception_centre=centre, **overrides)
    record = await candidate_service.create(session, SYSTEM, CandidateCreate.model_validate(body))
    return str(record.candidate.id)


async def add_vacancy(session: AsyncSession, external_id: str) -> str:
    """A vacancy of a new employer, stored through the services; its id."""
    employer = await employer_service.create(session, EmployerCreate.model_validate(employer_body()))
    body = vacancy_body(str(employer.id), external_id=external_id)
    return str((await vacancy_service.create(session, SYSTEM, VacancyCreate.model_validate(body))).id)


@pytest.fixture(scope="session")
async def live_server(pg_server: Server) -> AsyncIterator[LiveServer]:
    """The app on a real port (demo data, demo accounts), for the browser tests."""
    from tests.web.browser import require_chromium, serve

    require_chromium()  # skip before starting anything when there is no browser
    async for live in serve(pg_server):
        yield live


@pytest.fixture(scope="session")
async def browser(live_server: LiveServer) -> AsyncIterator[Browser]:
    """Debian's chromium driven by Playwright."""
    from playwright.async_api import async_playwright

    from tests.web.browser import launch

    async with async_playwright() as playwright:
        chromium = await launch(playwright)
        yield chromium
        await chromium.close()
