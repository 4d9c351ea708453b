"""The columns behind ``CandidateIndex``: candidates as slots, occupations and languages as flat rows."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any
from uuid import UUID

import numpy as np
from numpy.typing import NDArray

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
from matchwerk.matching.components import EARTH_RADIUS_KM, is_resolved
from matchwerk.matching.occupation_keys import NO_OCCUPATION_KEY, OccupationKeys
from matchwerk.matching.profiles import (
    CANDIDATE_STATUSES,
    QUALIFICATION_LEVELS,
    RECOGNITION_STATUSES,
    WORK_AUTHORIZATIONS,
    CandidateOccupation,
    CandidateProfile,
    LanguageSkill,
    OccupationCatalogue,
)

AUTHORIZATION_IDS = {name: index for index, name in enumerate(WORK_AUTHORIZATIONS)}
# Candidates beyond this distance (plus the margin) of a vacancy are certainly outside: the straight chord
# through the Earth is never longer than the great-circle distance, and float32 errors stay far below it.
CHORD_MARGIN_KM = 0.01
_NaN = float("nan")

SLOT_COLUMNS: dict[str, Any] = {
    "id_high": np.uint64,
    "id_low": np.uint64,
    "alive": np.bool_,
    "eligible": np.bool_,
    "share": np.bool_,
    "status": np.int8,
    "consent_matching": np.bool_,
    "authorization": np.int8,
    "latitude": np.float64,
    "longitude": np.float64,
    "lat_rad": np.float64,
    "lon_rad": np.float64,
    "cos_lat": np.float64,
    "unit_x": np.float32,
    "unit_y": np.float32,
    "unit_z": np.float32,
    "commute_threshold": np.float32,
    "municipality": np.int32,
    "max_commute": np.float64,
    "relocate": np.bool_,
    "available": np.int32,
    "german": np.int8,
    "row_start": np.intp,
    "occupation_count": np.int32,
    "first_match_key": np.int32,
    "first_title_key": np.int32,
    "first_status": np.int8,
    "first_years": np.float64,
    "language_start": np.intp,
    "language_count": np.int32,
}
OCCUPATION_COLUMNS: dict[str, Any] = {
    "owner": np.int32,
    "position": np.int32,
    "match_key": np.int32,
    "title_key": np.int32,
    "title": np.int32,
    "code": np.int32,
    "years": np.float64,
    "qualification": np.int8,
    "status": np.int8,
    "compensation": np.int32,
}
LANGUAGE_COLUMNS: dict[str, Any] = {"code": np.int32, "level": np.int32}
SPOKEN_COLUMNS: dict[str, Any] = {"owner": np.int32, "code": np.int32, "rank": np.int8}
EXTRA_COLUMNS: dict[str, Any] = {
    "owner": np.intp,
    "row": np.intp,
    "match_key": np.int32,
    "title_key": np.int32,
}
_NO_FIRST_OCCUPATION: dict[str, Any] = {
    "match_key": NO_OCCUPATION_KEY,
    "title_key": NO_OCCUPATION_KEY,
    "status": RECOGNITION_STATUSES.index("not_started"),
    "years": _NaN,
}


def _rows(names: dict[str, Any]) -> dict[str, list[Any]]:
    return {name: [] for name in names}


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
        batch = list(latest.values())
        slots, occupations = _rows(SLOT_COLUMNS), _rows(OCCUPATION_COLUMNS)
        languages, spoken = _rows(LANGUAGE_COLUMNS), _rows(SPOKEN_COLUMNS)
        first_row, language_row, first_slot = len(self.occupations), len(self.languages), len(self.slots)
        row = first_row
        for offset, profile in enumerate(batch):
            slot = first_slot + offset
            self._slot_of[profile.id.int] = slot
            self._add_slot(slots, profile, row, language_row)
            self._add_occupations(slots, occupations, slot, profile.occupations)
            row += len(profile.occupations)
            language_row += self._add_languages(languages, spoken, slot, profile.languages)
        columns: dict[str, Any] = dict(slots)
        columns["id_high"], columns["id_low"] = uuid_halves([profile.id for profile in batch])
        columns.update(_geometry(slots["latitude"], slots["longitude"], slots["max_commute"]))
        self.slots.extend(columns)
        self.occupations.extend(occupations)
        self.languages.extend(languages)
        self.spoken.extend(spoken)
        self._append_extras(first_row)
        self._level_cache.clear()
        self._maybe_compact()

    def _add_slot(
        self, slots: dict[str, list[Any]], profile: CandidateProfile, row: int, language_row: int
    ) -> None:
        german = max((cefr_rank(skill.level) for skill in profile.languages if skill.code == "de"), default=0)
        authorization = AUTHORIZATION_IDS.get(profile.work_authorization, AUTHORIZATION_IDS["not_permitted"])
        status = CANDIDATE_STATUSES.index(profile.status) if profile.status in CANDIDATE_STATUSES else -1
        eligible = profile.status == "active" and profile.consent_matching
        eligible = eligible and profile.work_authorization in ("permitted", "permitted_with_approval")
        values = {
            "alive": True,
            "eligible": eligible,
            "share": profile.consent_share_with_employers,
            "status": status,
            "consent_matching": profile.consent_matching,
            "authorization": authorization,
            "latitude": _NaN if profile.latitude is None else profile.latitude,
            "longitude": _NaN if profile.longitude is None else profile.longitude,
            "municipality": self.strings.optional_id(profile.municipality),
            "max_commute": _NaN if profile.max_commute_km is None else profile.max_commute_km,
            "relocate": profile.willing_to_relocate,
            "available": date_number(profile.available_from),
            "german": german,
            "row_start": row,
            "occupation_count": len(profile.occupations),
            "language_start": language_row,
            "language_count": len(profile.languages),
        }
        for name, value in values.items():
            slots[name].append(value)

    def _add_occupations(
        self,
        slots: dict[str, list[Any]],
        rows: dict[str, list[Any]],
        slot: int,
        occupations: Sequence[CandidateOccupation],
    ) -> None:
        for position, occupation in enumerate(occupations):
            code = occupation.kldb_code
            title_key = self.keys.title_key(occupation.title, unresolved=not is_resolved(code))
            qualification = occupation.qualification_level
            status = occupation.recognition_status
            values = {
                "owner": slot,
                "position": position,
                "match_key": self.keys.code_key(code) if is_resolved(code) else title_key,
                "title_key": title_key,
                "title": self.strings.id(occupation.title),
                "code": self.strings.optional_id(code),
                "years": _NaN if occupation.years_experience is None else occupation.years_experience,
                "qualification": QUALIFICATION_LEVELS.index(qualification)
                if qualification in QUALIFICATION_LEVELS
                else -1,
                # An unknown status is scored like not_started, which is what the scalar rules do as well.
                "status": RECOGNITION_STATUSES.index(
                    status if status in RECOGNITION_STATUSES else "not_started"
                ),
                "compensation": self.strings.optional_id(occupation.compensation_measure),
            }
            for name, value in values.items():
                rows[name].append(value)
        # The first occupation sits in the slot itself; the others go to one table per position.
        first = dict(_NO_FIRST_OCCUPATION)
        if occupations:
            first = {name: rows[name][-len(occupations)] for name in _NO_FIRST_OCCUPATION}
        for name, value in first.items():
            slots[f"first_{name}"].append(value)

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

    def _add_languages(
        self,
        languages: dict[str, list[Any]],
        spoken: dict[str, list[Any]],
        slot: int,
        skills: Sequence[LanguageSkill],
    ) -> int:
        best: dict[int, int] = {}
        for skill in skills:
            code = self.strings.id(skill.code)
            languages["code"].append(code)
            languages["level"].append(self.strings.id(skill.level))
            if skill.code != "de":
                best[code] = max(best.get(code, 0), cefr_rank(skill.level))
        for code, rank in best.items():
            spoken["owner"].append(slot)
            spoken["code"].append(code)
            spoken["rank"].append(rank)
        return len(skills)

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
        column = self.slots
        strings = self.strings
        row, count = int(column["row_start"][slot]), int(column["occupation_count"][slot])
        first_language, language_count = (
            int(column["language_start"][slot]),
            int(column["language_count"][slot]),
        )
        return CandidateProfile(
            id=candidate_id,
            status=CANDIDATE_STATUSES[column["status"][slot]],
            consent_matching=bool(column["consent_matching"][slot]),
            consent_share_with_employers=bool(column["share"][slot]),
            work_authorization=WORK_AUTHORIZATIONS[column["authorization"][slot]],
            latitude=optional_float(column["latitude"][slot]),
            longitude=optional_float(column["longitude"][slot]),
            municipality=strings.optional_value(int(column["municipality"][slot])),
            max_commute_km=optional_float(column["max_commute"][slot]),
            willing_to_relocate=bool(column["relocate"][slot]),
            occupations=tuple(self._occupation(index) for index in range(row, row + count)),
            languages=tuple(
                LanguageSkill(
                    code=strings.values[self.languages["code"][index]],
                    level=strings.values[self.languages["level"][index]],
                )
                for index in range(first_language, first_language + language_count)
            ),
            available_from=number_date(int(column["available"][slot])),
        )

    def _occupation(self, row: int) -> CandidateOccupation:
        rows = self.occupations
        qualification = int(rows["qualification"][row])
        return CandidateOccupation(
            title=self.strings.values[rows["title"][row]],
            kldb_code=self.strings.optional_value(int(rows["code"][row])),
            years_experience=optional_float(rows["years"][row]),
            qualification_level=QUALIFICATION_LEVELS[qualification] if qualification >= 0 else None,
            recognition_status=RECOGNITION_STATUSES[rows["status"][row]],
            compensation_measure=self.strings.optional_value(int(rows["compensation"][row])),
        )

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


def _geometry(latitude: list[float], longitude: list[float], commute: list[float]) -> dict[str, Any]:
    """Vacancy-independent location columns: radians, cos(latitude), unit vectors, chord thresholds."""
    lat_rad = np.radians(np.array(latitude, dtype=np.float64))
    lon_rad = np.radians(np.array(longitude, dtype=np.float64))
    cos_lat = np.cos(lat_rad)
    return {
        "lat_rad": lat_rad,
        "lon_rad": lon_rad,
        "cos_lat": cos_lat,
        "unit_x": (cos_lat * np.cos(lon_rad)).astype(np.float32),
        "unit_y": (cos_lat * np.sin(lon_rad)).astype(np.float32),
        "unit_z": np.sin(lat_rad).astype(np.float32),
        "commute_threshold": chord_threshold(np.array(commute, dtype=np.float64)).astype(np.float32),
    }


def chord_threshold(allowed_km: Any) -> Any:
    """Squared unit-sphere chord beyond which a place is certainly farther than ``allowed_km`` (NaN stays)."""
    return ((allowed_km + CHORD_MARGIN_KM) / EARTH_RADIUS_KM) ** 2
