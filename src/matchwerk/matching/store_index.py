"""What both indexes share: forwarding profile storage to their columnar store."""

from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar
from uuid import UUID

from matchwerk.matching.profiles import OccupationCatalogue, Weights

P = TypeVar("P")


class ProfileStore(Protocol[P]):
    """A columnar store of profiles keyed by id."""

    def __len__(self) -> int: ...
    def __contains__(self, item_id: UUID) -> bool: ...
    def upsert(self, profiles: Sequence[P]) -> None: ...
    def remove(self, ids: Sequence[UUID]) -> None: ...
    def compact(self) -> None: ...
    def get(self, item_id: UUID) -> P | None: ...
    def memory_bytes(self) -> int: ...


S = TypeVar("S", bound=ProfileStore)  # type: ignore[type-arg]


class StoreIndex(Generic[P, S]):
    """Profiles held as columns in a store; subclasses add ``top_k``."""

    def __init__(self, catalogue: OccupationCatalogue, weights: Weights | None, store: S) -> None:
        self._catalogue = catalogue
        self._weights = weights or Weights()
        self._store: S = store

    def __len__(self) -> int:
        return len(self._store)

    def __contains__(self, item_id: object) -> bool:
        return isinstance(item_id, UUID) and item_id in self._store

    def upsert(self, profiles: Sequence[P]) -> None:
        """Add or replace profiles (the last profile of an id wins)."""
        self._store.upsert(profiles)

    def remove(self, ids: Sequence[UUID]) -> None:
        """Drop profiles; unknown ids are ignored."""
        self._store.remove(ids)

    def compact(self) -> None:
        """Drop all tombstones now."""
        self._store.compact()

    def get(self, item_id: UUID) -> P | None:
        """The indexed profile, rebuilt from the columns."""
        result: P | None = self._store.get(item_id)
        return result

    def memory_bytes(self) -> int:
        """Approximate memory held by the index: column buffers, string tables and the id map."""
        return self._store.memory_bytes()
