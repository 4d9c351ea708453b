"""Alembic environment: runs on a connection handed in by matchwerk.migrate, or opens one from the URL."""

import asyncio

from alembic import context
from sqlalchemy.engine import Connection

from matchwerk.config import get_settings
from matchwerk.db import make_engine, metadata
from matchwerk.models import load_all  # noqa: F401  (registers every table on the metadata)

target_metadata = metadata


def _run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


async def _run_with_own_engine() -> None:
    url = get_settings().database_url
    if url is None:
        raise SystemExit(
            "Set MATCHWERK_DATABASE_URL, or use `matchwerk migrate` (starts the embedded server)."
        )
    engine = make_engine(url)
    async with engine.begin() as conn:
        await conn.run_sync(_run)
    await engine.dispose()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    asyncio.run(_run_with_own_engine())
