"""The candidate side of the generic store: slots, occupation and language rows, rows by occupation area."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from uuid import UUID

import numpy as np
from numpy.typing import ArrayLike, NDArray

from matchwerk.matching.index.candidate_rows import (
    AreaRows,
    CandidateRows,
    CandidateSlots,
    LanguageRows,
    OccupationRows,
    SpokenRows,
    rebuild_profile,
)
from matchwerk.matching.index.columns import BoolArray, IntArray, Table
from matchwerk.matching.index.store import SlotStore
from matchwerk.matching.rules.profiles import CandidateProfile, OccupationCatalogue
from matchwerk.matching.rules.vocabulary import DEFAULT_MIN_OCCUPATION, Weights


class CandidateStore(SlotStore[CandidateProfile, CandidateSlots]):
    """Candidates as columns: one slot each, occupations and languages as flat child rows."""

    def __init__(
        self,
        catalogue: OccupationCatalogue,
        weights: Weights | None = None,
        *,
        compact_min_dead: int = 4096,
        min_occupation: float = DEFAULT_MIN_OCCUPATION,
    ) -> None:
        super().__init__(
            catalogue,
            weights,
            CandidateSlots(),
            compact_min_dead=compact_min_dead,
            min_occupation=min_occupation,
        )
        self.occupations = OccupationRows()
        self.languages = LanguageRows()
        self.spoken = SpokenRows()
        # Every occupation row, grouped by occupation area (KldB 2-digit; -1: unresolved titles).
        self.areas: dict[int, AreaRows] = {}
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
        self._append_areas(first_row)

    def append_columns(
        self,
        slots: Mapping[str, ArrayLike],
        occupations: Mapping[str, ArrayLike],
        languages: Mapping[str, ArrayLike],
    ) -> None:
        """Append new candidates given as columns (bulk loads, e.g. ten million synthetic ones).

        The caller fills every column as ``CandidateRows`` would, with slot numbers, row starts and keys
        relative to this store's current size; ids must be new.
        """
        first_slot, first_row = len(self.slots), len(self.occupations)
        self.slots.extend(slots)
        high, low = self.slots.id_high[first_slot:].tolist(), self.slots.id_low[first_slot:].tolist()
        self._slot_of.update(
            {
                (top << 64) | bottom: slot
                for slot, (top, bottom) in enumerate(zip(high, low, strict=True), first_slot)
            }
        )
        self.occupations.extend(occupations)
        self.languages.extend(languages)
        self._append_areas(first_row)
        self._changed()

    def _append_areas(self, first_row: int) -> None:
        """File the occupation rows from ``first_row`` on under their occupation area."""
        rows, slots = self.occupations, self.slots
        match_key = rows.match_key[first_row:]
        area = np.take(self.keys.levels.kldb2, match_key)
        for number in np.unique(area).tolist():
            at = np.flatnonzero(area == number) + first_row
            owner = rows.owner[at]
            table = self.areas.setdefault(number, AreaRows())
            columns = {"owner": owner, "match_key": rows.match_key[at], "title_key": rows.title_key[at]}
            for name in ("unit_x", "unit_y", "unit_z", "commute_threshold", "relocate"):
                columns[name] = np.take(getattr(slots, name), owner)
            table.extend(columns)

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
        self.areas = {}
        self._append_areas(0)

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
        return (self.slots, self.occupations, self.languages, self.spoken, *self.areas.values())

    def _cache_bytes(self) -> int:
        return sum(levels.nbytes for levels in self._level_cache.values())
