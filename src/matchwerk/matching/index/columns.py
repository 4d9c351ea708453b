"""Typed, growable column tables for the indexes, string interning and the id and date encodings.

A table is a class whose attributes are ``Column`` descriptors: ``slots.eligible`` is a NumPy array that
mypy knows the dtype of and grep can find, and a misspelt column fails at import, not at query time.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any, Generic, TypeVar, overload
from uuid import UUID

import numpy as np
from numpy.typing import ArrayLike, NDArray

FloatArray = NDArray[np.float64]
BoolArray = NDArray[np.bool_]
IntArray = NDArray[np.intp]

D = TypeVar("D", bound=np.generic)
T = TypeVar("T", bound="Table")

# Dates are stored as proleptic ordinals; ordinals start at 1, so 0 can stand for "no date".
NO_DATE = 0
_UINT64_MASK = (1 << 64) - 1


class Column(Generic[D]):
    """One column of a ``Table``: reading it on an instance gives the used part of its buffer."""

    def __init__(self, dtype: type[D]) -> None:
        self.dtype = np.dtype(dtype)
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, table: None, owner: type) -> Column[D]: ...
    @overload
    def __get__(self, table: Table, owner: type) -> NDArray[D]: ...
    def __get__(self, table: Table | None, owner: type) -> Column[D] | NDArray[D]:
        if table is None:
            return self
        array: NDArray[D] = table.buffers[self.name][: table.size]
        return array


class Table:
    """Columns of one common length, growing by doubling so appends are amortised O(1)."""

    def __init__(self, capacity: int = 16) -> None:
        self.buffers: dict[str, NDArray[Any]] = {
            column.name: np.zeros(capacity, column.dtype) for column in self.columns()
        }
        self.size = 0

    @classmethod
    def columns(cls) -> Iterator[Column[Any]]:
        """The table's columns in declaration order."""
        for klass in reversed(cls.__mro__):
            for value in vars(klass).values():
                if isinstance(value, Column):
                    yield value

    @classmethod
    def names(cls) -> list[str]:
        """The column names in declaration order."""
        return [column.name for column in cls.columns()]

    def __len__(self) -> int:
        return self.size

    def extend(self, values: Mapping[str, ArrayLike]) -> None:
        """Append rows given as one array (or sequence) per column; exactly the table's columns."""
        if set(values) != set(self.buffers):
            raise KeyError(f"columns differ: {sorted(set(values) ^ set(self.buffers))}")
        arrays = {name: np.asarray(values[name], dtype=buffer.dtype) for name, buffer in self.buffers.items()}
        count = len(next(iter(arrays.values()))) if arrays else 0
        end = self.size + count
        capacity = len(next(iter(self.buffers.values()))) if self.buffers else 0
        if end > capacity:
            new_capacity = max(end, 2 * capacity)
            for name, buffer in self.buffers.items():
                grown = np.zeros(new_capacity, buffer.dtype)
                grown[: self.size] = buffer[: self.size]
                self.buffers[name] = grown
        for name, array in arrays.items():
            self.buffers[name][self.size : end] = array
        self.size = end

    def reserve(self, capacity: int) -> None:
        """Grow the buffers to hold ``capacity`` rows now (a bulk load then never doubles past its size)."""
        for name, buffer in self.buffers.items():
            if len(buffer) < capacity:
                grown = np.zeros(capacity, buffer.dtype)
                grown[: self.size] = buffer[: self.size]
                self.buffers[name] = grown

    def keep(self, positions: IntArray) -> None:
        """Keep only the rows at the given positions, in that order (compaction)."""
        for name, buffer in self.buffers.items():
            kept = buffer[: self.size][positions]
            fresh = np.zeros(max(16, len(kept)), buffer.dtype)
            fresh[: len(kept)] = kept
            self.buffers[name] = fresh
        self.size = len(positions)

    def nbytes(self) -> int:
        """Bytes held by the column buffers (capacity, not only the used part)."""
        return sum(buffer.nbytes for buffer in self.buffers.values())

    @classmethod
    def collector(cls) -> dict[str, list[Any]]:
        """Empty per-column lists for collecting a batch of rows before ``extend``."""
        return {name: [] for name in cls.names()}


class Interner:
    """Maps strings to dense integer ids and back."""

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self.values: list[str] = []

    def __len__(self) -> int:
        return len(self.values)

    def id(self, value: str) -> int:
        """The id of a string, assigning the next one when it is new."""
        found = self._ids.get(value)
        if found is None:
            found = self._ids[value] = len(self.values)
            self.values.append(value)
        return found

    def get(self, value: str) -> int | None:
        """The id of a known string, None otherwise."""
        return self._ids.get(value)

    def optional_id(self, value: str | None) -> int:
        """The id of a string, or -1 for None."""
        return -1 if value is None else self.id(value)

    def optional_value(self, value_id: int) -> str | None:
        """The string of an id, None for -1."""
        return None if value_id < 0 else self.values[value_id]

    def nbytes(self) -> int:
        """A rough size of the stored strings and the lookup dict."""
        return sum(len(value) + 49 for value in self.values) + 104 * len(self.values)


def uuid_halves(ids: list[UUID]) -> tuple[NDArray[np.uint64], NDArray[np.uint64]]:
    """High and low 64 bits of UUIDs: their order is the order of the UUIDs' string form."""
    numbers = [value.int for value in ids]
    high = np.array([number >> 64 for number in numbers], dtype=np.uint64)
    low = np.array([number & _UINT64_MASK for number in numbers], dtype=np.uint64)
    return high, low


def uuid_split(value: UUID) -> tuple[int, int]:
    """The two 64-bit halves of one UUID."""
    return value.int >> 64, value.int & _UINT64_MASK


def uuid_from_halves(high: int, low: int) -> UUID:
    """The UUID whose two 64-bit halves are given."""
    return UUID(int=(int(high) << 64) | int(low))


def date_number(value: date | None) -> int:
    """A date as a day number, NO_DATE for None."""
    return NO_DATE if value is None else value.toordinal()


def number_date(value: int) -> date | None:
    """The inverse of date_number."""
    return None if value == NO_DATE else date.fromordinal(value)


def optional_float(value: Any) -> float | None:
    """A stored float as an optional value (NaN means None)."""
    number = float(value)
    return None if math.isnan(number) else number


def nan_if_none(value: float | None) -> float:
    """An optional float as stored (None becomes NaN)."""
    return math.nan if value is None else value
