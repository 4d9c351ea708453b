"""SQL for imported occupation codes and labels."""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.occupations.tables import occupation_catalogue_state, occupation_codes, occupation_labels

_BATCH = 5000


async def revision(session: AsyncSession) -> int:
    """The import revision; every import bumps it."""
    value = await session.scalar(
        sa.select(occupation_catalogue_state.c.revision).where(occupation_catalogue_state.c.id == 1)
    )
    return int(value or 0)


async def bump_revision(session: AsyncSession) -> int:
    """Increase the import revision (inside the import's transaction) and return it."""
    value = await session.scalar(
        sa.update(occupation_catalogue_state)
        .where(occupation_catalogue_state.c.id == 1)
        .values(revision=occupation_catalogue_state.c.revision + 1)
        .returning(occupation_catalogue_state.c.revision)
    )
    return int(value or 0)


async def upsert_codes(session: AsyncSession, rows: Sequence[dict[str, Any]]) -> int:
    """Insert or refresh codes; returns how many were new."""
    added = 0
    for start in range(0, len(rows), _BATCH):
        stmt = pg_insert(occupation_codes).values(list(rows[start : start + _BATCH]))
        stmt = stmt.on_conflict_do_update(
            index_elements=["kldb_code"], set_={"title": stmt.excluded.title, "source": stmt.excluded.source}
        )
        result: Any = await session.execute(stmt.returning(sa.literal_column("(xmax = 0)")))
        added += sum(1 for (inserted,) in result if inserted)
    return added


async def insert_labels(session: AsyncSession, rows: Sequence[dict[str, Any]]) -> int:
    """Insert labels that are not there yet; returns how many were added."""
    added = 0
    for start in range(0, len(rows), _BATCH):
        stmt = (
            pg_insert(occupation_labels)
            .values(list(rows[start : start + _BATCH]))
            .on_conflict_do_nothing(constraint="uq_occupation_labels_entry")
        )
        result = await session.execute(stmt.returning(occupation_labels.c.id))
        added += len(result.all())
    return added


async def load_imports(session: AsyncSession) -> tuple[list[Any], list[Any]]:
    """All imported codes and labels."""
    codes = list(await session.execute(sa.select(occupation_codes.c.kldb_code, occupation_codes.c.title)))
    labels = list(
        await session.execute(
            sa.select(
                occupation_labels.c.kldb_code,
                occupation_labels.c.label,
                occupation_labels.c.lang,
                occupation_labels.c.source,
            ).order_by(occupation_labels.c.id)
        )
    )
    return codes, labels
