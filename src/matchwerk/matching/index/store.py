"""The one generic column store both index directions share: slot map, tombstones, compaction, memory.

A profile lives in one slot of a ``SlotTable`` (plus child rows in tables the subclass owns). An upsert
tombstones the old slot and appends a new one, so appends stay amortised O(1) and a query never sees a
half-written profile; once a quarter of the slots are dead, ``compact`` rewrites every table.
"""

from __future__ import annotations

import sys
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from typing import Generic, Protocol, TypeVar
from uuid import UUID

import numpy as np

from matchwerk.matching.index.columns import BoolArray, Column, IntArray, Interner, Table, uuid_from_halves
from matchwerk.matching.index.keys import OccupationKeys
from matchwerk.matching.rules.profiles import OccupationCatalogue
from matchwerk.matching.rules.vocabulary import DEFAULT_MIN_OCCUPATION, DEFAULT_WEIGHTS, Weights


class Identified(Protocol):
    """A profile with an id."""

    @property
    def id(self) -> UUID: ...


P = TypeVar("P", bound=Identified)
S = TypeVar("S", bound="SlotTable")


class SlotTable(Table):
    """The columns every slot has: its id's two halves and whether it is alive."""

    id_high = Column(np.uint64)
    id_low = Column(np.uint64)
    alive = Column(np.bool_)


class PlacedSlotTable(SlotTable):
    """A slot with a place: degrees, radians, cos(latitude), float32 unit vectors, municipality."""

    latitude = Column(np.float64)
    longitude = Column(np.float64)
    lat_rad = Column(np.float64)
    lon_rad = Column(np.float64)
    cos_lat = Column(np.float64)
    unit_x = Column(np.float32)
    unit_y = Column(np.float32)
    unit_z = Column(np.float32)
    municipality = Column(np.int32)


class SlotStore(ABC, Generic[P, S]):
    """Profiles as slots in columns, keyed by id, with tombstones and compaction."""

    def __init__(
        self,
        catalogue: OccupationCatalogue,
        weights: Weights | None,
        slots: S,
        *,
        compact_min_dead: int,
        min_occupation: float = DEFAULT_MIN_OCCUPATION,
    ) -> None:
        self._catalogue = catalogue
        self._weights = weights or DEFAULT_WEIGHTS
        self.min_occupation = min_occupation
        self.keys = OccupationKeys(catalogue)
        self.strings = Interner()
        self.slots: S = slots
        self._slot_of: dict[int, int] = {}
        self._dead = 0
        self._compact_min_dead = compact_min_dead
        # Slot numbers are stable until a compaction renumbers them; holders of slots compare this.
        self.compactions = 0

    def __len__(self) -> int:
        return len(self._slot_of)

    def __contains__(self, item_id: object) -> bool:
        return isinstance(item_id, UUID) and item_id.int in self._slot_of

    def slot_of(self, item_id: UUID) -> int | None:
        """The current slot of an id, None when it is not indexed."""
        return self._slot_of.get(item_id.int)

    def slot_id(self, slot: int) -> UUID:
        """The id of a slot."""
        return uuid_from_halves(self.slots.id_high[slot], self.slots.id_low[slot])

    def upsert(self, profiles: Sequence[P]) -> None:
        """Add or replace profiles (the last profile of an id wins)."""
        latest = {profile.id.int: profile for profile in profiles}
        for number in latest:
            self._kill(self._slot_of.pop(number, None))
        first_slot = len(self.slots)
        for offset, number in enumerate(latest):
            self._slot_of[number] = first_slot + offset
        self._append(list(latest.values()), first_slot)
        self._changed()
        self._maybe_compact()

    def remove(self, ids: Iterable[UUID]) -> None:
        """Drop profiles; unknown ids are ignored."""
        for item_id in ids:
            self._kill(self._slot_of.pop(item_id.int, None))
        self._changed()
        self._maybe_compact()

    def get(self, item_id: UUID) -> P | None:
        """The indexed profile, rebuilt from the columns."""
        slot = self._slot_of.get(item_id.int)
        return None if slot is None else self._rebuild(item_id, slot)

    def _kill(self, slot: int | None) -> None:
        if slot is not None:
            self.slots.alive[slot] = False
            self._tombstone(slot)
            self._dead += 1

    def _maybe_compact(self) -> None:
        if self._dead >= self._compact_min_dead and self._dead * 4 >= len(self.slots):
            self.compact()

    def compact(self) -> None:
        """Rewrite the columns without tombstoned slots."""
        if self._dead == 0:
            return
        alive = self.slots.alive.copy()
        new_slot: IntArray = np.cumsum(alive) - 1
        self._compact_children(alive, new_slot)
        self.slots.keep(np.flatnonzero(alive))
        self._after_compact()
        self._slot_of = {number: int(new_slot[slot]) for number, slot in self._slot_of.items()}
        self._dead = 0
        self.compactions += 1
        self._changed()

    def reserve_headroom(self) -> None:
        """Room for an eighth more rows in every table (at most 131,072, at least 64) after a bulk load,
        which sizes the tables exactly: otherwise the first write after start-up doubles every column in the
        request that applies it (about 0.3 s at a million candidates)."""
        for table in self._tables():
            table.reserve(len(table) + max(64, min(len(table) // 8, 1 << 17)))

    def memory_bytes(self) -> int:
        """Approximate memory held: column buffers, string and key tables, the id map and caches."""
        id_map = sys.getsizeof(self._slot_of) + 72 * len(self._slot_of)
        tables = sum(table.nbytes() for table in self._tables())
        return tables + self.strings.nbytes() + self.keys.nbytes() + id_map + self._cache_bytes()

    @abstractmethod
    def _append(self, profiles: list[P], first_slot: int) -> None:
        """Append the slots (and child rows) of new profiles, the first at ``first_slot``."""

    @abstractmethod
    def _rebuild(self, item_id: UUID, slot: int) -> P:
        """The profile stored in a slot."""

    @abstractmethod
    def _tables(self) -> Iterable[Table]:
        """Every table the store holds (for memory accounting)."""

    def _tombstone(self, slot: int) -> None:
        """Mark a dead slot so queries skip it (beyond ``alive``)."""

    def _compact_children(self, alive: BoolArray, new_slot: IntArray) -> None:
        """Drop child rows of dead slots and renumber their owners."""

    def _after_compact(self) -> None:
        """Recompute derived positions once the slots are compacted."""

    def _changed(self) -> None:
        """Drop caches that depend on the slots."""

    def _cache_bytes(self) -> int:
        return 0


class ChildTable(Table):
    """Rows that belong to a slot (occupations, languages): the owner's slot number."""

    owner = Column(np.int32)

    def drop_dead(self, alive: BoolArray, new_slot: IntArray) -> None:
        """Drop the rows of dead slots and renumber the owners of the rest."""
        self.keep(np.flatnonzero(alive[self.owner]))
        self.owner[:] = new_slot[self.owner]
