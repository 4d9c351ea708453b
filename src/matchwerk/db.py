"""Database access: async engine over asyncpg, session dependency, databases for commands and tests."""

import asyncio
import logging
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Annotated, Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import asyncpg
from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlmodel import SQLModel

from matchwerk.config import Settings, get_settings
from matchwerk.db_errors import CONNECT_TIMEOUT_SECONDS, POOL_TIMEOUT_SECONDS

logger = logging.getLogger(__name__)
T = TypeVar("T")

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = SQLModel.metadata
metadata.naming_convention = NAMING_CONVENTION

MIGRATION_LOCK_ID = 0x6D61_7463  # pg_advisory_lock key so only one replica migrates at a time


def make_engine(database_url: str, *, pool_size: int = 10) -> AsyncEngine:
    """Create an async engine for a libpq URL; asyncpg parses the URL itself (incl. ``?host=/socket``)."""

    async def connect() -> Any:
        # JIT compiling costs about a second on the statistics' grouped scans and wins nothing on the
        # short queries everything else runs (measured: 2.6 s -> 1.8 s at 100,000 candidates).
        return await asyncpg.connect(
            dsn=database_url, timeout=CONNECT_TIMEOUT_SECONDS, server_settings={"jit": "off"}
        )

    return create_async_engine(
        "postgresql+asyncpg://",
        async_creator=connect,
        pool_size=pool_size,
        max_overflow=pool_size,
        pool_pre_ping=True,
        pool_timeout=POOL_TIMEOUT_SECONDS,  # an exhausted pool answers 503 quickly instead of queueing
        hide_parameters=True,  # statement parameters are personal data; keep them out of errors and logs
    )


def make_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Session factory used by requests and commands."""
    return async_sessionmaker(engine, expire_on_commit=False)


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One session per request; services commit explicitly, anything uncommitted is rolled back."""
    factory: async_sessionmaker[AsyncSession] = request.app.state.sessionmaker
    async with factory() as session:
        try:
            yield session
        finally:
            await session.rollback()


SessionDep = Annotated[AsyncSession, Depends(get_session)]


def with_database(database_url: str, database: str) -> str:
    """Return the libpq URL with another database name, keeping host, user and query."""
    parts = urlsplit(database_url)
    return urlunsplit(parts._replace(path="/" + database))


def database_name(database_url: str) -> str:
    """Database name of a libpq URL (PostgreSQL's default is the user name)."""
    parts = urlsplit(database_url)
    return parts.path.lstrip("/") or (parts.username or "postgres")


async def create_database(server_url: str, name: str) -> None:
    """Create a database on the server of ``server_url`` unless it exists."""
    conn = await asyncpg.connect(dsn=server_url)
    try:
        exists = await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name)
        if not exists:
            await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()


async def drop_database(server_url: str, name: str) -> None:
    """Drop a database (used for throwaway test databases)."""
    conn = await asyncpg.connect(dsn=server_url)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


def throwaway_name(prefix: str) -> str:
    """A unique database name for tests and benchmarks."""
    return f"{prefix}_{secrets.token_hex(4)}"


@contextmanager
def server_url(settings: Settings, database: str = "matchwerk") -> Iterator[str]:
    """MATCHWERK_DATABASE_URL, or the URL of ``database`` on the embedded server (started, then stopped)."""
    if settings.database_url is not None:
        yield settings.database_url
        return
    from matchwerk.embedded import EmbeddedPostgres

    embedded = EmbeddedPostgres(settings.data_dir.resolve() / "pgdata", database=database)
    try:
        yield embedded.start()
    finally:
        embedded.stop()


@asynccontextmanager
async def database(settings: Settings | None = None, *, pool_size: int = 2) -> AsyncIterator[AsyncEngine]:
    """An engine on the configured database (embedded unless MATCHWERK_DATABASE_URL is set); for commands."""
    with server_url(settings or get_settings()) as url:
        engine = make_engine(url, pool_size=pool_size)
        try:
            yield engine
        finally:
            await engine.dispose()


def run_with_db(action: Callable[[AsyncEngine], Awaitable[T]]) -> T:
    """Run ``action`` on an engine over the configured database in a fresh event loop (CLI commands)."""

    async def main() -> T:
        async with database() as engine:
            return await action(engine)

    return asyncio.run(main())


def run_in_session(action: Callable[[AsyncSession], Awaitable[T]]) -> T:
    """Run ``action`` in one session on the configured database (CLI commands)."""

    async def in_session(engine: AsyncEngine) -> T:
        async with make_sessionmaker(engine)() as session:
            return await action(session)

    return run_with_db(in_session)
