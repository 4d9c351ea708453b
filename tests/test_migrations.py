"""Migrations upgrade from empty, match the models, and downgrade back to empty."""

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.engine import Connection

from matchwerk import migrate
from matchwerk.db import make_engine, metadata
from matchwerk.models import load_all
from tests.conftest import Server


def _diff(connection: Connection) -> list[object]:
    load_all()
    return list(
        compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}), metadata)
    )


async def test_upgrade_matches_models_and_downgrade_empties(pg_server: Server) -> None:
    url = await pg_server.new_database("matchwerk_migrations")
    engine = make_engine(url, pool_size=1)
    try:
        await migrate.upgrade(engine)
        assert await migrate.current_revision(engine) == migrate.head_revision()
        async with engine.connect() as conn:
            assert await conn.run_sync(_diff) == []
        await migrate.downgrade(engine, "base")
        async with engine.connect() as conn:
            tables = (
                (
                    await conn.execute(
                        text(
                            "SELECT tablename FROM pg_tables "
                            "WHERE schemaname = 'public' AND tablename <> 'alembic_version'"
                        )
                    )
                )
                .scalars()
                .all()
            )
            functions = (
                (await conn.execute(text("SELECT proname FROM pg_proc WHERE proname LIKE 'matchwerk_%'")))
                .scalars()
                .all()
            )
            sequences = (
                (await conn.execute(text("SELECT relname FROM pg_class WHERE relkind = 'S'"))).scalars().all()
            )
        assert tables == []
        assert functions == []
        assert sequences == []
        await migrate.upgrade(engine)  # and up again from empty
        assert await migrate.current_revision(engine) == migrate.head_revision()
    finally:
        await engine.dispose()
        await pg_server.drop(url)
