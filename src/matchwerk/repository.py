"""The repository base of the features: a model's table, get by id, versioned update, keyset page."""

from collections.abc import Callable
from typing import Any, Generic, TypeVar, cast
from uuid import UUID

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import SQLModel

from matchwerk.common import decode_cursor, encode_cursor
from matchwerk.errors import NotFound

ModelT = TypeVar("ModelT", bound=SQLModel)


def table_of(model: type[Any]) -> sa.Table:
    """The table of a SQLModel table class (``Model.__table__``, which type checkers cannot see)."""
    return cast(sa.Table, sa.inspect(model).local_table)


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


async def update_versioned(session: AsyncSession, row: ModelT, values: dict[str, Any]) -> ModelT:
    """Apply the values that differ to a row with ``version``/``updated_at`` and bump both; a write that
    changes nothing leaves the row alone (same version and ETag, no change-log entry)."""
    changed = {column: value for column, value in values.items() if getattr(row, column) != value}
    if not changed:
        return row
    for column, value in changed.items():
        setattr(row, column, value)
    row.version += 1  # type: ignore[attr-defined]
    row.updated_at = sa.func.now()
    await session.flush()
    await session.refresh(row)
    return row


class Repository(Generic[ModelT]):
    """Get by id, insert, versioned update, delete and keyset page for a table model with ``id``,
    ``version``, ``created_at`` and ``updated_at``; ``noun`` names the resource in NotFound."""

    def __init__(self, model: type[ModelT], noun: str) -> None:
        self.model = model
        self.noun = noun
        self.table = table_of(model)

    async def get(self, session: AsyncSession, row_id: UUID, *, for_update: bool = False) -> ModelT | None:
        """One row by id (read again from the database, not served from the session), optionally locked."""
        stmt = sa.select(self.model).where(self.table.c.id == row_id)
        if for_update:
            stmt = stmt.with_for_update()
        result = await session.execute(stmt.execution_options(populate_existing=True))
        return result.scalar_one_or_none()

    async def get_visible(
        self,
        session: AsyncSession,
        row_id: UUID,
        visible: Callable[[ModelT], bool],
        *,
        for_update: bool = False,
    ) -> ModelT:
        """The row, or NotFound when it does not exist or the caller may not see it (the same answer)."""
        row = await self.get(session, row_id, for_update=for_update)
        if row is None or not visible(row):
            raise NotFound(f"{self.noun} {row_id} not found.")
        return row

    async def insert(self, session: AsyncSession, values: dict[str, Any]) -> ModelT:
        """Insert a row and return it as stored (server defaults filled in)."""
        row = self.model(**values)
        session.add(row)
        await session.flush()
        await session.refresh(row)
        return row

    async def update(self, session: AsyncSession, row: ModelT, values: dict[str, Any]) -> ModelT:
        """Apply the values that differ, bump the version and return the stored row (see update_versioned)."""
        return await update_versioned(session, row, values)

    async def delete(self, session: AsyncSession, row: ModelT) -> None:
        """Delete a row (what references it cascades in the database)."""
        await session.delete(row)
        await session.flush()

    async def page(
        self, session: AsyncSession, stmt: sa.Select[Any], *, limit: int, cursor: str | None
    ) -> tuple[list[ModelT], str | None]:
        """A keyset page of ``stmt`` (a select of this model) ordered by (created_at, id)."""
        return await keyset_page(session, stmt, self.model, limit=limit, cursor=cursor)


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
