"""The vacancy side of the generic store: one slot per vacancy, required languages as flat rows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any
from uuid import UUID

import numpy as np

from matchwerk.matching.index.columns import (
    BoolArray,
    Column,
    IntArray,
    Table,
    date_number,
    nan_if_none,
    number_date,
    optional_float,
    uuid_from_halves,
    uuid_halves,
)
from matchwerk.matching.index.geo import place_columns
from matchwerk.matching.index.store import ChildTable, PlacedSlotTable, SlotStore
from matchwerk.matching.rules.components import is_resolved, uses_regulated_rules
from matchwerk.matching.rules.profiles import LanguageSkill, OccupationCatalogue, VacancyProfile
from matchwerk.matching.rules.vocabulary import (
    DEFAULT_MIN_OCCUPATION,
    EXPERIENCE_SATURATION_YEARS,
    RECOGNITION_REQUIREMENTS,
    VACANCY_STATUSES,
    Weights,
    cefr_rank,
)


class VacancySlots(PlacedSlotTable):
    """One slot per vacancy, with the query-independent parts of its rules precomputed."""

    employer_high = Column(np.uint64)
    employer_low = Column(np.uint64)
    open = Column(np.bool_)
    status = Column(np.int8)
    title = Column(np.int32)
    code = Column(np.int32)
    match_key = Column(np.int32)
    title_key = Column(np.int32)
    radius = Column(np.float64)
    start = Column(np.int32)
    german_min = Column(np.int32)
    german_rank = Column(np.int8)
    min_years = Column(np.float64)
    divisor = Column(np.float64)
    recognition = Column(np.int8)
    regulated = Column(np.bool_)
    course = Column(np.bool_)
    support = Column(np.bool_)
    requirement_count = Column(np.int32)
    language_start = Column(np.intp)
    language_count = Column(np.int32)


class RequirementRows(ChildTable):
    """The languages a vacancy requires besides ``german_min``, in listed order."""

    position = Column(np.int32)
    code = Column(np.int32)
    level = Column(np.int32)
    rank = Column(np.int8)
    german = Column(np.bool_)


class VacancyStore(SlotStore[VacancyProfile, VacancySlots]):
    """Vacancies as columns with tombstones and compaction."""

    def __init__(
        self,
        catalogue: OccupationCatalogue,
        weights: Weights | None = None,
        *,
        compact_min_dead: int = 1024,
        min_occupation: float = DEFAULT_MIN_OCCUPATION,
    ) -> None:
        super().__init__(
            catalogue,
            weights,
            VacancySlots(),
            compact_min_dead=compact_min_dead,
            min_occupation=min_occupation,
        )
        self.languages = RequirementRows()

    def _append(self, profiles: list[VacancyProfile], first_slot: int) -> None:
        slots, languages = VacancySlots.collector(), RequirementRows.collector()
        language_row = len(self.languages)
        for offset, vacancy in enumerate(profiles):
            self._add_slot(slots, vacancy, language_row)
            self._add_languages(languages, first_slot + offset, vacancy.languages)
            language_row += len(vacancy.languages)
        columns: dict[str, Any] = dict(slots)
        columns["alive"] = np.ones(len(profiles), np.bool_)
        columns["id_high"], columns["id_low"] = uuid_halves([vacancy.id for vacancy in profiles])
        columns["employer_high"], columns["employer_low"] = uuid_halves(
            [vacancy.employer_id for vacancy in profiles]
        )
        columns.update(place_columns(slots["latitude"], slots["longitude"]))
        self.slots.extend(columns)
        self.languages.extend(languages)

    def _add_slot(self, slots: dict[str, list[Any]], vacancy: VacancyProfile, language_row: int) -> None:
        code = vacancy.kldb_code
        title_key = self.keys.title_key(vacancy.title, unresolved=not is_resolved(code))
        german_min = vacancy.german_min
        minimum = vacancy.min_years_experience
        values = {
            "open": vacancy.status == "open",
            "status": VACANCY_STATUSES.index(vacancy.status) if vacancy.status in VACANCY_STATUSES else -1,
            "title": self.strings.id(vacancy.title),
            "code": self.strings.optional_id(code),
            "match_key": self.keys.code_key(code) if is_resolved(code) else title_key,
            "title_key": title_key,
            "latitude": nan_if_none(vacancy.latitude),
            "longitude": nan_if_none(vacancy.longitude),
            "municipality": self.strings.optional_id(vacancy.municipality),
            "radius": nan_if_none(vacancy.radius_km),
            "start": date_number(vacancy.start_date),
            "german_min": self.strings.optional_id(german_min),
            "german_rank": cefr_rank(german_min),
            "min_years": nan_if_none(minimum),
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

    def _tombstone(self, slot: int) -> None:
        self.slots.open[slot] = False

    def _compact_children(self, alive: BoolArray, new_slot: IntArray) -> None:
        self.languages.drop_dead(alive, new_slot)

    def _after_compact(self) -> None:
        counts = self.slots.language_count
        self.slots.language_start[:] = np.cumsum(counts) - counts

    def _rebuild(self, item_id: UUID, slot: int) -> VacancyProfile:
        column, strings, rows = self.slots, self.strings, self.languages
        first, count = int(column.language_start[slot]), int(column.language_count[slot])
        return VacancyProfile(
            id=item_id,
            employer_id=uuid_from_halves(column.employer_high[slot], column.employer_low[slot]),
            status=VACANCY_STATUSES[column.status[slot]],
            title=strings.values[column.title[slot]],
            kldb_code=strings.optional_value(int(column.code[slot])),
            latitude=optional_float(column.latitude[slot]),
            longitude=optional_float(column.longitude[slot]),
            municipality=strings.optional_value(int(column.municipality[slot])),
            radius_km=optional_float(column.radius[slot]),
            start_date=number_date(int(column.start[slot])),
            german_min=strings.optional_value(int(column.german_min[slot])),
            languages=tuple(
                LanguageSkill(code=strings.values[rows.code[row]], level=strings.values[rows.level[row]])
                for row in range(first, first + count)
            ),
            min_years_experience=optional_float(column.min_years[slot]),
            recognition=RECOGNITION_REQUIREMENTS[column.recognition[slot]],
            offers_language_course=bool(column.course[slot]),
            offers_recognition_support=bool(column.support[slot]),
        )

    def _tables(self) -> Iterable[Table]:
        return (self.slots, self.languages)
