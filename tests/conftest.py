"""Test harness: a real PostgreSQL (embedded, or MATCHWERK_DATABASE_URL's server), migrated once per session;
each test runs in a transaction that is rolled back."""

import os
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from uuid import UUID

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker

from matchwerk import migrate
from matchwerk.app import create_app
from matchwerk.auth import service as auth_service
from matchwerk.auth.models import KeyScope, Role
from matchwerk.config import Settings
from matchwerk.db import (
    create_database,
    database_name,
    drop_database,
    make_engine,
    make_sessionmaker,
    throwaway_name,
    with_database,
)
from matchwerk.embedded import EmbeddedPostgres

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


class Server:
    """A PostgreSQL server the suite may create throwaway databases on."""

    def __init__(self, url: str) -> None:
        self.url = url

    async def new_database(self, prefix: str = "matchwerk_test") -> str:
        name = throwaway_name(prefix)
        await create_database(self.url, name)
        return with_database(self.url, name)

    async def drop(self, url: str) -> None:
        await drop_database(self.url, database_name(url))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Server]:
    """MATCHWERK_DATABASE_URL's server, or an embedded one in a temporary directory."""
    url = os.environ.get("MATCHWERK_DATABASE_URL")
    if url:
        yield Server(url)
        return
    with tempfile.TemporaryDirectory(prefix="mw-pg-") as tmp:
        os.chmod(tmp, 0o755)  # noqa: S103 (the embedded server runs as its own OS user when we are root)
        embedded = EmbeddedPostgres(Path(tmp) / "pgdata", database="postgres", cleanup_mode="delete")
        yield Server(embedded.start())
        embedded.stop()


@pytest.fixture(scope="session")
async def database_url(pg_server: Server) -> AsyncIterator[str]:
    """A fresh, migrated database for the whole session, dropped at the end."""
    url = await pg_server.new_database()
    engine = make_engine(url, pool_size=2)
    await migrate.upgrade(engine)
    await engine.dispose()
    yield url
    await pg_server.drop(url)


@pytest.fixture(scope="session")
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = make_engine(database_url, pool_size=5)
    yield engine
    await engine.dispose()


@pytest.fixture
async def connection(engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
    """A connection inside an outer transaction that is rolled back after the test."""
    async with engine.connect() as conn:
        transaction = await conn.begin()
        yield conn
        await transaction.rollback()


@pytest.fixture
def sessionmaker(connection: AsyncConnection) -> async_sessionmaker[AsyncSession]:
    """Sessions whose commits become savepoints of the test's transaction."""
    return async_sessionmaker(
        bind=connection, expire_on_commit=False, join_transaction_mode="create_savepoint"
    )


@pytest.fixture
async def session(sessionmaker: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    async with sessionmaker() as session:
        yield session


@pytest.fixture
def settings() -> Settings:
    return Settings(database_url="postgresql://unused", demo_data=False, migrate_on_start=False)


@pytest.fixture
async def app(
    settings: Settings, engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession]
) -> FastAPI:
    application = create_app(settings, engine=engine)
    application.state.sessionmaker = sessionmaker
    return application


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        yield client


async def make_token(
    session: AsyncSession,
    role: Role = Role.ADMIN,
    *,
    employer_id: UUID | None = None,
    reception_centre: str | None = None,
    scope: KeyScope | None = None,
) -> str:
    """Create a key and return its token."""
    _, token = await auth_service.create_key(
        session,
        role=role,
        name=f"test {role}",
        employer_id=employer_id,
        reception_centre=reception_centre,
        scope=scope,
    )
    return token


async def authenticated_key_id(session: AsyncSession, token: str) -> UUID:
    """The key id behind a token the test just made."""
    principal = await auth_service.authenticate(session, token)
    assert principal is not None, "the token was just created"
    return principal.key_id


@pytest.fixture
async def admin(client: httpx.AsyncClient, session: AsyncSession) -> httpx.AsyncClient:
    """The client, authenticated as admin."""
    client.headers["Authorization"] = f"Bearer {await make_token(session)}"
    return client


@pytest.fixture
async def pg_cleanup(engine: AsyncEngine) -> AsyncIterator[list[str]]:
    """Employer ids a committing test created; deleted (with their vacancies) afterwards."""
    created: list[str] = []
    yield created
    async with engine.begin() as conn:
        from sqlalchemy import text

        for employer_id in created:
            await conn.execute(text("DELETE FROM employers WHERE id = :id"), {"id": employer_id})


_DATABASE_FIXTURES = frozenset({"pg_server", "database_url", "engine", "connection", "session"})


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """With MATCHWERK_DATABASE_TESTS_ONLY=1 (CI's second pass, against the PostgreSQL server), keep only the
    tests that use a database: the rest (pure scoring, property and parsing tests) would run exactly as in
    the first pass and say nothing about the server."""
    if os.environ.get("MATCHWERK_DATABASE_TESTS_ONLY") != "1":
        return
    keep: list[pytest.Item] = []
    dropped: list[pytest.Item] = []
    for item in items:
        uses_database = _DATABASE_FIXTURES & set(getattr(item, "fixturenames", ()))
        (keep if uses_database else dropped).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


@pytest.fixture
async def committed(pg_server: Server) -> AsyncIterator[AsyncSession]:
    """A session on a database of its own whose commits are real, so that catching up reads only what
    changed (the usual test session's commits are savepoints of one transaction: everything looks new)."""
    url = await pg_server.new_database()
    engine = make_engine(url, pool_size=2)
    await migrate.upgrade(engine)
    async with make_sessionmaker(engine)() as session:
        yield session
    await engine.dispose()
    await pg_server.drop(url)
