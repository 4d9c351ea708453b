"""Regions of Germany by official key (AGS): Kreis / kreisfreie Stadt and Regierungsbezirk.

Two levels, named as in the statistics API (``region_level``):

* ``county``: the Kreis or kreisfreie Stadt, AGS digits 1-5 (NRW: 53 = 31 Kreise + 22 kreisfreie Städte).
* ``district``: the Regierungsbezirk, AGS digits 1-3, in the four states that have them (Baden-Württemberg,
  Bayern, Hessen, Nordrhein-Westfalen: 19 in all). The other twelve states have none (Niedersachsen,
  Rheinland-Pfalz, Sachsen and Sachsen-Anhalt abolished theirs; the rest never had any), so there the
  ``district`` is the state itself, AGS digits 1-2. Keys of both kinds never collide (3 vs 2 digits).

The names come from the ``K`` and ``R`` rows of the packaged place table (see :mod:`matchwerk.geo.places`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Final

from matchwerk.geo.places import PlaceRecord, default_registry, packaged_records

__all__ = ["RegionLevel", "RegionTable", "county_key", "default_regions", "district_key", "place_ags"]

STATES_WITH_REGIERUNGSBEZIRKE: Final = frozenset({"05", "06", "08", "09"})


class RegionLevel(StrEnum):
    DISTRICT = "district"
    COUNTY = "county"


def county_key(ags: str) -> str | None:
    """The Kreis / kreisfreie Stadt (5 digits) of a municipality or Kreis key; ``None`` for no key."""
    return ags[:5] if len(ags) >= 5 and ags[:5].isdigit() else None


def district_key(ags: str) -> str | None:
    """The Regierungsbezirk (3 digits) of a key, or its state (2 digits) where there are none."""
    county = county_key(ags)
    if county is None:
        return None
    return county[:3] if county[:2] in STATES_WITH_REGIERUNGSBEZIRKE else county[:2]


@dataclass(frozen=True, slots=True)
class RegionTable:
    """Names of the Kreise (``county``) and Regierungsbezirke / states (``district``) by key."""

    counties: Mapping[str, str]
    districts: Mapping[str, str]

    @classmethod
    def from_records(cls, records: Iterable[PlaceRecord]) -> RegionTable:
        """The table from the ``K`` and ``R`` rows of a place table."""
        counties: dict[str, str] = {}
        districts: dict[str, str] = {}
        for record in records:
            if record.kind == "K":
                counties[record.key] = record.label
            elif record.kind == "R":
                districts[record.key] = record.label
        return cls(counties, districts)

    def key(self, ags: str, level: RegionLevel) -> str | None:
        """The region of ``ags`` at ``level``; ``None`` for a missing or unknown key."""
        found = county_key(ags) if level is RegionLevel.COUNTY else district_key(ags)
        return found if found is not None and found in self.names(level) else None

    def names(self, level: RegionLevel) -> Mapping[str, str]:
        """Key → name at ``level``."""
        return self.counties if level is RegionLevel.COUNTY else self.districts

    def find(self, text: str, level: RegionLevel) -> str | None:
        """A region key from its key or its name, case-insensitively ("05", "051", "Düsseldorf")."""
        names = self.names(level)
        wanted = text.strip()
        if wanted in names:
            return wanted
        folded = wanted.casefold()
        exact = [k for k, name in names.items() if name.casefold() == folded]
        if exact:
            return exact[0]
        partial = sorted(k for k, name in names.items() if folded and folded in name.casefold())
        return partial[0] if len(partial) == 1 else None


@cache
def default_regions() -> RegionTable:
    """The region names of the packaged place table, loaded once."""
    return RegionTable.from_records(r for r in packaged_records() if r.kind in ("K", "R"))


def place_ags(postal_code: str | None, municipality: str | None) -> str | None:
    """The official key of a location (by postal code, else municipality name); ``None`` if unresolved."""
    place = default_registry().resolve(postal_code, municipality)
    return place.ags or None if place is not None else None
