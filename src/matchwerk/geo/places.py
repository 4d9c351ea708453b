"""Offline place resolution: German postal codes and municipality names to coordinates and region keys.

The data is the packaged table ``data/places_de.tsv`` (built by ``scripts/build_places.py`` from
GeoNames data, CC BY 4.0, and the official municipality keys (AGS) of Destatis; see the table's
header).  It covers every postal code (PLZ) of Germany, the municipalities, Kreise and
Regierungsbezirke, alternate spellings of NRW municipalities and some NRW city districts.  Nothing is
fetched at run time; the only third-party dependency is NumPy, for :func:`distances_km`.
Regions (Kreis / kreisfreie Stadt, Regierungsbezirk) are in :mod:`matchwerk.geo.regions`.

Typical use::

    registry = default_registry()
    home = registry.resolve("40878", None)           # Ratingen, by postal code
    job = registry.resolve(None, "Mülheim a.d. Ruhr")
    if home is not None and job is not None:
        km = distance_km(home, job)
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Final

from matchwerk.geo.distance import EARTH_RADIUS_KM, distance_km, distances_km
from matchwerk.geo.names import MAX_INPUT_CHARS, name_variants, normalize_name, normalize_postal_code

__all__ = [
    "EARTH_RADIUS_KM",
    "Place",
    "PlaceRecord",
    "PlaceRegistry",
    "default_registry",
    "distance_km",
    "distances_km",
    "normalize_name",
    "normalize_postal_code",
]

DATA_FILE: Final = "places_de.tsv"
AMBIGUITY_KM: Final = 10.0
"""Equally ranked places of one name further apart than this make the name ambiguous (→ ``None``)."""

_COLUMNS: Final = ("kind", "key", "latitude", "longitude", "label", "state", "ags")
_NRW: Final = "NW"
_REGION_KINDS: Final = frozenset({"K", "R"})
_NAME_KINDS: Final = frozenset({"M", "A", "D"})
_SEGMENT_SPLIT: Final = re.compile(r"[,;/()|]+")
_EMBEDDED_PLZ: Final = re.compile(r"(?<![0-9])[0-9]{5}(?![0-9])")
_DIGITS: Final = re.compile(r"[0-9]+")
_MAX_TOKENS: Final = 12


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place: WGS84 coordinates in degrees, a human-readable label and its official key.

    ``ags`` is the municipality key (8 digits) or, for a locality, its Kreis key (5 digits); its first
    five digits are always the Kreis / kreisfreie Stadt.  Empty for the few places without a key.
    """

    latitude: float
    longitude: float
    label: str
    ags: str = ""


@dataclass(frozen=True, slots=True)
class PlaceRecord:
    """One row of the place table.

    ``kind`` is ``"P"`` (postal code, ``key`` = PLZ), ``"M"`` (municipality), ``"A"`` (alternate name
    of an NRW municipality), ``"D"`` (other populated place in NRW, mostly city districts), ``"K"``
    (Kreis / kreisfreie Stadt, ``key`` = 5-digit AGS) or ``"R"`` (Regierungsbezirk, 3-digit AGS, or a
    state without them, 2 digits).  ``state`` is the German state code, ``"NW"`` for North
    Rhine-Westphalia; ``ags`` the official key (see :class:`Place`).
    """

    kind: str
    key: str
    latitude: float
    longitude: float
    label: str
    state: str
    ags: str = ""


# --- registry ----------------------------------------------------------------------------------


def _rank(record: PlaceRecord, *, variant: bool) -> int | None:
    """Lower wins: NRW municipalities, then NRW alternate names, neighbours, NRW districts."""
    nrw = record.state == _NRW
    if record.kind == "M":
        return (0 if nrw else 3) + int(variant)
    if record.kind == "A":
        return None if variant else 2
    if record.kind == "D":
        return 5 + int(variant)
    return None


def _pick(candidates: list[tuple[int, Place]]) -> Place | None:
    best = min(rank for rank, _ in candidates)
    top = [place for rank, place in candidates if rank == best]
    first = top[0]
    if any(distance_km(first, other) > AMBIGUITY_KM for other in top[1:]):
        return None
    return first


