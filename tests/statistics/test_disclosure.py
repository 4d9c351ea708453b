"""Disclosure control against an attacker who solves the published linear constraints.

The attacker here is written independently of the module: it knows every published cell, the grand total
(when published) and every marginal of every sub-table of at least 5 persons (anyone can ask for a coarser
``group_by``), and that each listed cell holds at least one person. For every primary (1-4) cell it asks a
linear-program solver for the smallest and largest value consistent with all of that. A response that
publishes no cell at all tells it nothing.
"""

import itertools
import random
from collections import defaultdict

import numpy as np
import pytest
from scipy.optimize import linprog  # type: ignore[import-untyped]  # scipy ships no type hints

from matchwerk.statistics.disclosure import THRESHOLD, Key, protect


def marginals(cells: dict[Key, int]) -> list[tuple[list[Key], int]]:
    """Every marginal the attacker can ask for: sums over any subset of the dimensions."""
    keys = [k for k, v in cells.items() if v > 0]
    width = len(keys[0])
    out = []
    for kept in itertools.chain.from_iterable(itertools.combinations(range(width), n) for n in range(width)):
        groups: dict[Key, list[Key]] = defaultdict(list)
        for key in keys:
            groups[tuple(key[d] for d in kept)].append(key)
        for members in groups.values():
            out.append((members, sum(cells[k] for k in members)))
    return out


def attack(cells: dict[Key, int]) -> dict[Key, tuple[float, float]]:
    """The range of every primary cell as the attacker can work it out."""
    result = protect(cells)
    hidden = sorted(result.suppressed, key=repr)
    if not hidden:
        return {}
    if not result.total_published and len(hidden) == len([k for k in cells if cells[k] > 0]):
        return {}  # the response publishes nothing (what other responses tell is docs/statistics.md's limit)
    index = {k: i for i, k in enumerate(hidden)}
    rows, rhs = [], []
    for members, total in marginals(cells):
        if total < THRESHOLD and len(members) < len([k for k in cells if cells[k] > 0]):
            continue  # a small marginal is itself suppressed wherever it is published
        if len(members) == len([k for k in cells if cells[k] > 0]) and not result.total_published:
            continue
        in_hidden = [index[k] for k in members if k in index]
        if not in_hidden:
            continue
        row = np.zeros(len(hidden))
        row[in_hidden] = 1
        rows.append(row)
        rhs.append(total - sum(cells[k] for k in members if k not in index))
    ranges = {}
    for key in sorted(result.primary, key=repr):
        c = np.zeros(len(hidden))
        c[index[key]] = 1
        low = linprog(c, A_eq=np.array(rows) if rows else None, b_eq=rhs or None, bounds=(1, None))
        high = linprog(-c, A_eq=np.array(rows) if rows else None, b_eq=rhs or None, bounds=(1, None))
        assert low.status == 0
        ranges[key] = (low.fun, np.inf if high.status == 3 else -high.fun)
    return ranges


def assert_nothing_disclosed(cells: dict[Key, int]) -> None:
    result = protect(cells)
    assert result.primary <= result.suppressed
    for key, (low, high) in attack(cells).items():
        assert high - low >= 1 - 1e-6, f"cell {key} = {cells[key]} is pinned to [{low}, {high}]"


def test_cells_of_one_to_four_persons_are_never_published() -> None:
    cells: dict[Key, int] = {("a",): 1, ("b",): 4, ("c",): 5, ("d",): 12, ("e",): 30}
    result = protect(cells)
    assert {("a",), ("b",)} <= result.suppressed
    assert ("e",) not in result.suppressed
    assert result.total_published


def test_a_single_small_cell_in_a_row_takes_a_partner() -> None:
    cells: dict[Key, int] = {("r1", "x"): 3, ("r1", "y"): 20, ("r1", "z"): 9}
    cells |= {("r2", "x"): 15, ("r2", "y"): 11, ("r2", "z"): 8}
    result = protect(cells)
    assert ("r1", "x") in result.suppressed
    # a partner in its row (the smallest: 9) and one in its column, and a fourth closing the rectangle
    assert ("r1", "z") in result.suppressed
    assert ("r2", "x") in result.suppressed or ("r2", "z") in result.suppressed
    assert len(result.suppressed) >= 4
    assert_nothing_disclosed(cells)


def test_two_small_cells_of_a_row_do_not_betray_each_other() -> None:
    # 1 + 1: the row sum minus the published cells is 2, which would pin both to 1.
    cells: dict[Key, int] = {("r1", "x"): 1, ("r1", "y"): 1, ("r1", "z"): 40}
    cells |= {("r2", "x"): 12, ("r2", "y"): 9, ("r2", "z"): 7}
    result = protect(cells)
    assert {("r1", "x"), ("r1", "y"), ("r1", "z")} <= result.suppressed
    assert_nothing_disclosed(cells)


def test_one_dimensional_table_with_one_small_cell() -> None:
    cells: dict[Key, int] = {("a",): 2, ("b",): 50, ("c",): 7}
    result = protect(cells)
    assert result.suppressed == {("a",), ("c",)}  # the total would give the 2 away otherwise
    assert_nothing_disclosed(cells)


def test_small_total_suppresses_everything() -> None:
    cells: dict[Key, int] = {("a", "x"): 1, ("b", "x"): 2}
    result = protect(cells)
    assert result.suppressed == {("a", "x"), ("b", "x")}
    assert not result.total_published


def test_table_that_cannot_hide_its_small_cell_publishes_nothing() -> None:
    # one small cell and a single other cell: the total would reveal it whatever else is done
    cells: dict[Key, int] = {("a",): 3, ("b",): 5}
    result = protect(cells)
    assert_nothing_disclosed(cells)
    assert ("b",) in result.suppressed


def test_empty_cells_and_large_tables_stay_published() -> None:
    cells: dict[Key, int] = {(r, c): 10 + r * c for r in range(5) for c in range(4)}
    result = protect(cells)
    assert result.suppressed == frozenset()
    assert result.total_published


@pytest.mark.parametrize("seed", range(40))
def test_random_sparse_tables_disclose_nothing(seed: int) -> None:
    rng = random.Random(seed)
    width = rng.choice([1, 2, 2, 3])
    sizes = [rng.randint(2, 5) for _ in range(width)]
    cells: dict[Key, int] = {}
    for key in itertools.product(*(range(s) for s in sizes)):
        roll = rng.random()
        if roll < 0.3:
            continue
        cells[key] = rng.randint(1, 4) if roll < 0.6 else rng.randint(5, 40)
    if not cells:
        return
    assert_nothing_disclosed(cells)
