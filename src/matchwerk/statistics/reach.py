"""Who reaches which open vacancy with a good match: the one place the statistics read the match index.

The matching core is free to change; this module is the seam to adapt. It asks the index, per open
vacancy, for every candidate whose match scores at least ``min_score`` (all hard filters applied: active,
consent to matching, work authorisation, within reach), and keeps the answer per process. On the next call
only what changed is recomputed: vacancies that changed are ranked again, and a candidate who changed is
taken out everywhere and ranked against the open vacancies (one cheap pass over 2,000 vacancies). A new day
(availability is counted in days) or a rebuilt index starts afresh.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from uuid import UUID

import numpy as np
from numpy.typing import NDArray
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.matching import service as matching_service
from matchwerk.matching.index.candidates import CandidateIndex
from matchwerk.matching.sync import repository as sync_repository
from matchwerk.matching.sync.state import MatchingState

Slots = NDArray[np.intp]
RANK_SLICE_SECONDS = 0.02
"""How long ranking may hold the event loop before other requests get a turn."""
MIN_SCORE = 0.7
"""A candidate counts for an occupation area with at least one match of this score to an open vacancy."""


@dataclass(frozen=True)
class Reached:
    """Per vacancy, the candidate slots reaching it, valid for ``index`` until the next ``await``."""

    index: CandidateIndex
    by_vacancy: dict[UUID, Slots]


@dataclass
class _Reach:
    state: MatchingState
    day: date
    min_score: float
    xmin: int
    compactions: int
    by_vacancy: dict[UUID, Slots] = field(default_factory=dict)

    def valid_for(self, state: MatchingState, day: date, min_score: float) -> bool:
        return (
            self.state is state
            and self.day == day
            and self.min_score == min_score
            and self.compactions == state.candidates.compactions
        )


async def candidates_reaching(
    session: AsyncSession, holder: Any, vacancy_ids: Iterable[UUID], *, min_score: float
) -> Reached:
    """For each vacancy: the slots of the candidates with a match of at least ``min_score`` (none if it is
    not open). Read the slots before the next ``await``: a later catch-up may move candidates."""
    if getattr(holder, "statistics_reach_lock", None) is None:
        holder.statistics_reach_lock = asyncio.Lock()
    async with holder.statistics_reach_lock:
        state = await matching_service.current_state(session, holder)
        day = matching_service.today()
        cache: _Reach | None = getattr(holder, "statistics_reach", None)
        changed = True
        if cache is not None and cache.valid_for(state, day, min_score):
            # changes_since repeats what was still running last time: re-applying it is harmless
            changed = await _apply_changes(session, cache)
        # The changes may have compacted the index (new slot numbers): then everything is ranked afresh.
        if cache is None or not cache.valid_for(state, day, min_score):
            cache = _Reach(state, day, min_score, state.xmin, state.candidates.compactions)
            holder.statistics_reach = cache
        if changed:
            holder.statistics_version = getattr(holder, "statistics_version", 0) + 1
        cache.xmin = state.xmin
        wanted = list(vacancy_ids)
        while not await _rank_missing(cache, wanted, holder):  # the index was compacted or rebuilt meanwhile
            state = await matching_service.current_state(session, holder)
            cache = _Reach(state, day, min_score, state.xmin, state.candidates.compactions)
            holder.statistics_reach = cache
            holder.statistics_version += 1
        return Reached(state.candidates, {vacancy_id: cache.by_vacancy[vacancy_id] for vacancy_id in wanted})


async def _rank_missing(cache: _Reach, wanted: list[UUID], holder: Any) -> bool:
    """Rank the wanted vacancies not in the cache, letting other requests run every few milliseconds (2,000
    vacancies at a million candidates take seconds). False when a catch-up meanwhile compacted the index or
    rebuilt it, which renumbers the slots computed so far."""
    pause_at = time.perf_counter() + RANK_SLICE_SECONDS
    for vacancy_id in wanted:
        if vacancy_id in cache.by_vacancy:
            continue
        cache.by_vacancy[vacancy_id] = _rank_vacancy(cache, vacancy_id)
        if time.perf_counter() >= pause_at:
            await asyncio.sleep(0)
            pause_at = time.perf_counter() + RANK_SLICE_SECONDS
            rebuilt = getattr(holder, "matching_state", None) is not cache.state
            if rebuilt or not cache.valid_for(cache.state, cache.day, cache.min_score):
                return False
    return True


def _rank_vacancy(cache: _Reach, vacancy_id: UUID) -> Slots:
    vacancy = cache.state.vacancies.get(vacancy_id)
    if vacancy is None or vacancy.status != "open":
        return np.zeros(0, np.intp)
    return cache.state.candidates.reaching(vacancy, today=cache.day, min_score=cache.min_score)


async def data_version(session: AsyncSession, holder: Any, *, min_score: float) -> int:
    """A number that changes whenever a candidate or vacancy changed (any field, any status), the day
    turned or the index was rebuilt: an answer computed at one version holds for as long as it stays."""
    await candidates_reaching(session, holder, (), min_score=min_score)
    version: int = holder.statistics_version
    return version


async def _apply_changes(session: AsyncSession, cache: _Reach) -> bool:
    """Forget changed vacancies; add the new slots of changed candidates where they reach now.
    Whether anything changed."""
    changes = await sync_repository.changes_since(session, cache.xmin)
    if not changes:
        return False
    candidates = {row["entity_id"] for row in changes if row["entity"] == "candidate"}
    for row in changes:
        if row["entity"] == "vacancy":
            cache.by_vacancy.pop(row["entity_id"], None)
    index = cache.state.candidates
    if not candidates or index.compactions != cache.compactions:
        return True
    everyone = len(cache.state.vacancies)
    added: dict[UUID, list[int]] = {}
    for candidate_id in candidates:
        slot = index.slot_of(candidate_id)
        candidate = index.get(candidate_id)
        if slot is None or candidate is None:  # erased, inactive or without consent: the index dropped them
            continue
        for match in cache.state.vacancies.top_k(
            candidate, everyone, today=cache.day, min_score=cache.min_score
        ):
            if match.vacancy_id in cache.by_vacancy:
                added.setdefault(match.vacancy_id, []).append(slot)
    for vacancy_id, slots in added.items():
        merged = np.concatenate((cache.by_vacancy[vacancy_id], np.array(slots, np.intp)))
        cache.by_vacancy[vacancy_id] = np.unique(merged)
    return True
