"""Assignment across vacancies: the sparse top-K graph from the index, solved exactly, greedy beside it.

Each vacancy brings its top ``TOP_K_PER_POSITION`` × open positions candidates from the candidate index,
so every hard filter, the occupation gate and ``min_score`` hold for every edge; the solver then picks
the assignment with the highest total score over that graph.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from uuid import UUID

import numpy as np

from matchwerk.matching.assign.solve import Assignment, Graph, greedy, optimal
from matchwerk.matching.index.candidates import CandidateIndex
from matchwerk.matching.index.vacancies import VacancyIndex

# K per open position: enough alternatives that a strong candidate shared by several vacancies can go to
# one while the others still fill, yet a graph of a few edges per position even at a million candidates.
TOP_K_PER_POSITION = 5
MIN_TOP_K = 10


@dataclass(frozen=True)
class Solved:
    """The graph, its optimum and greedy assignment, and the ids behind the graph's indices."""

    graph: Graph
    best: Assignment
    first_come: Assignment
    vacancy_ids: list[UUID]
    candidate_ids: list[UUID]

    def pairs(self) -> list[tuple[UUID, UUID, float]]:
        """(candidate id, vacancy id, score) of the optimum, by vacancy and then best score first."""
        chosen = [
            (
                self.candidate_ids[int(self.graph.candidate[edge])],
                self.vacancy_ids[int(self.graph.vacancy[edge])],
                float(self.graph.score[edge]),
            )
            for edge in self.best.edges.tolist()
        ]
        return sorted(chosen, key=lambda pair: (str(pair[1]), -pair[2], str(pair[0])))


def build_graph(
    candidates: CandidateIndex,
    vacancies: VacancyIndex,
    open_positions: Sequence[tuple[UUID, int]],
    *,
    today: date,
    min_score: float,
) -> tuple[Graph, list[UUID], list[UUID]]:
    """Each indexed vacancy's top K candidates as edges; vacancies without open positions take no part."""
    vacancy_ids: list[UUID] = []
    capacity: list[int] = []
    edges: list[tuple[int, int, float]] = []
    candidate_number: dict[UUID, int] = {}
    for vacancy_id, positions in sorted(open_positions, key=lambda item: str(item[0])):
        vacancy = vacancies.get(vacancy_id)
        if vacancy is None or positions <= 0:
            continue
        index = len(vacancy_ids)
        vacancy_ids.append(vacancy_id)
        capacity.append(positions)
        top = candidates.top_k(
            vacancy, max(MIN_TOP_K, TOP_K_PER_POSITION * positions), today=today, min_score=min_score
        )
        for hit in top:
            number = candidate_number.setdefault(hit.candidate_id, len(candidate_number))
            edges.append((index, number, hit.score))
    graph = Graph.of(edges, capacity, len(candidate_number))
    return graph, vacancy_ids, list(candidate_number)


def solve(
    candidates: CandidateIndex,
    vacancies: VacancyIndex,
    open_positions: Sequence[tuple[UUID, int]],
    *,
    today: date,
    min_score: float,
) -> Solved:
    """The optimum and the greedy assignment of the filtered vacancies."""
    graph, vacancy_ids, candidate_ids = build_graph(
        candidates, vacancies, open_positions, today=today, min_score=min_score
    )
    return Solved(graph, optimal(graph), greedy(graph), vacancy_ids, candidate_ids)


def open_capacity(positions: Sequence[tuple[UUID, int]], hired: dict[UUID, int]) -> list[tuple[UUID, int]]:
    """Open positions per vacancy: positions − hired, never below 0."""
    return [(vacancy_id, max(0, count - hired.get(vacancy_id, 0))) for vacancy_id, count in positions]


def total_positions(solved: Solved) -> int:
    """The open positions of the vacancies that took part."""
    return int(np.sum(solved.graph.capacity))
