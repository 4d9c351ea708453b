"""The columns behind ``VacancyIndex``: one slot per vacancy, required languages as flat rows."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any
from uuid import UUID

import numpy as np

from matchwerk.matching.columns import (
    Columns,
    Interner,
    cefr_rank,
    date_number,
    number_date,
    optional_float,
    uuid_from_halves,
    uuid_halves,
)
from matchwerk.matching.components import EXPERIENCE_SATURATION_YEARS, is_resolved, uses_regulated_rules
from matchwerk.matching.distances import place_columns
from matchwerk.matching.occupation_keys import OccupationKeys
from matchwerk.matching.profiles import (
    RECOGNITION_REQUIREMENTS,
    VACANCY_STATUSES,
    LanguageSkill,
    OccupationCatalogue,
    VacancyProfile,
)

_NaN = float("nan")

SLOT_COLUMNS: dict[str, Any] = {
    "id_high": np.uint64,
    "id_low": np.uint64,
    "employer_high": np.uint64,
    "employer_low": np.uint64,
    "alive": np.bool_,
    "open": np.bool_,
    "status": np.int8,
    "title": np.int32,
    "code": np.int32,
    "match_key": np.int32,
    "title_key": np.int32,
    "latitude": np.float64,
    "longitude": np.float64,
    "lat_rad": np.float64,
    "lon_rad": np.float64,
    "cos_lat": np.float64,
    "municipality": np.int32,
    "radius": np.float64,
    "start": np.int32,
    "german_min": np.int32,
    "german_rank": np.int8,
    "min_years": np.float64,
    "divisor": np.float64,
    "recognition": np.int8,
    "regulated": np.bool_,
    "course": np.bool_,
    "support": np.bool_,
    "requirement_count": np.int32,
    "language_start": np.intp,
    "language_count": np.int32,
}
LANGUAGE_COLUMNS: dict[str, Any] = {
    "owner": np.int32,
    "position": np.int32,
    "code": np.int32,
    "level": np.int32,
    "rank": np.int8,
    "german": np.bool_,
}


class VacancyStore:
    """Append-only vacancy columns with tombstones and compaction."""

    def __init__(self, catalogue: OccupationCatalogue, *, compact_min_dead: int) -> None:
        self._catalogue = catalogue
        self.keys = OccupationKeys(catalogue)
        self.slots = Columns(SLOT_COLUMNS)
        self.languages = Columns(LANGUAGE_COLUMNS)
        self.strings = Interner()
        self._slot_of: dict[int, int] = {}
        self._dead = 0
        self._compact_min_dead = compact_min_dead

    def __len__(self) -> int:
        return len(self._slot_of)

    def __contains__(self, vacancy_id: UUID) -> bool:
        return vacancy_id.int in self._slot_of

    def slot_id(self, slot: int) -> UUID:
        """The vacancy id of a slot."""
        return uuid_from_halves(self.slots["id_high"][slot], self.slots["id_low"][slot])

    def upsert(self, profiles: Sequence[VacancyProfile]) -> None:
        """Tombstone the old slots of these ids and append new ones."""
        latest = {profile.id.int: profile for profile in profiles}
        for number in latest:
            self._kill(self._slot_of.pop(number, None))
        batch = list(latest.values())
        slots: dict[str, list[Any]] = {name: [] for name in SLOT_COLUMNS}
        languages: dict[str, list[Any]] = {name: [] for name in LANGUAGE_COLUMNS}
        first_slot, language_row = len(self.slots), len(self.languages)
        for offset, vacancy in enumerate(batch):
            self._slot_of[vacancy.id.int] = first_slot + offset
            self._add_slot(slots, vacancy, language_row)
            self._add_languages(languages, first_slot + offset, vacancy.languages)
            language_row += len(vacancy.languages)
        columns: dict[str, Any] = dict(slots)
        columns["id_high"], columns["id_low"] = uuid_halves([vacancy.id for vacancy in batch])
        columns["employer_high"], columns["employer_low"] = uuid_halves(
            [vacancy.employer_id for vacancy in batch]
        )
        columns.update(place_columns(slots["latitude"], slots["longitude"]))
        self.slots.extend(columns)
        self.languages.extend(languages)
        if self._dead >= self._compact_min_dead and self._dead * 4 >= len(self.slots):
            self.compact()

    def _add_slot(self, slots: dict[str, list[Any]], vacancy: VacancyProfile, language_row: int) -> None:
        code = vacancy.kldb_code
        title_key = self.keys.title_key(vacancy.title, unresolved=not is_resolved(code))
        german_min = vacancy.german_min
        minimum = vacancy.min_years_experience
        values = {
            "alive": True,
            "open": vacancy.status == "open",
            "status": VACANCY_STATUSES.index(vacancy.status) if vacancy.status in VACANCY_STATUSES else -1,
            "title": self.strings.id(vacancy.title),
            "code": self.strings.optional_id(code),
            "match_key": self.keys.code_key(code) if is_resolved(code) else title_key,
            "title_key": title_key,
            "latitude": _NaN if vacancy.latitude is None else vacancy.latitude,
            "longitude": _NaN if vacancy.longitude is None else vacancy.longitude,
            "municipality": self.strings.optional_id(vacancy.municipality),
            "radius": _NaN if vacancy.radius_km is None else vacancy.radius_km,
            "start": date_number(vacancy.start_date),
            "german_min": self.strings.optional_id(german_min),
            "german_rank": cefr_rank(german_min),
            "min_years": _NaN if minimum is None else minimum,
            "divisor": minimum if minimum else EXPERIENCE_SATURATION_YEARS,
            "recognition": RECOGNITION_REQUIREMENTS.index(vacancy.recognition)
            if vacancy.recognition in RECOGNITION_REQUIREMENTS
            else -1,
            "regulated": uses_regulated_rules(vacancy, self._catalogue),
            "course": vacancy.offers_language_course,
            "support": vacancy.offers_recognition_support,
            "requirement_count": (german_min is not None) + len(vacancy.languages),
            "language_start": language_row,
            "language_count": len(vacancy.languages),
        }
        for name, value in values.items():
            slots[name].append(value)

    def _add_languages(self, rows: dict[str, list[Any]], slot: int, skills: Sequence[LanguageSkill]) -> None:
        for position, skill in enumerate(skills):
            values = {
                "owner": slot,
                "position": position,
                "code": self.strings.id(skill.code),
                "level": self.strings.id(skill.level),
                "rank": cefr_rank(skill.level),
                "german": skill.code == "de",
            }
            for name, value in values.items():
                rows[name].append(value)

    def remove(self, ids: Sequence[UUID]) -> None:
        """Tombstone vacancies."""
        for vacancy_id in ids:
            self._kill(self._slot_of.pop(vacancy_id.int, None))
        if self._dead >= self._compact_min_dead and self._dead * 4 >= len(self.slots):
            self.compact()

    def _kill(self, slot: int | None) -> None:
        if slot is not None:
            self.slots["alive"][slot] = False
            self.slots["open"][slot] = False
            self._dead += 1

    def compact(self) -> None:
        """Rewrite the columns without tombstoned slots."""
        if self._dead == 0:
            return
        alive = self.slots["alive"]
        new_slot = np.cumsum(alive) - 1
        self.languages.keep(np.flatnonzero(alive[self.languages["owner"]]))
        self.languages["owner"][:] = new_slot[self.languages["owner"]]
        self.slots.keep(np.flatnonzero(alive))
        counts = self.slots["language_count"]
        self.slots["language_start"][:] = np.cumsum(counts) - counts
        self._slot_of = {number: int(new_slot[slot]) for number, slot in self._slot_of.items()}
        self._dead = 0

    def get(self, vacancy_id: UUID) -> VacancyProfile | None:
        """Rebuild a profile from the columns."""
        slot = self._slot_of.get(vacancy_id.int)
        if slot is None:
            return None
        column, strings = self.slots, self.strings
        first, count = int(column["language_start"][slot]), int(column["language_count"][slot])
        return VacancyProfile(
            id=vacancy_id,
            employer_id=uuid_from_halves(column["employer_high"][slot], column["employer_low"][slot]),
            status=VACANCY_STATUSES[column["status"][slot]],
            title=strings.values[column["title"][slot]],
            kldb_code=strings.optional_value(int(column["code"][slot])),
            latitude=optional_float(column["latitude"][slot]),
            longitude=optional_float(column["longitude"][slot]),
            municipality=strings.optional_value(int(column["municipality"][slot])),
            radius_km=optional_float(column["radius"][slot]),
            start_date=number_date(int(column["start"][slot])),
            german_min=strings.optional_value(int(column["german_min"][slot])),
            languages=tuple(
                LanguageSkill(
                    code=strings.values[self.languages["code"][row]],
                    level=strings.values[self.languages["level"][row]],
                )
                for row in range(first, first + count)
            ),
            min_years_experience=optional_float(column["min_years"][slot]),
            recognition=RECOGNITION_REQUIREMENTS[column["recognition"][slot]],
            offers_language_course=bool(column["course"][slot]),
            offers_recognition_support=bool(column["support"][slot]),
        )

    def memory_bytes(self) -> int:
        """Column buffers, string tables and the id map."""
        id_map = sys.getsizeof(self._slot_of) + 72 * len(self._slot_of)
        columns = self.slots.nbytes() + self.languages.nbytes()
        return columns + self.strings.nbytes() + self.keys.nbytes() + id_map
