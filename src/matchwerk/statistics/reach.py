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
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.matching import service as matching_service
from matchwerk.matching.sync import repository as sync_repository
from matchwerk.matching.sync.state import MatchingState


@dataclass
class _Reach:
    state: MatchingState
    day: date
    min_score: float
    xmin: int
    by_vacancy: dict[UUID, set[UUID]] = field(default_factory=dict)


async def candidates_reaching(
    session: AsyncSession, holder: Any, vacancy_ids: Iterable[UUID], *, min_score: float
) -> dict[UUID, set[UUID]]:
    """For each vacancy: the candidates with a match of at least ``min_score`` (none if it is not open)."""
    if getattr(holder, "statistics_reach_lock", None) is None:
        holder.statistics_reach_lock = asyncio.Lock()
    async with holder.statistics_reach_lock:
        state = await matching_service.current_state(session, holder)
        day = matching_service.today()
        cache: _Reach | None = getattr(holder, "statistics_reach", None)
        if cache is None or cache.state is not state or cache.day != day or cache.min_score != min_score:
            cache = _Reach(state, day, min_score, state.xmin)
            holder.statistics_reach = cache
        else:  # changes_since repeats what was still running last time: re-applying it is harmless
            await _apply_changes(session, cache)
            cache.xmin = state.xmin
        wanted = list(vacancy_ids)
        for vacancy_id in wanted:
            if vacancy_id not in cache.by_vacancy:
                cache.by_vacancy[vacancy_id] = _rank_vacancy(cache, vacancy_id)
        return {vacancy_id: cache.by_vacancy[vacancy_id] for vacancy_id in wanted}


def _rank_vacancy(cache: _Reach, vacancy_id: UUID) -> set[UUID]:
    vacancy = cache.state.vacancies.get(vacancy_id)
    if vacancy is None or vacancy.status != "open":
        return set()
    everyone = len(cache.state.candidates)
    ranked = cache.state.candidates.top_k(vacancy, everyone, today=cache.day, min_score=cache.min_score)
    return {match.candidate_id for match in ranked}


async def _apply_changes(session: AsyncSession, cache: _Reach) -> None:
    """Forget changed vacancies; re-rank changed candidates against the open vacancies."""
    changes = await sync_repository.changes_since(session, cache.xmin)
    candidates = {row["entity_id"] for row in changes if row["entity"] == "candidate"}
    for row in changes:
        if row["entity"] == "vacancy":
            cache.by_vacancy.pop(row["entity_id"], None)
    if not candidates:
        return
    for reached in cache.by_vacancy.values():
        reached -= candidates
    everyone = len(cache.state.vacancies)
    for candidate_id in candidates:
        candidate = cache.state.candidates.get(candidate_id)
        if candidate is None:  # erased, inactive or without consent: the index dropped them
            continue
        for match in cache.state.vacancies.top_k(
            candidate, everyone, today=cache.day, min_score=cache.min_score
        ):
            if match.vacancy_id in cache.by_vacancy:
                cache.by_vacancy[match.vacancy_id].add(candidate_id)
