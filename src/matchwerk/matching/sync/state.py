"""Keeping a process's matching indexes current with the database, without a message bus.

Triggers write every candidate/vacancy change to ``entity_changes`` with the writing transaction's id.
After a load or catch-up in snapshot S, every change not yet seen comes from a transaction that was still
running at S or started later, so its id is at least S's ``xmin``: the next catch-up reads exactly the rows
with ``xact_id >= xmin(S)`` and re-reads those entities. Re-applying an entity is idempotent, so a change
seen twice costs only the re-read. A write committed before a request starts is therefore visible to that
request on any replica (read-your-writes).
"""

import asyncio
import gc
import logging
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.matching.index.candidates import CandidateIndex
from matchwerk.matching.index.vacancies import VacancyIndex
from matchwerk.matching.rules.profiles import OccupationCatalogue
from matchwerk.matching.rules.vocabulary import DEFAULT_MIN_OCCUPATION, Weights
from matchwerk.matching.sync import bulk, repository
from matchwerk.matching.sync import rows as build

logger = logging.getLogger(__name__)


@dataclass
class MatchingState:
    """The indexes of one process and how far they have caught up."""

    candidates: CandidateIndex
    vacancies: VacancyIndex
    xmin: int = -1
    build_seconds: float = 0.0
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


async def load_all(
    session: AsyncSession,
    catalogue: OccupationCatalogue,
    weights: Weights,
    min_occupation: float = DEFAULT_MIN_OCCUPATION,
) -> MatchingState:
    """Build both indexes from the database in one snapshot."""
    started = time.perf_counter()
    with _gc_paused():
        # xmin first: whatever commits after this has a transaction id >= xmin and is re-read by catch_up.
        xmin = await repository.snapshot_xmin(session)
        state = MatchingState(
            CandidateIndex(catalogue, weights, min_occupation=min_occupation),
            VacancyIndex(catalogue, weights, min_occupation=min_occupation),
            xmin=xmin,
        )
        # Straight into columns: no profile objects, no per-candidate grouping (``bulk``).
        candidates, occupations, languages = await repository.fetch_all_candidate_rows(session)
        # In a worker thread: the new index is nobody else's yet, and the event loop keeps answering
        # (a million candidates take seconds of CPU; /healthz and other requests must not wait for them).
        await asyncio.to_thread(bulk.load_candidates, state.candidates, candidates, occupations, languages)
        await asyncio.to_thread(state.candidates.reserve_headroom)
        del candidates, occupations, languages
        vacancies = await repository.fetch_vacancies(session)
        await asyncio.to_thread(
            lambda: state.vacancies.upsert([build.vacancy_from_row(r) for r in vacancies])
        )
    state.build_seconds = time.perf_counter() - started
    logger.info(
        "matching index built", extra={"candidates": len(state.candidates), "seconds": state.build_seconds}
    )
    return state


BULK_CATCH_UP = 256
"""From this many changed candidates on, a catch-up reloads them as columns (``_reload_in_bulk``)."""


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Millions of short-lived rows and long-lived profiles: the cyclic collector would rescan them all."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        gc.collect()
        gc.freeze()  # the index lives as long as the process; keep it out of future collections


async def catch_up(session: AsyncSession, state: MatchingState) -> int:
    """Apply every change the indexes have not seen; returns how many entities were re-read."""
    async with state.lock:
        xmin = await repository.snapshot_xmin(session)
        changes = await repository.changes_since(session, state.xmin)
        candidate_ids = _distinct(changes, "candidate")
        vacancy_ids = _distinct(changes, "vacancy")
        if len(candidate_ids) >= BULK_CATCH_UP:
            await _reload_in_bulk(session, candidate_ids, state.candidates)
        elif candidate_ids:
            rows, occupations, languages = await repository.fetch_candidates(session, candidate_ids)
            found = [
                build.candidate_from_rows(r, occupations.get(r["id"], ()), languages.get(r["id"], ()))
                for r in rows
            ]
            _apply(candidate_ids, found, state.candidates)
        if vacancy_ids:
            found_v = [
                build.vacancy_from_row(r) for r in await repository.fetch_vacancies(session, vacancy_ids)
            ]
            _apply(vacancy_ids, found_v, state.vacancies)
        state.xmin = xmin
        return len(candidate_ids) + len(vacancy_ids)


async def _reload_in_bulk(session: AsyncSession, ids: list[UUID], index: CandidateIndex) -> None:
    """Many changed candidates (an import): take them all out and append the active ones as columns, the
    way the full load does, instead of building and upserting a profile each (about 4× faster)."""
    candidates, occupations, languages = await repository.fetch_all_candidate_rows(session, ids)
    known = [candidate_id for candidate_id in ids if candidate_id in index]
    if known:
        index.remove(known)
    bulk.load_candidates(index, candidates, occupations, languages)


def _distinct(changes: list[object], entity: str) -> list[UUID]:
    return list(dict.fromkeys(row["entity_id"] for row in changes if row["entity"] == entity))  # type: ignore[index]


def _apply(ids: list[UUID], found: Sequence[build.Profile], index: CandidateIndex | VacancyIndex) -> None:
    """Upsert what is still eligible; remove what was deleted, closed or deactivated."""
    present = {profile.id for profile in found}
    if found:
        index.upsert(found)  # type: ignore[arg-type]
    gone = [i for i in ids if i not in present and i in index]
    if gone:
        index.remove(gone)
