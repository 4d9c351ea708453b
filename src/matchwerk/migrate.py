"""Alembic migrations run programmatically on the async engine, one replica at a time."""

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from matchwerk.db import MIGRATION_LOCK_ID


def migrations_dir() -> Path:
    """The Alembic script directory: packaged in a wheel, or the repository's ``migrations/``."""
    packaged = Path(__file__).parent / "_migrations"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "migrations"


def alembic_config() -> Config:
    """Alembic configuration without an ini file."""
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def head_revision() -> str | None:
    """The newest migration's revision id."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _run(connection: Connection, action: str, target: str) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_ID})
    if action == "upgrade":
        command.upgrade(config, target)
    else:
        command.downgrade(config, target)


async def upgrade(engine: AsyncEngine, target: str = "head") -> None:
    """Apply migrations up to ``target`` under an advisory lock."""
    async with engine.begin() as conn:
        await conn.run_sync(_run, "upgrade", target)


async def downgrade(engine: AsyncEngine, target: str = "base") -> None:
    """Revert migrations down to ``target``."""
    async with engine.begin() as conn:
        await conn.run_sync(_run, "downgrade", target)


async def current_revision(engine: AsyncEngine) -> str | None:
    """The revision the database is at."""
    async with engine.connect() as conn:
        return await conn.run_sync(lambda c: MigrationContext.configure(c).get_current_revision())
