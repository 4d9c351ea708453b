"""Helpers both imports share: validation errors as result items, a row written inside its own savepoint."""

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.errors import DomainError, ValidationFailed
from matchwerk.imports.formats import Row
from matchwerk.imports.models import RowResult, RowStatus

ModelT = TypeVar("ModelT", bound=BaseModel)


def invalid(row: int, errors: list[dict[str, Any]]) -> RowResult:
    """An invalid row's result."""
    return RowResult.model_validate({"row": row, "status": RowStatus.INVALID, "errors": errors})


def error(field: str, message: str, kind: str = "value_error") -> list[dict[str, Any]]:
    """One error item about a field of the row."""
    return [{"loc": ["row", field], "msg": message, "type": kind}]


def validated(row: Row, model: type[ModelT]) -> ModelT | RowResult:
    """The row as ``model``, or its invalid result."""
    if row.data is None:
        return invalid(row.number, row.errors)
    try:
        return model.model_validate(row.data)
    except ValidationError as exc:
        return invalid(
            row.number,
            [
                {"loc": ["row", *exc_loc], "msg": str(item["msg"]), "type": str(item["type"])}
                for item in exc.errors(include_url=False)
                for exc_loc in [[p if isinstance(p, int) else str(p) for p in item["loc"]]]
            ],
        )


def row_errors(exc: ValidationFailed) -> list[dict[str, Any]]:
    """A domain validation error as items located in the row."""
    return [{**e, "loc": ["row", *e["loc"][1:]]} for e in exc.errors] or error("row", exc.detail)


async def in_savepoint(
    session: AsyncSession, number: int, write: Callable[[], Awaitable[RowResult]]
) -> RowResult:
    """Run one row's writes in a savepoint: a row that fails leaves nothing behind."""
    savepoint = await session.begin_nested()
    try:
        result = await write()
    except ValidationFailed as exc:
        await savepoint.rollback()
        return invalid(number, row_errors(exc))
    except DomainError as exc:
        await savepoint.rollback()
        return invalid(number, error("row", exc.detail, exc.type_slug))
    except DBAPIError:
        await savepoint.rollback()
        return invalid(number, error("row", "the row breaks a storage rule (value out of range?)", "storage"))
    await savepoint.commit()
    return result