class PlaceRegistry:
    """Postal codes and place names with coordinates; build once, then query from any thread."""

    def __init__(
        self,
        records: Iterable[PlaceRecord],
        named_records: Callable[[], Iterable[PlaceRecord]] | None = None,
    ) -> None:
        """``records`` are rows of any kind; ``named_records`` (optional) loads further name rows when the
        first name lookup needs them, so a registry used for postal codes only never parses them."""
        postal: dict[str, Place] = {}
        named: list[PlaceRecord] = []
        for record in records:
            if record.kind == "P":
                postal.setdefault(
                    record.key, Place(record.latitude, record.longitude, record.label, record.ags)
                )
            elif record.kind not in _REGION_KINDS:
                named.append(record)
        self._postal: Mapping[str, Place] = postal
        self._named_records = named
        self._load_named = named_records
        self._name_lock = threading.Lock()
        self._name_indexes: tuple[Mapping[str, Place | None], Mapping[str, Place | None]] | None = None

    def _indexes(self) -> tuple[Mapping[str, Place | None], Mapping[str, Place | None]]:
        """The name indexes, built on the first name lookup: most lookups are by postal code, and building
        them for all of Germany's municipalities costs most of the registry's start-up time."""
        indexes = self._name_indexes
        if indexes is not None:
            return indexes
        with self._name_lock:
            if self._name_indexes is None:
                loaded = self._load_named() if self._load_named is not None else ()
                self._name_indexes = _name_indexes([*self._named_records, *loaded])
            return self._name_indexes

    # construction

    @classmethod
    def from_tsv(cls, text: str) -> PlaceRegistry:
        """Registry from the text of a place table (``#`` comment lines, a header, tab-separated rows)."""
        return cls(_parse_tsv(text))

    @classmethod
    def from_package(cls) -> PlaceRegistry:
        """Registry from the table packaged with matchwerk (``matchwerk/geo/data/places_de.tsv``)."""
        return cls(
            _parse_tsv(_packaged_text(), kinds=frozenset({"P"})),
            named_records=lambda: _parse_tsv(_packaged_text(), kinds=_NAME_KINDS),
        )

    # queries

    @property
    def postal_codes(self) -> frozenset[str]:
        return frozenset(self._postal)

    def knows_postal_code(self, postal_code: str) -> bool:
        """Whether ``postal_code`` (any spelling :func:`normalize_postal_code` reads) is in the table."""
        code = normalize_postal_code(postal_code)
        return code is not None and code in self._postal

    def by_postal_code(self, postal_code: str) -> Place | None:
        code = normalize_postal_code(postal_code)
        return None if code is None else self._postal.get(code)

    def by_name(self, municipality: str) -> Place | None:
        """Place for a municipality (or district) name; ``None`` if unknown or ambiguous."""
        if len(municipality) > MAX_INPUT_CHARS:
            return None
        embedded = _EMBEDDED_PLZ.search(municipality)
        if embedded is not None:  # "40878 Ratingen"
            found = self._postal.get(embedded.group(0))
            if found is not None:
                return found
            municipality = _DIGITS.sub(" ", municipality)
        found = self._by_key(normalize_name(municipality), municipality)
        if found is not None:
            return found
        for segment in _SEGMENT_SPLIT.split(municipality):  # "Ehrenfeld, Köln", "Mülheim/Ruhr"
            if segment.strip() and segment != municipality:
                found = self._by_key(normalize_name(segment), segment)
                if found is not None:
                    return found
        tokens = normalize_name(municipality).split()[:_MAX_TOKENS]
        for end in range(len(tokens) - 1, 0, -1):  # "Köln-Ehrenfeld" -> "Köln"
            found = self._lookup(" ".join(tokens[:end]), " ".join(tokens[:end]))
            if found is not None:
                return found
        return None

    def resolve(self, postal_code: str | None, municipality: str | None) -> Place | None:
        """Place by postal code if it is known, else by municipality name; ``None`` if neither resolves.

        Never raises for string (or ``None``) input.
        """
        if isinstance(postal_code, str):
            found = self.by_postal_code(postal_code)
            if found is not None:
                return found
        if isinstance(municipality, str):
            return self.by_name(municipality)
        return None

    def __len__(self) -> int:
        return len(self._postal) + len(self._indexes()[0])

    # internals

    def _by_key(self, key: str, raw: str) -> Place | None:
        return self._lookup(key, raw) if key else None

    def _lookup(self, key: str, raw: str) -> Place | None:
        names, bare_names = self._indexes()
        if key in names:
            return names[key]
        return bare_names.get(normalize_name(raw, bare_umlauts=True))


def _name_indexes(
    records: Iterable[PlaceRecord],
) -> tuple[Mapping[str, Place | None], Mapping[str, Place | None]]:
    """Name → place, by spelled-out and by bare umlauts; ambiguous names map to ``None``."""
    spelled: dict[str, list[tuple[int, Place]]] = {}
    bare: dict[str, list[tuple[int, Place]]] = {}
    for record in records:
        place = Place(record.latitude, record.longitude, record.label, record.ags)
        forms = [(record.key, False)] + [(v, True) for v in name_variants(record.key)]
        for form, variant in forms:
            rank = _rank(record, variant=variant)
            if rank is None:
                continue
            for index, bare_umlauts in ((spelled, False), (bare, True)):
                key = normalize_name(form, bare_umlauts=bare_umlauts)
                if key:
                    index.setdefault(key, []).append((rank, place))
    return {k: _pick(v) for k, v in spelled.items()}, {k: _pick(v) for k, v in bare.items()}


def _parse_tsv(text: str, kinds: frozenset[str] | None = None) -> list[PlaceRecord]:
    records: list[PlaceRecord] = []
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if header_seen and kinds is not None and line[:1] not in kinds:
            continue
        fields = line.split("\t")
        if not header_seen:
            if tuple(fields) != _COLUMNS:
                raise ValueError(f"place table line {number}: expected header {_COLUMNS}, got {fields}")
            header_seen = True
            continue
        if len(fields) != len(_COLUMNS):
            raise ValueError(f"place table line {number}: expected {len(_COLUMNS)} fields, got {len(fields)}")
        kind, key, latitude, longitude, label, state, ags = fields
        records.append(PlaceRecord(kind, key, float(latitude), float(longitude), label, state, ags))
    return records


def packaged_records() -> list[PlaceRecord]:
    """The rows of the place table packaged with matchwerk (``matchwerk/geo/data/places_de.tsv``)."""
    return _parse_tsv(_packaged_text())


def _packaged_text() -> str:
    resource = resources.files(__package__ or "matchwerk.geo").joinpath("data").joinpath(DATA_FILE)
    return resource.read_text(encoding="utf-8")


@cache
def default_registry() -> PlaceRegistry:
    """The registry of the packaged place table, loaded on first use and shared afterwards."""
    return PlaceRegistry.from_package()
