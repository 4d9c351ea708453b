"""The change log written by database triggers on every candidate and vacancy change (see the migration),
and its pruning: every reader needs only the newest row of each entity, and recent rows."""

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.db import metadata

entity_changes = sa.Table(
    "entity_changes",
    metadata,
    sa.Column("change_no", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column(
        "xact_id",
        sa.BigInteger,
        nullable=False,
        server_default=sa.text("(pg_current_xact_id())::text::bigint"),
    ),
    sa.Column("entity", sa.Text, nullable=False),
    sa.Column("entity_id", sa.Uuid, nullable=False),
    sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.text("false")),
    sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    sa.CheckConstraint("entity IN ('candidate', 'vacancy')", name="entity"),
    sa.Index("ix_entity_changes_xact_id", "xact_id"),
    sa.Index("ix_entity_changes_entity_id", "entity_id", "change_no"),
)


def _superseded(cutoff: datetime) -> sa.ColumnElement[bool]:
    """Rows older than the cutoff with a newer row for the same entity. What reads the log needs only the
    newest row per entity: the index catch-up and the statistics reload the entities changed since their
    snapshot, the hand-over erasure feed takes each entity's latest change, its horizon the highest number."""
    newer = entity_changes.alias("newer")
    return sa.and_(
        entity_changes.c.changed_at < cutoff,
        sa.exists().where(
            newer.c.entity_id == entity_changes.c.entity_id, newer.c.change_no > entity_changes.c.change_no
        ),
    )


async def count_superseded(session: AsyncSession, cutoff: datetime) -> int:
    """Rows a prune with this cutoff would delete."""
    found = await session.execute(
        sa.select(sa.func.count()).select_from(entity_changes).where(_superseded(cutoff))
    )
    return int(found.scalar_one())


async def prune_superseded(session: AsyncSession, cutoff: datetime, limit: int) -> int:
    """Delete up to ``limit`` superseded rows older than the cutoff in the caller's transaction."""
    batch = sa.select(entity_changes.c.change_no).where(_superseded(cutoff)).limit(limit)
    result = await session.execute(sa.delete(entity_changes).where(entity_changes.c.change_no.in_(batch)))
    return int(result.rowcount)  # type: ignore[attr-defined]
