"""Assignment benchmark (MATCHING.md §5): the sparse top-K graph of every open vacancy, solved exactly,
beside greedy; and a scarce case with about as many candidates as positions."""

import resource
import time
from datetime import date
from typing import Any
from uuid import UUID

import numpy as np

from matchwerk.matching.assign import service as assignment
from matchwerk.matching.index.candidates import CandidateIndex
from matchwerk.matching.rules.vocabulary import Weights
from matchwerk.matching.sync.state import MatchingState

HEADER = (
    "| candidates | case | vacancies / positions | graph edges | time | peak RSS | total score optimum / "
    "greedy | placed optimum / greedy |\n|---|---|---|---|---|---|---|---|"
)


def _row(candidates: int, case: str, solved: assignment.Solved, seconds: float) -> str:
    best, first = solved.best, solved.first_come
    gain = (best.total_score / first.total_score - 1) * 100 if first.total_score else 0.0
    return (
        f"| {candidates:,} | {case} | {len(solved.vacancy_ids):,} / {assignment.total_positions(solved):,} | "
        f"{len(solved.graph.score):,} | {seconds:.1f} s | "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MiB | "
        f"{best.total_score:,.1f} / {first.total_score:,.1f} (+{gain:.1f} %) | "
        f"{best.placed:,} / {first.placed:,} |"
    )


def run(
    state: MatchingState,
    positions: list[tuple[UUID, int]],
    day: date,
    catalogue: Any,
    weights: Weights,
    rng: np.random.Generator,
) -> list[str]:
    """Rows for the full case and the scarce one (candidates ≈ positions, sampled from the index)."""
    size = len(state.candidates)
    started = time.perf_counter()
    solved = assignment.solve(state.candidates, state.vacancies, positions, today=day, min_score=0.0)
    rows = [_row(size, "all open vacancies", solved, time.perf_counter() - started)]
    total = sum(count for _, count in positions)
    alive = np.flatnonzero(state.candidates.slots.eligible)
    sample = rng.choice(alive, min(len(alive), total), replace=False)
    scarce = CandidateIndex(catalogue, weights, min_occupation=state.candidates.min_occupation)
    profiles = [state.candidates.get(state.candidates.slot_id(int(slot))) for slot in sample]
    scarce.upsert([profile for profile in profiles if profile is not None])
    started = time.perf_counter()
    solved = assignment.solve(scarce, state.vacancies, positions, today=day, min_score=0.0)
    rows.append(_row(len(scarce), "scarce: candidates ≈ positions", solved, time.perf_counter() - started))
    return rows
