"""Maximum-score assignment on a sparse bipartite graph, exactly, as a min-cost flow (OR-Tools).

Nodes: a source, one per vacancy, one per candidate, a sink. source → vacancy carries up to the vacancy's
open positions, vacancy → candidate one unit at cost −round(score × SCALE), candidate → sink one unit (each
candidate at most once), and source → sink at cost 0 lets flow bypass, so the solver is never forced to
use a pair: the minimum cost is the maximum total (scaled, integer) score over every feasible assignment.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from ortools.graph.python import min_cost_flow  # type: ignore[import-untyped]

# Scores are cut to integers at 1e-6: the optimum is exact for the scaled scores, and a tie on the scaled
# total is below anything an advisor could tell apart.
SCALE = 1_000_000


@dataclass(frozen=True)
class Graph:
    """Edges (vacancy index, candidate index, score) and each vacancy's capacity (open positions)."""

    vacancy: NDArray[np.intp]
    candidate: NDArray[np.intp]
    score: NDArray[np.float64]
    capacity: NDArray[np.intp]
    candidate_count: int

    @classmethod
    def of(cls, edges: list[tuple[int, int, float]], capacity: list[int], candidate_count: int) -> Graph:
        """A graph from plain lists."""
        return cls(
            np.asarray([edge[0] for edge in edges], np.intp),
            np.asarray([edge[1] for edge in edges], np.intp),
            np.asarray([edge[2] for edge in edges], np.float64),
            np.asarray(capacity, np.intp),
            candidate_count,
        )


@dataclass(frozen=True)
class Assignment:
    """The chosen edges (indices into the graph's edges), their total score and how many were placed."""

    edges: NDArray[np.intp]
    total_score: float
    placed: int


class SolverFailed(RuntimeError):
    """The min-cost flow solver did not report an optimum (it always should on these graphs)."""


def optimal(graph: Graph) -> Assignment:
    """The assignment with the highest total score: capacities per vacancy, each candidate at most once."""
    edge_count, vacancy_count = len(graph.score), len(graph.capacity)
    if edge_count == 0:
        return Assignment(np.zeros(0, np.intp), 0.0, 0)
    source, first_vacancy = 0, 1
    first_candidate = first_vacancy + vacancy_count
    sink = first_candidate + graph.candidate_count
    flow = int(min(int(graph.capacity.sum()), graph.candidate_count))
    solver = min_cost_flow.SimpleMinCostFlow()
    vacancies = np.arange(vacancy_count) + first_vacancy
    candidates = np.arange(graph.candidate_count) + first_candidate
    tails = np.concatenate(
        [graph.vacancy + first_vacancy, np.full(vacancy_count, source), candidates, [source]]
    )
    heads = np.concatenate(
        [graph.candidate + first_candidate, vacancies, np.full(graph.candidate_count, sink), [sink]]
    )
    capacities = np.concatenate(
        [np.ones(edge_count, np.int64), graph.capacity, np.ones(graph.candidate_count, np.int64), [flow]]
    )
    costs = np.concatenate(
        [-np.rint(graph.score * SCALE), np.zeros(vacancy_count + graph.candidate_count + 1)]
    )
    solver.add_arcs_with_capacity_and_unit_cost(
        tails.astype(np.int32), heads.astype(np.int32), capacities.astype(np.int64), costs.astype(np.int64)
    )
    solver.set_node_supply(source, flow)
    solver.set_node_supply(sink, -flow)
    status = solver.solve()
    if status != solver.OPTIMAL:
        raise SolverFailed(f"min-cost flow ended with status {status}")
    used = np.flatnonzero(solver.flows(np.arange(edge_count)) > 0)
    return Assignment(used, float(graph.score[used].sum()), len(used))


def greedy(graph: Graph) -> Assignment:
    """Best pair first (ties: vacancy, then candidate index) while vacancy and candidate are free."""
    order = np.lexsort((graph.candidate, graph.vacancy, -graph.score))
    left = graph.capacity.copy()
    taken = np.zeros(graph.candidate_count, np.bool_)
    chosen = []
    for edge in order.tolist():
        vacancy, candidate = int(graph.vacancy[edge]), int(graph.candidate[edge])
        if left[vacancy] > 0 and not taken[candidate]:
            left[vacancy] -= 1
            taken[candidate] = True
            chosen.append(edge)
    edges = np.asarray(chosen, np.intp)
    return Assignment(edges, float(graph.score[edges].sum()), len(edges))
