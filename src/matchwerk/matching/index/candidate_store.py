"""The candidate side of the generic store: slots, occupation and language rows, per-position extras."""

from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID

import numpy as np
from numpy.typing import NDArray

from matchwerk.matching.index.candidate_rows import (
    CandidateRows,
    CandidateSlots,
    ExtraRows,
    LanguageRows,
    OccupationRows,
    SpokenRows,
    rebuild_profile,
)
from matchwerk.matching.index.columns import BoolArray, IntArray, Table
from matchwerk.matching.index.store import SlotStore
from matchwerk.matching.rules.profiles import CandidateProfile, OccupationCatalogue
from matchwerk.matching.rules.vocabulary import Weights


class CandidateStore(SlotStore[CandidateProfile, CandidateSlots]):
    """Candidates as columns: one slot each, occupations and languages as flat child rows."""

    def __init__(
        self, catalogue: OccupationCatalogue, weights: Weights | None = None, *, compact_min_dead: int = 4096
    ) -> None:
        super().__init__(catalogue, weights, CandidateSlots(), compact_min_dead=compact_min_dead)
        self.occupations = OccupationRows()
        self.languages = LanguageRows()
        self.spoken = SpokenRows()
        # The occupations after each candidate's first, one table per list position (1, 2, ...).
        self.extras: dict[int, ExtraRows] = {}
        self._level_cache: dict[str, NDArray[np.int8]] = {}

    def _append(self, profiles: list[CandidateProfile], first_slot: int) -> None:
        rows = CandidateRows(self.keys, self.strings)
        first_row = row = len(self.occupations)
        language_row = len(self.languages)
        for offset, profile in enumerate(profiles):
            rows.add(profile, first_slot + offset, row, language_row)
            row += len(profile.occupations)
            language_row += len(profile.languages)
        self.slots.extend(rows.slot_columns())
        self.occupations.extend(rows.occupations)
        self.languages.extend(rows.languages)
        self.spoken.extend(rows.spoken)
        self._append_extras(first_row)

    def _append_extras(self, first_row: int) -> None:
        """Index the occupations after each candidate's first, from row ``first_row`` on, by position."""
        rows = self.occupations
        position = rows.position[first_row:]
        for index in np.unique(position[position > 0]).tolist():
            at = np.flatnonzero(position == index) + first_row
            table = self.extras.setdefault(index, ExtraRows())
            table.extend(
                {
                    "owner": rows.owner[at],
                    "row": at,
                    "match_key": rows.match_key[at],
                    "title_key": rows.title_key[at],
                }
            )

    def _tombstone(self, slot: int) -> None:
        self.slots.eligible[slot] = False

    def _compact_children(self, alive: BoolArray, new_slot: IntArray) -> None:
        self.occupations.drop_dead(alive, new_slot)
        self.spoken.drop_dead(alive, new_slot)
        self.languages.keep(np.flatnonzero(np.repeat(alive, self.slots.language_count)))

    def _after_compact(self) -> None:
        slots = self.slots
        slots.row_start[:] = np.cumsum(slots.occupation_count) - slots.occupation_count
        slots.language_start[:] = np.cumsum(slots.language_count) - slots.language_count
        self.extras = {}
        self._append_extras(0)

    def _changed(self) -> None:
        self._level_cache.clear()

    def language_levels(self, code: str) -> NDArray[np.int8]:
        """Every slot's CEFR rank in a language (0 when not spoken)."""
        if code == "de":
            german: NDArray[np.int8] = self.slots.german
            return german
        cached = self._level_cache.get(code)
        if cached is None:
            cached = np.zeros(len(self.slots), np.int8)
            code_id = self.strings.get(code)
            if code_id is not None:
                rows = self.spoken.code == code_id
                cached[self.spoken.owner[rows]] = self.spoken.rank[rows]
            self._level_cache[code] = cached
        return cached

    def _rebuild(self, item_id: UUID, slot: int) -> CandidateProfile:
        return rebuild_profile(item_id, slot, self.slots, self.occupations, self.languages, self.strings)

    def _tables(self) -> Iterable[Table]:
        return (self.slots, self.occupations, self.languages, self.spoken, *self.extras.values())

    def _cache_bytes(self) -> int:
        return sum(levels.nbytes for levels in self._level_cache.values())
