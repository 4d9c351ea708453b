"""The running result of one ranking: the k best so far (score desc, id asc), or everyone above a score."""

from __future__ import annotations

from uuid import UUID

import numpy as np
from numpy.typing import NDArray

from matchwerk.matching.index.columns import FloatArray, IntArray
from matchwerk.matching.index.kernels import select_top


class Selection:
    """The k best (score desc, id asc) seen so far, of the scores at or above min_score after the cursor."""

    def __init__(
        self,
        k: int,
        min_score: float,
        after: tuple[float, UUID] | None,
        id_high: NDArray[np.uint64],
        id_low: NDArray[np.uint64],
    ) -> None:
        self.k, self.min_score, self.after = k, min_score, after
        self._id_high, self._id_low = id_high, id_low
        empty = np.zeros(0, np.float64)
        self.best: tuple[IntArray, FloatArray, tuple[FloatArray, ...]] = (
            np.zeros(0, np.intp),
            empty,
            (empty,) * 6,
        )

    def add(self, positions: IntArray, scores: FloatArray, components: tuple[FloatArray, ...]) -> None:
        """Merge scored candidates (none of them seen before) into the k best."""
        if len(positions) == 0:
            return
        kept, kept_scores, kept_components = self.best
        if len(kept):
            positions = np.concatenate((kept, positions))
            scores = np.concatenate((kept_scores, scores))
            components = tuple(
                np.concatenate((old, new)) for old, new in zip(kept_components, components, strict=True)
            )
        chosen = select_top(
            positions, scores, self._id_high, self._id_low, self.k, min_score=self.min_score, after=self.after
        )
        self.best = positions[chosen], scores[chosen], tuple(column[chosen] for column in components)

    def beats(self, bound: float) -> bool:
        """Whether the k best so far are all strictly above a bound, so nothing at most it can enter."""
        scores = self.best[1]
        return len(scores) >= self.k and bool(scores[-1] > bound)


class Everyone(Selection):
    """Every slot scoring at least min_score, in no order (statistics want them all, not ranked)."""

    def __init__(self, min_score: float) -> None:
        empty = np.zeros(0, np.uint64)
        super().__init__(1, min_score, None, empty, empty)
        self.found: list[IntArray] = []

    def add(self, positions: IntArray, scores: FloatArray, components: tuple[FloatArray, ...]) -> None:
        self.found.append(positions[scores >= self.min_score])

    def beats(self, bound: float) -> bool:
        return False
