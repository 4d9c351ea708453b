"""How candidates become column rows (``CandidateStore``) and how a profile is rebuilt from them."""

from __future__ import annotations

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
    uuid_halves,
)
from matchwerk.matching.components import is_resolved
from matchwerk.matching.distances import chord_threshold, place_columns
from matchwerk.matching.occupation_keys import NO_OCCUPATION_KEY, OccupationKeys
from matchwerk.matching.profiles import (
    CANDIDATE_STATUSES,
    QUALIFICATION_LEVELS,
    RECOGNITION_STATUSES,
    WORK_AUTHORIZATIONS,
    CandidateOccupation,
    CandidateProfile,
    LanguageSkill,
)

AUTHORIZATION_IDS = {name: index for index, name in enumerate(WORK_AUTHORIZATIONS)}
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


class CandidateRows:
    """The rows of one upsert batch, collected as lists and handed over as columns."""

    def __init__(self, keys: OccupationKeys, strings: Interner) -> None:
        self.keys, self.strings = keys, strings
        self.slots: dict[str, list[Any]] = {name: [] for name in SLOT_COLUMNS}
        self.occupations: dict[str, list[Any]] = {name: [] for name in OCCUPATION_COLUMNS}
        self.languages: dict[str, list[Any]] = {name: [] for name in LANGUAGE_COLUMNS}
        self.spoken: dict[str, list[Any]] = {name: [] for name in SPOKEN_COLUMNS}
        self._ids: list[UUID] = []

    def add(self, profile: CandidateProfile, slot: int, row: int, language_row: int) -> None:
        """Add one candidate whose slot, first occupation row and first language row are given."""
        self._ids.append(profile.id)
        self._add_slot(profile, row, language_row)
        self._add_occupations(slot, profile.occupations)
        self._add_languages(slot, profile.languages)

    def slot_columns(self) -> dict[str, Any]:
        """The slot columns, with the ids and the query-independent place columns computed in bulk."""
        columns: dict[str, Any] = dict(self.slots)
        columns["id_high"], columns["id_low"] = uuid_halves(self._ids)
        columns.update(place_columns(self.slots["latitude"], self.slots["longitude"]))
        columns["commute_threshold"] = chord_threshold(np.array(self.slots["max_commute"], dtype=np.float64))
        return columns

    def _add_slot(self, profile: CandidateProfile, row: int, language_row: int) -> None:
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
            self.slots[name].append(value)

    def _add_occupations(self, slot: int, occupations: Sequence[CandidateOccupation]) -> None:
        rows = self.occupations
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
            self.slots[f"first_{name}"].append(value)

    def _add_languages(self, slot: int, skills: Sequence[LanguageSkill]) -> None:
        languages, spoken = self.languages, self.spoken
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


def rebuild_profile(
    candidate_id: UUID, slot: int, slots: Columns, occupations: Columns, languages: Columns, strings: Interner
) -> CandidateProfile:
    """A candidate profile from its slot and rows."""
    row, count = int(slots["row_start"][slot]), int(slots["occupation_count"][slot])
    first_language, language_count = int(slots["language_start"][slot]), int(slots["language_count"][slot])
    return CandidateProfile(
        id=candidate_id,
        status=CANDIDATE_STATUSES[slots["status"][slot]],
        consent_matching=bool(slots["consent_matching"][slot]),
        consent_share_with_employers=bool(slots["share"][slot]),
        work_authorization=WORK_AUTHORIZATIONS[slots["authorization"][slot]],
        latitude=optional_float(slots["latitude"][slot]),
        longitude=optional_float(slots["longitude"][slot]),
        municipality=strings.optional_value(int(slots["municipality"][slot])),
        max_commute_km=optional_float(slots["max_commute"][slot]),
        willing_to_relocate=bool(slots["relocate"][slot]),
        occupations=tuple(_occupation(occupations, strings, index) for index in range(row, row + count)),
        languages=tuple(
            LanguageSkill(
                code=strings.values[languages["code"][index]], level=strings.values[languages["level"][index]]
            )
            for index in range(first_language, first_language + language_count)
        ),
        available_from=number_date(int(slots["available"][slot])),
    )


def _occupation(rows: Columns, strings: Interner, row: int) -> CandidateOccupation:
    qualification = int(rows["qualification"][row])
    return CandidateOccupation(
        title=strings.values[rows["title"][row]],
        kldb_code=strings.optional_value(int(rows["code"][row])),
        years_experience=optional_float(rows["years"][row]),
        qualification_level=QUALIFICATION_LEVELS[qualification] if qualification >= 0 else None,
        recognition_status=RECOGNITION_STATUSES[rows["status"][row]],
        compensation_measure=strings.optional_value(int(rows["compensation"][row])),
    )
