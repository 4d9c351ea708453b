"""SQL helpers shared by the features' repositories."""

from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.common import decode_cursor, encode_cursor

RowT = TypeVar("RowT")


async def keyset_page(
    session: AsyncSession, stmt: sa.Select[Any], table: Any, *, limit: int, cursor: str | None
) -> tuple[list[Any], str | None]:
    """Run ``stmt`` ordered by (created_at, id) after ``cursor``; return rows and the next cursor."""
    created_at, row_id = table.created_at, table.id
    if cursor is not None:
        after_created, after_id = decode_cursor(cursor)
        stmt = stmt.where(
            sa.tuple_(created_at, row_id) > sa.tuple_(sa.literal(after_created), sa.literal(after_id))
        )
    rows = list((await session.execute(stmt.order_by(created_at, row_id).limit(limit + 1))).scalars())
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        next_cursor = encode_cursor(rows[-1].created_at, rows[-1].id)
    return rows, next_cursor


VersionedT = TypeVar("VersionedT")


async def update_versioned(session: AsyncSession, row: VersionedT, values: dict[str, Any]) -> VersionedT:
    """Apply column values to a row with ``version``/``updated_at``, bump both and return the stored row."""
    for column, value in values.items():
        setattr(row, column, value)
    row.version += 1  # type: ignore[attr-defined]
    row.updated_at = sa.func.now()  # type: ignore[attr-defined]
    await session.flush()
    await session.refresh(row)
    return row


async def database_is_empty(session: AsyncSession) -> bool:
    """Whether there are neither employers nor candidates yet (first start)."""
    found = await session.execute(
        sa.text("SELECT EXISTS (SELECT 1 FROM employers) OR EXISTS (SELECT 1 FROM candidates)")
    )
    return not found.scalar_one()


async def change_log_since(session: AsyncSession, xact_id: int) -> tuple[int, float]:
    """Change-log entries written by transactions at or after ``xact_id``: count and age of the oldest (s)."""
    found = await session.execute(
        sa.text(
            "SELECT count(*), coalesce(extract(epoch FROM now() - min(changed_at)), 0)::float8 "
            "FROM entity_changes WHERE xact_id >= :xact_id"
        ),
        {"xact_id": xact_id},
    )
    count, age = found.one()
    return int(count), float(age)


async def pending_webhook_deliveries(session: AsyncSession) -> int:
    """Webhook deliveries waiting to be sent (the outbox's depth)."""
    found = await session.execute(sa.text("SELECT count(*) FROM webhook_deliveries WHERE status = 'pending'"))
    return int(found.scalar_one())
