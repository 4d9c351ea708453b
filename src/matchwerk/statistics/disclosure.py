"""Statistical disclosure control: which cells of a count table must not be published (pure, no I/O).

The rule (docs/statistics.md explains it with examples):

1. **Primary suppression**: a cell of 1-4 persons is never published.
2. **The attacker** knows every published cell, the grand total and, because anyone may ask for a coarser
   ``group_by``, every *marginal sum* (rows, columns, and in more dimensions every sum over some of them)
   of at least 5 persons; smaller sums are themselves suppressed wherever they are published. The
   attacker also knows that every listed cell holds at least one person (empty cells are not listed).
3. **Complementary suppression**: in every such sum ("line") that holds suppressed cells, they must
   be at least two, and their known sum must leave each of them room up to at least 5
   (``sum - (k - 1) >= 5``), so that nothing in that line tells a small cell from a publishable one. Where a
   line falls short, its smallest published non-empty cell is suppressed too, until the rule holds.
4. **Verification**: the attacker's linear program (all the constraints above, each suppressed cell >= 1)
   is solved for the smallest and the largest value of every primary cell; a cell whose range is a single
   value would be disclosed, so another cell of one of its lines is suppressed and the check runs again.
   If nothing is left to suppress, everything is suppressed (and the total with it).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np
from scipy.optimize import linprog  # type: ignore[import-untyped]

THRESHOLD: Final = 5
"""Cells of 1 to THRESHOLD - 1 persons are never published."""

MAX_LP_CELLS: Final = 600
"""Above this many primary cells the linear-program check is skipped (the line rule alone holds)."""

Key = tuple[Hashable, ...]


@dataclass(frozen=True)
class Protected:
    """The outcome: which cells are suppressed, and whether the grand total may be published."""

    suppressed: frozenset[Key]
    primary: frozenset[Key]
    total_published: bool


def lines(keys: Sequence[Key]) -> list[list[Key]]:
    """The cells of every marginal sum: for each set of dimensions summed over (one, two, ... all), the
    groups of cells that agree in the other dimensions (rows and columns of a 2-D table, and its total)."""
    if not keys:
        return []
    width = len(keys[0])
    found: list[list[Key]] = []
    for kept_count in range(width - 1, -1, -1):
        for kept in itertools.combinations(range(width), kept_count):
            grouped: dict[Key, list[Key]] = defaultdict(list)
            for key in keys:
                grouped[tuple(key[d] for d in kept)].append(key)
            found.extend(grouped.values())
    return found


def protect(cells: Mapping[Key, int]) -> Protected:
    """Decide the suppressed cells of a table of person counts (keys: tuples of the grouping values)."""
    keys = sorted((k for k, v in cells.items() if v > 0), key=repr)
    total = sum(cells[k] for k in keys)
    primary = frozenset(k for k in keys if cells[k] < THRESHOLD)
    if 0 < total < THRESHOLD:
        return Protected(frozenset(keys), primary, total_published=False)
    known_lines = [line for line in lines(keys) if sum(cells[k] for k in line) >= THRESHOLD]
    suppressed = set(primary)
    for _ in range(len(keys) + 1):
        _apply_line_rule(cells, known_lines, suppressed)
        pinned = _pinned(cells, known_lines, suppressed, primary)
        if not pinned:
            return Protected(frozenset(suppressed), primary, total_published=True)
        if not _widen(cells, known_lines, suppressed, pinned):
            break
    return Protected(frozenset(keys), primary, total_published=False)


def _line_ok(cells: Mapping[Key, int], line: Sequence[Key], suppressed: set[Key]) -> bool:
    hidden = [k for k in line if k in suppressed]
    if not hidden:
        return True
    hidden_sum = sum(cells[k] for k in hidden)
    return len(hidden) >= 2 and hidden_sum - (len(hidden) - 1) >= THRESHOLD


def _smallest_published(cells: Mapping[Key, int], line: Sequence[Key], suppressed: set[Key]) -> Key | None:
    open_cells = [k for k in line if k not in suppressed]
    return min(open_cells, key=lambda k: (cells[k], repr(k))) if open_cells else None


def _apply_line_rule(cells: Mapping[Key, int], known_lines: list[list[Key]], suppressed: set[Key]) -> None:
    changed = True
    while changed:
        changed = False
        for line in known_lines:
            while not _line_ok(cells, line, suppressed):
                extra = _smallest_published(cells, line, suppressed)
                if extra is None:
                    break
                suppressed.add(extra)
                changed = True


def _widen(
    cells: Mapping[Key, int], known_lines: list[list[Key]], suppressed: set[Key], pinned: set[Key]
) -> bool:
    """Suppress one more cell in a line of each pinned cell; False when no line has one left."""
    added = False
    for cell in sorted(pinned, key=repr):
        for line in known_lines:
            if cell in line:
                extra = _smallest_published(cells, line, suppressed)
                if extra is not None:
                    suppressed.add(extra)
                    added = True
                    break
    return added


def _pinned(
    cells: Mapping[Key, int], known_lines: list[list[Key]], suppressed: set[Key], primary: frozenset[Key]
) -> set[Key]:
    """Primary cells whose value the attacker's linear program pins to a single value."""
    if not primary or len(primary) > MAX_LP_CELLS:
        return set()
    bounds = attacker_bounds(cells, known_lines, suppressed, targets=sorted(primary, key=repr))
    return {key for key, (low, high) in bounds.items() if high - low < 1 - 1e-6}


def attacker_bounds(
    cells: Mapping[Key, int],
    known_lines: Sequence[Sequence[Key]],
    suppressed: set[Key] | frozenset[Key],
    *,
    targets: Sequence[Key],
) -> dict[Key, tuple[float, float]]:
    """Smallest and largest value of each target cell consistent with everything the attacker knows."""
    hidden = sorted(suppressed, key=repr)
    column = {k: i for i, k in enumerate(hidden)}
    rows, sums = [], []
    for line in known_lines:
        members = [column[k] for k in line if k in column]
        if members:
            row = np.zeros(len(hidden))
            row[members] = 1.0
            rows.append(row)
            sums.append(float(sum(cells[k] for k in line if k in column)))
    a_eq = np.array(rows) if rows else None
    b_eq = np.array(sums) if sums else None
    out: dict[Key, tuple[float, float]] = {}
    for key in targets:
        objective = np.zeros(len(hidden))
        objective[column[key]] = 1.0
        ends = []
        for sign in (1.0, -1.0):
            result = linprog(sign * objective, A_eq=a_eq, b_eq=b_eq, bounds=(1, None), method="highs")
            ends.append(sign * result.fun if result.status == 0 else (np.inf if sign < 0 else 1.0))
        out[key] = (float(ends[0]), float(ends[1]))
    return out
