"""Candidate tables (typed columns), how one upsert batch becomes rows, and how a profile is rebuilt."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

import numpy as np

from matchwerk.matching.index.columns import (
    Column,
    Interner,
    Table,
    date_number,
    nan_if_none,
    number_date,
    optional_float,
    uuid_halves,
)
from matchwerk.matching.index.geo import chord_threshold, place_columns
from matchwerk.matching.index.keys import OccupationKeys
from matchwerk.matching.index.store import ChildTable, PlacedSlotTable
from matchwerk.matching.rules.components import is_resolved
from matchwerk.matching.rules.profiles import CandidateOccupation, CandidateProfile, LanguageSkill
from matchwerk.matching.rules.vocabulary import (
    CANDIDATE_STATUSES,
    QUALIFICATION_LEVELS,
    RECOGNITION_STATUSES,
    WORK_AUTHORIZATIONS,
    candidate_eligible,
    cefr_rank,
)

AUTHORIZATION_IDS = {name: index for index, name in enumerate(WORK_AUTHORIZATIONS)}
NOT_STARTED = RECOGNITION_STATUSES.index("not_started")


class CandidateSlots(PlacedSlotTable):
    """One slot per candidate; its occupations are rows ``row_start`` .. + ``occupation_count``."""

    eligible = Column(np.bool_)  # active, consenting to matching, allowed to work (not for employers)
    share = Column(np.bool_)
    status = Column(np.int8)
    consent_matching = Column(np.bool_)
    authorization = Column(np.int8)
    commute_threshold = Column(np.float32)
    max_commute = Column(np.float64)
    relocate = Column(np.bool_)
    available = Column(np.int32)
    german = Column(np.int8)
    row_start = Column(np.intp)
    occupation_count = Column(np.int32)
    language_start = Column(np.intp)
    language_count = Column(np.int32)


class OccupationRows(ChildTable):
    """Every occupation of every candidate, in list order per owner (the list position is implied)."""

    match_key = Column(np.int32)
    title_key = Column(np.int32)
    title = Column(np.int32)
    code = Column(np.int32)
    years = Column(np.float64)
    qualification = Column(np.int8)
    status = Column(np.int8)
    compensation = Column(np.int32)


class LanguageRows(Table):
    """Every language skill as entered (for rebuilding profiles), addressed by the slot's language_start."""

    code = Column(np.int32)
    level = Column(np.int32)


class SpokenRows(ChildTable):
    """The best rank per candidate and non-German language (German is a slot column)."""

    code = Column(np.int32)
    rank = Column(np.int8)


class KeyRows(Table):
    """The occupation rows of one resolved occupation key, with the owner's place copied in: a query reads
    the keys it can reach as contiguous slices and settles most of the distance filter there."""

    owner = Column(np.int32)
    unit_x = Column(np.float32)
    unit_y = Column(np.float32)
    unit_z = Column(np.float32)
    commute_threshold = Column(np.float32)
    relocate = Column(np.bool_)


class TitleRows(KeyRows):
    """The occupation rows with unresolved titles (one table; each row names its title key)."""

    key = Column(np.int32)


class CandidateRows:
    """The rows of one upsert batch, collected as lists and handed over as columns."""

    def __init__(self, keys: OccupationKeys, strings: Interner) -> None:
        self.keys, self.strings = keys, strings
        self.slots = CandidateSlots.collector()
        self.occupations = OccupationRows.collector()
        self.languages = LanguageRows.collector()
        self.spoken = SpokenRows.collector()
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
        columns["alive"] = np.ones(len(self._ids), np.bool_)
        columns.update(place_columns(self.slots["latitude"], self.slots["longitude"]))
        columns["commute_threshold"] = chord_threshold(np.array(self.slots["max_commute"], dtype=np.float64))
        return columns

    def _add_slot(self, profile: CandidateProfile, row: int, language_row: int) -> None:
        german = max((cefr_rank(skill.level) for skill in profile.languages if skill.code == "de"), default=0)
        authorization = AUTHORIZATION_IDS.get(profile.work_authorization, AUTHORIZATION_IDS["not_permitted"])
        status = CANDIDATE_STATUSES.index(profile.status) if profile.status in CANDIDATE_STATUSES else -1
        eligible = candidate_eligible(profile, for_employer=False)
        values = {
            "eligible": eligible,
            "share": profile.consent_share_with_employers,
            "status": status,
            "consent_matching": profile.consent_matching,
            "authorization": authorization,
            "latitude": nan_if_none(profile.latitude),
            "longitude": nan_if_none(profile.longitude),
            "municipality": self.strings.optional_id(profile.municipality),
            "max_commute": nan_if_none(profile.max_commute_km),
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
        for occupation in occupations:
            code = occupation.kldb_code
            title_key = self.keys.title_key(occupation.title, unresolved=not is_resolved(code))
            qualification = occupation.qualification_level
            status = occupation.recognition_status
            values = {
                "owner": slot,
                "match_key": self.keys.code_key(code) if is_resolved(code) else title_key,
                "title_key": title_key,
                "title": self.strings.id(occupation.title),
                "code": self.strings.optional_id(code),
                "years": nan_if_none(occupation.years_experience),
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
    candidate_id: UUID,
    slot: int,
    slots: CandidateSlots,
    occupations: OccupationRows,
    languages: LanguageRows,
    strings: Interner,
) -> CandidateProfile:
    """A candidate profile from its slot and rows (every explanation rebuilds one: read the buffers with
    ``item``, which gives Python values without a NumPy view or scalar per field)."""
    at = slots.buffers
    row, count = at["row_start"].item(slot), at["occupation_count"].item(slot)
    first_language, language_count = at["language_start"].item(slot), at["language_count"].item(slot)
    values = strings.values
    code, level = languages.buffers["code"], languages.buffers["level"]
    return CandidateProfile(
        id=candidate_id,
        status=CANDIDATE_STATUSES[at["status"].item(slot)],
        consent_matching=at["consent_matching"].item(slot),
        consent_share_with_employers=at["share"].item(slot),
        work_authorization=WORK_AUTHORIZATIONS[at["authorization"].item(slot)],
        latitude=optional_float(at["latitude"].item(slot)),
        longitude=optional_float(at["longitude"].item(slot)),
        municipality=strings.optional_value(at["municipality"].item(slot)),
        max_commute_km=optional_float(at["max_commute"].item(slot)),
        willing_to_relocate=at["relocate"].item(slot),
        occupations=tuple(_occupation(occupations, strings, index) for index in range(row, row + count)),
        languages=tuple(
            LanguageSkill(code=values[code.item(index)], level=values[level.item(index)])
            for index in range(first_language, first_language + language_count)
        ),
        available_from=number_date(at["available"].item(slot)),
    )


def _occupation(rows: OccupationRows, strings: Interner, row: int) -> CandidateOccupation:
    at = rows.buffers
    qualification = at["qualification"].item(row)
    return CandidateOccupation(
        title=strings.values[at["title"].item(row)],
        kldb_code=strings.optional_value(at["code"].item(row)),
        years_experience=optional_float(at["years"].item(row)),
        qualification_level=QUALIFICATION_LEVELS[qualification] if qualification >= 0 else None,
        recognition_status=RECOGNITION_STATUSES[at["status"].item(row)],
        compensation_measure=strings.optional_value(at["compensation"].item(row)),
    )
