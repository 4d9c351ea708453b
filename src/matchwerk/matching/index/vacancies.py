"""Columnar in-memory index of vacancies, ranked for one candidate (the reverse of ``CandidateIndex``)."""

from __future__ import annotations

from datetime import date
from uuid import UUID

import numpy as np
from numpy.typing import NDArray

from matchwerk.matching.index.columns import BoolArray, FloatArray, date_number
from matchwerk.matching.index.geo import haversine_columns
from matchwerk.matching.index.kernels import (
    GAP_OFFSET,
    availability_values,
    capped_total,
    experience_values,
    gap_table,
    location_values,
    recognition_table,
    select_top,
)
from matchwerk.matching.index.vacancy_store import VacancyStore
from matchwerk.matching.rules.components import Components, language_level
from matchwerk.matching.rules.profiles import CandidateProfile
from matchwerk.matching.rules.scoring import ScoredMatch
from matchwerk.matching.rules.vocabulary import (
    GERMAN_BLOCKER_GAP,
    RECOGNITION_STATUSES,
    candidate_eligible,
    cefr_rank,
)

_FULL = RECOGNITION_STATUSES.index("full")
_NOT_STARTED = RECOGNITION_STATUSES.index("not_started")


class VacancyIndex(VacancyStore):
    """All indexed vacancies as columns; ``top_k`` ranks them for one candidate."""

    def top_k(
        self,
        candidate: CandidateProfile,
        k: int,
        *,
        today: date,
        min_score: float = 0.0,
        strict: bool = False,
        for_employer: bool = False,
        after: tuple[float, UUID] | None = None,
    ) -> list[ScoredMatch]:
        """The k best open vacancies for a candidate: score desc, then id asc, after an optional cursor."""
        slots = self.slots
        eligible = candidate_eligible(candidate, for_employer=for_employer)
        if k <= 0 or len(slots) == 0 or not eligible:
            return []
        if strict and candidate.work_authorization == "permitted_with_approval":
            return []
        occupation, status, years = self._occupation(candidate)
        keep = slots.open & (occupation >= self.min_occupation)  # the occupation gate
        german = language_level(candidate, "de")
        if strict:
            keep &= ~slots.regulated | (status == _FULL)
            keep &= (slots.german_min < 0) | (slots.german_rank - german < GERMAN_BLOCKER_GAP)
        location_applies, location = self._location(candidate, keep)
        positions = np.flatnonzero(keep)
        if len(positions) == 0:
            return []
        tables = np.array(
            [
                recognition_table(regulated, support)
                for regulated in (False, True)
                for support in (False, True)
            ]
        )
        table_row = 2 * slots.regulated[positions] + slots.support[positions]
        status = status[positions]
        start = slots.start[positions]
        components = (
            occupation[positions],
            self._language(candidate, positions),
            tables[table_row, status],
            experience_values(years[positions], slots.divisor[positions]),
            availability_values(date_number(candidate.available_from), np.maximum(start, date_number(today))),
            location[positions],
        )
        scores = capped_total(self._weights, components, location_applies[positions])
        order = select_top(
            positions, scores, slots.id_high, slots.id_low, k, min_score=min_score, after=after
        )
        return [
            ScoredMatch(
                candidate_id=candidate.id,
                vacancy_id=self.slot_id(int(positions[at])),
                score=float(scores[at]),
                components=Components(*(float(values[at]) for values in components)),
            )
            for at in order.tolist()
        ]

    def _occupation(self, candidate: CandidateProfile) -> tuple[FloatArray, NDArray[np.int64], FloatArray]:
        """Per vacancy: the best occupation's score, recognition status and years (first listed wins ties)."""
        slots = self.slots
        count = len(slots)
        if not candidate.occupations:
            return np.zeros(count), np.full(count, _NOT_STARTED, np.int64), np.full(count, np.nan)
        per_occupation = []
        for occupation in candidate.occupations:
            values, use_match_key = self.keys.scores(
                occupation.kldb_code, occupation.title, query_is_vacancy=False, floor=self.min_occupation
            )
            per_occupation.append(values[slots.match_key if use_match_key else slots.title_key])
        stacked = np.vstack(per_occupation)
        best = np.argmax(stacked, axis=0)
        statuses = np.array(
            [
                RECOGNITION_STATUSES.index(s if s in RECOGNITION_STATUSES else "not_started")
                for s in (occupation.recognition_status for occupation in candidate.occupations)
            ],
            dtype=np.int64,
        )
        years = np.array(
            [np.nan if o.years_experience is None else o.years_experience for o in candidate.occupations],
            dtype=np.float64,
        )
        return stacked[best, np.arange(count)], statuses[best], years[best]

    def _location(self, candidate: CandidateProfile, keep: BoolArray) -> tuple[BoolArray, FloatArray]:
        slots = self.slots
        count = len(slots)
        if candidate.latitude is None or candidate.longitude is None:
            return np.zeros(count, np.bool_), np.zeros(count, np.float64)
        distance = haversine_columns(
            slots.lat_rad, slots.lon_rad, slots.cos_lat, candidate.latitude, candidate.longitude
        )
        commute = np.nan if candidate.max_commute_km is None else candidate.max_commute_km
        allowed = np.fmax(slots.radius, commute)
        applies, within, values = location_values(distance, allowed)
        if not candidate.willing_to_relocate:
            keep &= ~applies | within
        return applies, values

    def _language(self, candidate: CandidateProfile, positions: NDArray[np.intp]) -> FloatArray:
        slots, rows = self.slots, self.languages
        german = language_level(candidate, "de")
        total = np.zeros(len(slots), np.float64)
        with_german = slots.german_min >= 0
        german_gap = slots.german_rank + GAP_OFFSET - german
        german_scores = np.where(slots.course, gap_table(True)[german_gap], gap_table(False)[german_gap])
        total += np.where(with_german, german_scores, 0.0)
        if len(rows):
            level_of = np.zeros(len(self.strings), np.int64)
            for skill in candidate.languages:
                code = self.strings.get(skill.code)
                if code is not None:
                    level_of[code] = max(level_of[code], cefr_rank(skill.level))
            owner = rows.owner
            levels = np.where(rows.german, german, level_of[rows.code])
            gaps = rows.rank + GAP_OFFSET - levels
            course = rows.german & slots.course[owner]
            scores = np.where(course, gap_table(True)[gaps], gap_table(False)[gaps])
            # Add requirement by requirement in their listed order, as the scalar average does.
            position = rows.position
            for index in range(int(position.max()) + 1):
                at = position == index
                total[owner[at]] += scores[at]
        count = slots.requirement_count[positions]
        with np.errstate(divide="ignore", invalid="ignore"):
            result: FloatArray = np.where(count > 0, total[positions] / count, 1.0)
        return result
