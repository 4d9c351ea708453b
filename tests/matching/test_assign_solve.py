"""The assignment solver against brute force: exact optimum, capacities, each candidate once, greedy."""

from itertools import product

import numpy as np
import pytest

from matchwerk.matching.assign.solve import Graph, greedy, optimal


def brute_force(graph: Graph) -> float:
    """The best total over every choice of at most one vacancy per candidate."""
    options: list[list[int | None]] = [[None] for _ in range(graph.candidate_count)]
    for edge, candidate in enumerate(graph.candidate.tolist()):
        options[candidate].append(edge)
    best = 0.0
    for choice in product(*options):
        edges = [edge for edge in choice if edge is not None]
        load = np.bincount(graph.vacancy[edges], minlength=len(graph.capacity)) if edges else 0
        if np.all(load <= graph.capacity):
            best = max(best, float(graph.score[edges].sum()) if edges else 0.0)
    return best


def assert_feasible(graph: Graph, edges: np.ndarray) -> None:
    assert len(set(graph.candidate[edges].tolist())) == len(edges)  # each candidate at most once
    load = np.bincount(graph.vacancy[edges], minlength=len(graph.capacity))
    assert np.all(load <= graph.capacity)  # capacities = open positions


def test_optimum_beats_greedy_where_the_best_pair_blocks_two_good_ones() -> None:
    # Vacancies A (1 position) and B (1 position); x fits both, y only A.
    graph = Graph.of([(0, 0, 0.9), (0, 1, 0.8), (1, 0, 0.85)], capacity=[1, 1], candidate_count=2)
    best = optimal(graph)
    assert sorted(
        zip(graph.vacancy[best.edges].tolist(), graph.candidate[best.edges].tolist(), strict=True)
    ) == [
        (0, 1),
        (1, 0),
    ]
    assert best.total_score == pytest.approx(1.65)
    assert best.placed == 2
    first_come = greedy(graph)
    assert first_come.total_score == pytest.approx(0.9)
    assert first_come.placed == 1


def test_capacity_above_one_and_scarce_candidates() -> None:
    # Three positions at A, one at B, only two candidates: both placed, each once.
    graph = Graph.of(
        [(0, 0, 0.7), (0, 1, 0.6), (1, 0, 0.65), (1, 1, 0.2)], capacity=[3, 1], candidate_count=2
    )
    best = optimal(graph)
    assert_feasible(graph, best.edges)
    assert best.total_score == pytest.approx(1.3)  # both at A, which has room for three
    assert best.total_score == pytest.approx(brute_force(graph))


@pytest.mark.parametrize("seed", range(40))
def test_random_small_instances_equal_brute_force(seed: int) -> None:
    rng = np.random.default_rng(seed)
    vacancies, candidates = int(rng.integers(1, 4)), int(rng.integers(1, 6))
    pairs = [(v, c) for v in range(vacancies) for c in range(candidates) if rng.random() < 0.6]
    edges = [(v, c, float(np.round(rng.random(), 4))) for v, c in pairs]
    graph = Graph.of(edges, capacity=rng.integers(1, 3, vacancies).tolist(), candidate_count=candidates)
    best, first_come = optimal(graph), greedy(graph)
    assert_feasible(graph, best.edges)
    assert_feasible(graph, first_come.edges)
    assert best.total_score == pytest.approx(brute_force(graph), abs=1e-5)
    assert best.total_score >= first_come.total_score - 1e-5


def test_an_empty_graph_assigns_nobody() -> None:
    graph = Graph.of([], capacity=[2], candidate_count=0)
    assert (optimal(graph).placed, greedy(graph).placed) == (0, 0)
