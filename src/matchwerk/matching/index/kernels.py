"""NumPy kernels derived from the scalar rules: lookup tables built by calling ``rules``, vectorised filters,
the weighted total in the scalar rule's order, and top-k selection with the id tie-break."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import numpy as np
from numpy.typing import NDArray

from matchwerk.matching.index.columns import BoolArray, FloatArray, IntArray, uuid_split
from matchwerk.matching.rules.components import availability_score, language_gap_score, recognition_score
from matchwerk.matching.rules.scoring import effective_weights
from matchwerk.matching.rules.vocabulary import (
    AVAILABILITY_HORIZON_DAYS,
    NATIVE_RANK,
    RECOGNITION_STATUSES,
    Weights,
)

# CEFR ranks run 0..7, so a gap (required − level) lies in −7..7; tables are indexed by gap + GAP_OFFSET.
GAP_OFFSET = NATIVE_RANK


def gap_table(course: bool) -> FloatArray:
    """Language gap scores indexed by gap + GAP_OFFSET."""
    gaps = range(-GAP_OFFSET, GAP_OFFSET + 1)
    return np.array([language_gap_score(gap, course) for gap in gaps], dtype=np.float64)


def recognition_table(regulated: bool, support: bool) -> FloatArray:
    """Recognition component by status index (``RECOGNITION_STATUSES``) under the given rules."""
    return np.array([recognition_score(name, regulated, support) for name in RECOGNITION_STATUSES])


def level_scores(required: int, course: bool) -> FloatArray:
    """Language score by the candidate's rank 0..7 for one requirement of the given rank."""
    table: FloatArray = gap_table(course)[required + GAP_OFFSET - np.arange(GAP_OFFSET + 1)]
    return table


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
        after_high, after_low = uuid_split(after_id)
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


def capped_total(
    weights: Weights, components: tuple[FloatArray, ...], location_applies: BoolArray
) -> FloatArray:
    """``rules.scoring.capped_score`` on arrays: the same operations in the same order, so equal floats."""
    pair = effective_weights(weights, True)
    scratch = np.empty_like(components[0])
    rest_sum: FloatArray = np.multiply(components[1], pair.language)
    middle = (pair.recognition, pair.experience, pair.availability)
    for weight, values in zip(middle, components[2:5], strict=True):
        rest_sum += np.multiply(values, weight, out=scratch)
    # Where location does not apply its weight and component are both 0, which adds nothing.
    location_weight = np.where(location_applies, pair.location, 0.0)
    rest_sum += np.multiply(components[5], location_weight, out=scratch)
    total_weight = pair.language + pair.recognition + pair.experience + pair.availability + location_weight
    with np.errstate(divide="ignore", invalid="ignore"):
        rest = np.where(total_weight > 0, rest_sum / total_weight, 1.0)
    total: FloatArray = components[0] * (pair.occupation + (1.0 - pair.occupation) * rest)
    return total
