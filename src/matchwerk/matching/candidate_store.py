"""The columns behind ``CandidateIndex``: candidates as slots, occupations and languages as flat rows."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from uuid import UUID

import numpy as np
from numpy.typing import NDArray

from matchwerk.matching.candidate_columns import (
    EXTRA_COLUMNS,
    LANGUAGE_COLUMNS,
    OCCUPATION_COLUMNS,
    SLOT_COLUMNS,
    SPOKEN_COLUMNS,
    CandidateRows,
    rebuild_profile,
)
from matchwerk.matching.columns import Columns, Interner, uuid_from_halves
from matchwerk.matching.occupation_keys import OccupationKeys
from matchwerk.matching.profiles import (
    CandidateProfile,
    OccupationCatalogue,
)


class CandidateStore:
    """Append-only columns with tombstones; ``compact`` rewrites them without the dead slots."""

    def __init__(self, catalogue: OccupationCatalogue, *, compact_min_dead: int) -> None:
        self.keys = OccupationKeys(catalogue)
        self.slots = Columns(SLOT_COLUMNS)
        self.occupations = Columns(OCCUPATION_COLUMNS)
        self.languages = Columns(LANGUAGE_COLUMNS)
        self.spoken = Columns(SPOKEN_COLUMNS)
        self.strings = Interner()
        self._slot_of: dict[int, int] = {}
        self._dead = 0
        self._compact_min_dead = compact_min_dead
        self._level_cache: dict[str, NDArray[np.int8]] = {}
        self.extras: dict[int, Columns] = {}

    def __len__(self) -> int:
        return len(self._slot_of)

    def __contains__(self, candidate_id: UUID) -> bool:
        return candidate_id.int in self._slot_of

    def slot_id(self, slot: int) -> UUID:
        """The candidate id of a slot."""
        return uuid_from_halves(self.slots["id_high"][slot], self.slots["id_low"][slot])

    def upsert(self, profiles: Sequence[CandidateProfile]) -> None:
        """Tombstone the old slots of these ids and append new ones."""
        latest = {profile.id.int: profile for profile in profiles}
        for number in latest:
            self._kill(self._slot_of.pop(number, None))
        rows = CandidateRows(self.keys, self.strings)
        first_row, language_row, first_slot = len(self.occupations), len(self.languages), len(self.slots)
        row = first_row
        for offset, profile in enumerate(latest.values()):
            self._slot_of[profile.id.int] = first_slot + offset
            rows.add(profile, first_slot + offset, row, language_row)
            row += len(profile.occupations)
            language_row += len(profile.languages)
        self.slots.extend(rows.slot_columns())
        self.occupations.extend(rows.occupations)
        self.languages.extend(rows.languages)
        self.spoken.extend(rows.spoken)
        self._append_extras(first_row)
        self._level_cache.clear()
        self._maybe_compact()

    def _append_extras(self, first_row: int) -> None:
        """Index the occupations after each candidate's first, from row ``first_row`` on, by position."""
        rows = self.occupations
        position = rows["position"][first_row:]
        for index in np.unique(position[position > 0]).tolist():
            at = np.flatnonzero(position == index) + first_row
            table = self.extras.setdefault(index, Columns(EXTRA_COLUMNS))
            table.extend(
                {
                    "owner": rows["owner"][at],
                    "row": at,
                    "match_key": rows["match_key"][at],
                    "title_key": rows["title_key"][at],
                }
            )

    def remove(self, ids: Sequence[UUID]) -> None:
        """Tombstone candidates."""
        for candidate_id in ids:
            self._kill(self._slot_of.pop(candidate_id.int, None))
        self._level_cache.clear()
        self._maybe_compact()

    def _kill(self, slot: int | None) -> None:
        if slot is not None:
            self.slots["alive"][slot] = False
            self.slots["eligible"][slot] = False
            self._dead += 1

    def _maybe_compact(self) -> None:
        if self._dead >= self._compact_min_dead and self._dead * 4 >= len(self.slots):
            self.compact()

    def compact(self) -> None:
        """Rewrite the columns without tombstoned slots."""
        if self._dead == 0:
            return
        alive = self.slots["alive"]
        new_slot = np.cumsum(alive) - 1
        for table in (self.occupations, self.spoken):
            table.keep(np.flatnonzero(alive[table["owner"]]))
            table["owner"][:] = new_slot[table["owner"]]
        self.languages.keep(np.flatnonzero(np.repeat(alive, self.slots["language_count"])))
        self.slots.keep(np.flatnonzero(alive))
        for start, count in (("row_start", "occupation_count"), ("language_start", "language_count")):
            counts = self.slots[count]
            self.slots[start][:] = np.cumsum(counts) - counts
        self.extras = {}
        self._append_extras(0)
        self._slot_of = {number: int(new_slot[slot]) for number, slot in self._slot_of.items()}
        self._dead = 0
        self._level_cache.clear()

    def language_levels(self, code: str) -> NDArray[np.int8]:
        """Every slot's CEFR rank in a language (0 when not spoken)."""
        if code == "de":
            german: NDArray[np.int8] = self.slots["german"]
            return german
        cached = self._level_cache.get(code)
        if cached is None:
            cached = np.zeros(len(self.slots), np.int8)
            code_id = self.strings.get(code)
            if code_id is not None:
                rows = self.spoken["code"] == code_id
                cached[self.spoken["owner"][rows]] = self.spoken["rank"][rows]
            self._level_cache[code] = cached
        return cached

    def get(self, candidate_id: UUID) -> CandidateProfile | None:
        """Rebuild a profile from the columns."""
        slot = self._slot_of.get(candidate_id.int)
        if slot is None:
            return None
        return rebuild_profile(candidate_id, slot, self.slots, self.occupations, self.languages, self.strings)

    def memory_bytes(self) -> int:
        """Column buffers, string tables and the id map."""
        tables = (self.slots, self.occupations, self.languages, self.spoken, *self.extras.values())
        id_map = sys.getsizeof(self._slot_of) + 72 * len(self._slot_of)
        caches = sum(levels.nbytes for levels in self._level_cache.values())
        return (
            sum(table.nbytes() for table in tables)
            + self.strings.nbytes()
            + self.keys.nbytes()
            + id_map
            + caches
        )
