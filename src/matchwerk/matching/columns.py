"""Building blocks of the in-memory indexes: growable column tables, interning and top-k selection."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date
from typing import Any
from uuid import UUID

import numpy as np
from numpy.typing import ArrayLike, DTypeLike, NDArray

from matchwerk.matching.components import availability_score, language_gap_score
from matchwerk.matching.profiles import CEFR_RANK, Weights
from matchwerk.matching.scoring import effective_weights

FloatArray = NDArray[np.float64]
BoolArray = NDArray[np.bool_]
IntArray = NDArray[np.intp]

# Dates are stored as proleptic ordinals; ordinals start at 1, so 0 can stand for "no date".
NO_DATE = 0
# CEFR ranks run 0..7, so a gap (required − level) lies in −7..7; tables are indexed by gap + 7.
GAP_OFFSET = 7
AVAILABILITY_HORIZON_DAYS = 180
_UINT64_MASK = (1 << 64) - 1


class Columns:
    """Named NumPy columns of one common length, growing by doubling so appends are amortised O(1)."""

    def __init__(self, dtypes: Mapping[str, DTypeLike], capacity: int = 16) -> None:
        self._data: dict[str, NDArray[Any]] = {
            name: np.zeros(capacity, dtype) for name, dtype in dtypes.items()
        }
        self.size = 0

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, name: str) -> NDArray[Any]:
        return self._data[name][: self.size]

    def extend(self, values: Mapping[str, ArrayLike]) -> None:
        """Append rows given as one array (or sequence) per column; every column must be given."""
        arrays = {name: np.asarray(values[name], dtype=column.dtype) for name, column in self._data.items()}
        count = len(next(iter(arrays.values()))) if arrays else 0
        end = self.size + count
        capacity = len(next(iter(self._data.values()))) if self._data else 0
        if end > capacity:
            new_capacity = max(end, 2 * capacity)
            for name, column in self._data.items():
                grown = np.zeros(new_capacity, column.dtype)
                grown[: self.size] = column[: self.size]
                self._data[name] = grown
        for name, array in arrays.items():
            self._data[name][self.size : end] = array
        self.size = end

    def keep(self, positions: IntArray) -> None:
        """Keep only the rows at the given positions, in that order (compaction)."""
        for name, column in self._data.items():
            kept = column[: self.size][positions]
            fresh = np.zeros(max(16, len(kept)), column.dtype)
            fresh[: len(kept)] = kept
            self._data[name] = fresh
        self.size = len(positions)

    def nbytes(self) -> int:
        """Bytes held by the column buffers (capacity, not only the used part)."""
        return sum(column.nbytes for column in self._data.values())


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


def uuid_from_halves(high: int, low: int) -> UUID:
    """The UUID whose two 64-bit halves are given."""
    return UUID(int=(int(high) << 64) | int(low))


def date_number(value: date | None) -> int:
    """A date as a day number, NO_DATE for None."""
    return NO_DATE if value is None else value.toordinal()


def number_date(value: int) -> date | None:
    """The inverse of date_number."""
    return None if value == NO_DATE else date.fromordinal(value)


def cefr_rank(level: str | None) -> int:
    """The CEFR rank of a level, 0 for None or unknown."""
    return 0 if level is None else CEFR_RANK.get(level, 0)


def gap_table(course: bool) -> FloatArray:
    """Language gap scores indexed by gap + GAP_OFFSET."""
    gaps = range(-GAP_OFFSET, GAP_OFFSET + 1)
    return np.array([language_gap_score(gap, course) for gap in gaps], dtype=np.float64)


AVAILABILITY_TABLE: FloatArray = np.array(
    [availability_score(days) for days in range(AVAILABILITY_HORIZON_DAYS + 1)], dtype=np.float64
)


def availability_values(available_day: NDArray[Any] | int, start_day: NDArray[Any] | int) -> FloatArray:
    """Vectorised availability_score for day numbers (NO_DATE or past dates are earlier than the start)."""
    days = np.asarray(np.subtract(available_day, start_day, dtype=np.int64))
    np.clip(days, 0, AVAILABILITY_HORIZON_DAYS, out=days)
    values: FloatArray = AVAILABILITY_TABLE[days]
    return values


def experience_values(years: FloatArray, divisor: FloatArray | float) -> FloatArray:
    """Vectorised experience_score; NaN years (unknown) give 0."""
    values: FloatArray = np.divide(years, divisor)
    np.minimum(values, 1.0, out=values)
    # fmax drops NaN, so unknown years come out as 0 in the same pass.
    np.fmax(values, 0.0, out=values)
    return values


def location_values(distance: FloatArray, allowed: FloatArray) -> tuple[BoolArray, BoolArray, FloatArray]:
    """Vectorised location rule: (applies, within the allowed distance, component)."""
    applies = ~(np.isnan(distance) | np.isnan(allowed))
    within = distance <= allowed
    with np.errstate(divide="ignore", invalid="ignore"):
        values = np.where(allowed > 0, 1.0 - distance / allowed, 1.0)
    values[~within] = 0.0
    return applies, within, values


def select_top(
    positions: IntArray,
    scores: FloatArray,
    id_high: NDArray[np.uint64],
    id_low: NDArray[np.uint64],
    k: int,
    *,
    min_score: float,
    after: tuple[float, UUID] | None,
) -> IntArray:
    """Indices into ``positions``/``scores`` of the k best by score desc, then id asc (ids by position).

    Only scores of at least ``min_score`` and, with a keyset cursor, those strictly after it count.
    """
    local = np.flatnonzero(scores >= min_score)
    if after is not None:
        after_score, after_id = after
        after_high, after_low = after_id.int >> 64, after_id.int & _UINT64_MASK
        candidate_scores = scores[local]
        tied = local[candidate_scores == after_score]
        high, low = id_high[positions[tied]], id_low[positions[tied]]
        later = (high > after_high) | ((high == after_high) & (low > after_low))
        local = np.concatenate([local[candidate_scores < after_score], tied[later]])
    if len(local) > k:
        # Everything tied with the k-th best score stays in, so the id tie-break sees all of them.
        candidate_scores = scores[local]
        threshold = candidate_scores[np.argpartition(candidate_scores, len(local) - k)[len(local) - k]]
        local = local[candidate_scores >= threshold]
    chosen = positions[local]
    order = np.lexsort((id_low[chosen], id_high[chosen], -scores[local]))[:k]
    return local[order]


def optional_float(value: Any) -> float | None:
    """A stored float as an optional value (NaN means None)."""
    number = float(value)
    return None if math.isnan(number) else number


def weighted_total(
    weights: Weights, components: tuple[FloatArray, ...], location_applies: BoolArray
) -> FloatArray:
    """Σ weight × component in component order, exactly as ``scoring.score_match`` adds them up."""
    with_location = effective_weights(weights, True)
    without_location = effective_weights(weights, False)
    applies_everywhere, applies_somewhere = bool(location_applies.all()), bool(location_applies.any())
    occupation_weight: FloatArray | float = with_location.occupation
    if not applies_everywhere:
        occupation_weight = without_location.occupation
        if applies_somewhere:
            occupation_weight = np.where(
                location_applies, with_location.occupation, without_location.occupation
            )
    total: FloatArray = np.multiply(components[0], occupation_weight)
    scratch = np.empty_like(total)
    middle = (weights.language, weights.recognition, weights.experience, weights.availability)
    for weight, values in zip(middle, components[1:5], strict=True):
        total += np.multiply(values, weight, out=scratch)
    # Where location does not apply its weight and component are both 0, which adds nothing.
    if applies_somewhere:
        location_weight = np.where(location_applies, with_location.location, 0.0)
        total += np.multiply(components[5], location_weight, out=scratch)
    return total
