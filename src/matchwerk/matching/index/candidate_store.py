"""The candidate side of the generic store: slots, occupation and language rows, rows by occupation key."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from uuid import UUID

import numpy as np
from numpy.typing import ArrayLike, NDArray

from matchwerk.matching.index.candidate_rows import (
    CandidateRows,
    CandidateSlots,
    KeyRows,
    LanguageRows,
    OccupationRows,
    SpokenRows,
    TitleRows,
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
        # Every occupation row again, with its owner's place: resolved rows grouped by their code key (one
        # contiguous table per key), rows with unresolved titles in one table.
        self.groups: dict[int, KeyRows] = {}
        self.titled = TitleRows()
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
        self._file_rows(first_row)

    def append_columns(
        self,
        slots: Mapping[str, ArrayLike],
        occupations: Mapping[str, ArrayLike],
        languages: Mapping[str, ArrayLike],
        spoken: Mapping[str, ArrayLike] | None = None,
    ) -> None:
        """Append new candidates given as columns (bulk loads: the database at start, ten million
        synthetic ones).

        The caller fills every column as ``CandidateRows`` would, with slot numbers, row starts and keys
        relative to this store's current size; ids must be new. ``spoken`` (best rank per candidate and
        non-German language) may be left out when no one speaks another language.
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
        if spoken is not None:
            self.spoken.extend(spoken)
        self._file_rows(first_row)
        self._changed()

    def _file_rows(self, first_row: int) -> None:
        """File the occupation rows from ``first_row`` on under their code key (or with the titles)."""
        rows = self.occupations
        at = np.arange(first_row, len(rows))
        match_key = rows.match_key[first_row:]
        resolved = np.take(self.keys.levels.kldb2, match_key) >= 0
        titled = at[~resolved]
        if len(titled):
            columns = self._placed(titled)
            columns["key"] = rows.match_key[titled]
            _extend(self.titled, columns)
        at = at[resolved]
        at = at[np.argsort(rows.match_key[at], kind="stable")]
        keys = rows.match_key[at]
        bounds = np.flatnonzero(keys[1:] != keys[:-1]) + 1
        starts, ends = np.concatenate(([0], bounds)).tolist(), np.concatenate((bounds, [len(at)])).tolist()
        columns = self._placed(at)
        for start, end in zip(starts, ends, strict=True):
            if start == end:
                continue
            key = int(keys[start])
            table = self.groups.get(key)
            if table is None:
                table = self.groups[key] = KeyRows(end - start)
            _extend(table, {name: values[start:end] for name, values in columns.items()})

    def _placed(self, rows: IntArray) -> dict[str, NDArray[Any]]:
        """Owner and the owner's place columns for occupation rows."""
        owner = self.occupations.owner[rows]
        columns: dict[str, NDArray[Any]] = {"owner": owner}
        for name in ("unit_x", "unit_y", "unit_z", "commute_threshold", "relocate"):
            columns[name] = np.take(getattr(self.slots, name), owner)
        return columns

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
        self.groups, self.titled = {}, TitleRows()
        self._file_rows(0)

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
        tables = (self.slots, self.occupations, self.languages, self.spoken, self.titled)
        return (*tables, *self.groups.values())

    def _cache_bytes(self) -> int:
        return sum(levels.nbytes for levels in self._level_cache.values())


# From this many rows on an append is a bulk load: the table grows to exactly its new size instead of
# doubling, so ten chunks of a million leave no slack; small upserts keep the amortised doubling.
_BULK_ROWS = 1024


def _extend(table: Table, columns: Mapping[str, NDArray[Any]]) -> None:
    count = len(columns["owner"])
    if count >= _BULK_ROWS:
        table.reserve(len(table) + count)
    table.extend(columns)
