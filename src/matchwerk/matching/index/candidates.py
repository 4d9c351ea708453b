"""Columnar in-memory index of candidates, ranked for one vacancy with NumPy (MATCHING.md §4).

Each candidate is one slot in column arrays (``candidate_store`` on the generic ``store``). Its
occupations are a flat table with an
owner index; the first occupation is also kept in the slot and the others in one small table per list
position, so the per-candidate best occupation (first listed among equals) is a gather plus a few
"strictly better" scatters instead of a ``reduceat`` over every row. Occupation scores come from a table
over the distinct codes and titles (KldB levels compared as integers, rapidfuzz ``cdist`` over distinct
titles only). A conservative float32 chord test spares most candidates the exact haversine. Everything
else is computed only for the candidates that pass the filters, with the same operations in the same
order as ``rules.scoring.score_match``. ``VacancyIndex`` (the reverse direction) lives in ``vacancies``.
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

import numpy as np
from numpy.typing import NDArray

from matchwerk.matching.index.candidate_rows import AUTHORIZATION_IDS, NOT_STARTED
from matchwerk.matching.index.candidate_store import CandidateStore
from matchwerk.matching.index.columns import BoolArray, FloatArray, IntArray, date_number
from matchwerk.matching.index.geo import certainly_outside, chord_threshold, haversine_columns
from matchwerk.matching.index.kernels import (
    availability_values,
    capped_total,
    experience_values,
    level_scores,
    location_values,
    recognition_table,
    select_top,
)
from matchwerk.matching.rules.components import Components, uses_regulated_rules
from matchwerk.matching.rules.profiles import VacancyProfile
from matchwerk.matching.rules.scoring import ScoredMatch
from matchwerk.matching.rules.vocabulary import (
    EXPERIENCE_SATURATION_YEARS,
    GERMAN_BLOCKER_GAP,
    RECOGNITION_STATUSES,
    cefr_rank,
)

_FULL = RECOGNITION_STATUSES.index("full")
_APPROVAL = AUTHORIZATION_IDS["permitted_with_approval"]


class CandidateIndex(CandidateStore):
    """All indexed candidates as columns; ``top_k`` ranks them for one vacancy."""

    def top_k(
        self,
        vacancy: VacancyProfile,
        k: int,
        *,
        today: date,
        min_score: float = 0.0,
        strict: bool = False,
        for_employer: bool = False,
        after: tuple[float, UUID] | None = None,
    ) -> list[ScoredMatch]:
        """The k best candidates for a vacancy: score desc, then id asc, after an optional keyset cursor."""
        if k <= 0:
            return []
        scored = self._score(vacancy, today=today, strict=strict, for_employer=for_employer)
        if scored is None:
            return []
        positions, scores, components = scored
        slots = self.slots
        chosen = select_top(
            positions, scores, slots.id_high, slots.id_low, k, min_score=min_score, after=after
        )
        return [
            ScoredMatch(
                candidate_id=self.slot_id(int(positions[at])),
                vacancy_id=vacancy.id,
                score=float(scores[at]),
                components=Components(*(float(values[at]) for values in components)),
            )
            for at in chosen.tolist()
        ]

    def reaching(self, vacancy: VacancyProfile, *, today: date, min_score: float) -> IntArray:
        """The slots of every candidate whose match scores at least ``min_score`` (all hard filters
        applied), sorted; the bulk form of ``top_k`` for statistics: no ids, no objects per match."""
        scored = self._score(vacancy, today=today, strict=False, for_employer=False)
        if scored is None:
            return np.zeros(0, np.intp)
        positions, scores, _ = scored
        return np.sort(positions[scores >= min_score])

    def _score(
        self, vacancy: VacancyProfile, *, today: date, strict: bool, for_employer: bool
    ) -> tuple[IntArray, FloatArray, tuple[FloatArray, ...]] | None:
        """Every candidate passing the gate and the hard filters: slots, scores and the six components."""
        slots = self.slots
        if len(slots) == 0 or vacancy.status != "open":
            return None
        values, use_match_key = self.keys.scores(
            vacancy.kldb_code, vacancy.title, query_is_vacancy=True, floor=self.min_occupation
        )
        positions = self.reachable(values, use_match_key, vacancy)
        keep = np.take(slots.eligible, positions)
        if for_employer:
            keep &= np.take(slots.share, positions)
        if strict:
            if vacancy.german_min is not None:
                german_floor = cefr_rank(vacancy.german_min) - GERMAN_BLOCKER_GAP
                keep &= np.take(slots.german, positions) > german_floor
            keep &= np.take(slots.authorization, positions) != _APPROVAL
        positions, location_applies, location = self._locate(vacancy, positions[keep])
        occupation, status, years = self._best_occupation(values, use_match_key, positions)
        regulated = uses_regulated_rules(vacancy, self._catalogue)
        if strict and regulated:
            full = np.flatnonzero(status == _FULL)
            positions, location_applies, location = positions[full], location_applies[full], location[full]
            occupation, status, years = occupation[full], status[full], years[full]
        if len(positions) == 0:
            return None
        # From here on only the candidates that passed every filter are looked at.
        recognition = recognition_table(regulated, vacancy.offers_recognition_support)
        divisor = vacancy.min_years_experience or EXPERIENCE_SATURATION_YEARS
        start = max(date_number(vacancy.start_date), date_number(today))
        components = (
            occupation,
            self._language(vacancy, positions),
            np.take(recognition, status),
            experience_values(years, divisor),
            availability_values(np.take(slots.available, positions), start),
            location,
        )
        return positions, capped_total(self._weights, components, location_applies), components

    def reachable(self, values: FloatArray, use_match_key: bool, vacancy: VacancyProfile) -> IntArray:
        """Slots with an occupation at or above the gate that are not certainly too far (sorted).

        ``values`` is the occupation component per key for one query. A resolved query scans only the
        areas (KldB 2-digit; -1 for unresolved titles) holding a key at or above the gate; an unresolved
        query compares titles, so it scans every area. The area rows carry their owner's place, so the
        conservative chord test runs front to back over them; ``_locate`` decides exactly afterwards.
        With no gate every slot is reachable.
        """
        count = len(self.slots)
        if self.min_occupation <= 0:
            return np.arange(count)
        passing = values >= self.min_occupation
        if use_match_key:
            wanted = np.unique(self.keys.levels.kldb2[passing]).tolist()
            buckets = [self.areas[area] for area in wanted if area in self.areas]
        else:
            buckets = list(self.areas.values())
        place = (vacancy.latitude, vacancy.longitude)
        radius = None if vacancy.radius_km is None else np.float32(chord_threshold(vacancy.radius_km))
        mask = np.zeros(count, np.bool_)
        for bucket in buckets:
            near = np.take(passing, bucket.match_key if use_match_key else bucket.title_key)
            if place[0] is not None and place[1] is not None:
                threshold = (
                    bucket.commute_threshold if radius is None else np.fmax(bucket.commute_threshold, radius)
                )
                units = (bucket.unit_x, bucket.unit_y, bucket.unit_z)
                near &= ~certainly_outside(units, place[0], place[1], threshold) | bucket.relocate
            mask[bucket.owner[near]] = True
        return np.flatnonzero(mask)

    def _best_occupation(
        self, values: FloatArray, use_match_key: bool, positions: IntArray
    ) -> tuple[FloatArray, NDArray[np.int8], FloatArray]:
        """Per position: the best occupation's score, recognition status and years (first listed wins)."""
        count = len(positions)
        occupation = np.zeros(count, np.float64)
        status = np.full(count, NOT_STARTED, np.int8)
        years = np.full(count, np.nan, np.float64)
        counts = np.take(self.slots.occupation_count, positions).astype(np.intp)
        having = np.flatnonzero(counts > 0)
        if len(having) == 0:
            return occupation, status, years
        counts = counts[having]
        segment_start = np.cumsum(counts) - counts
        first_row = np.take(self.slots.row_start, positions[having])
        # Every occupation row of these candidates, owner by owner, in list order.
        rows = np.arange(int(counts.sum())) + np.repeat(first_row - segment_start, counts)
        table = self.occupations
        row_values = np.take(values, np.take(table.match_key if use_match_key else table.title_key, rows))
        best = np.maximum.reduceat(row_values, segment_start)
        segment = np.repeat(np.arange(len(having)), counts)
        at_best = np.flatnonzero(row_values == np.take(best, segment))
        first_best = at_best[np.concatenate(([True], segment[at_best[1:]] != segment[at_best[:-1]]))]
        best_rows = rows[first_best]
        occupation[having] = best
        status[having] = np.take(table.status, best_rows)
        years[having] = np.take(table.years, best_rows)
        return occupation, status, years

    def _locate(self, vacancy: VacancyProfile, positions: IntArray) -> tuple[IntArray, BoolArray, FloatArray]:
        """The positions that pass the distance filter too, with the location rule's (applies, component)."""
        slots = self.slots
        if vacancy.latitude is None or vacancy.longitude is None:
            return positions, np.zeros(len(positions), np.bool_), np.zeros(len(positions), np.float64)
        # A cheap float32 chord test settles most candidates as certainly too far; only the rest get the
        # exact haversine, so the results equal computing it for everyone.
        radius = vacancy.radius_km
        threshold = np.take(slots.commute_threshold, positions)
        if radius is not None:
            threshold = np.fmax(threshold, np.float32(chord_threshold(radius)))
        units = (
            np.take(slots.unit_x, positions),
            np.take(slots.unit_y, positions),
            np.take(slots.unit_z, positions),
        )
        outside = certainly_outside(units, vacancy.latitude, vacancy.longitude, threshold)
        relocate = np.take(slots.relocate, positions)
        considered = np.flatnonzero(~outside | relocate)
        positions, outside, relocate = positions[considered], outside[considered], relocate[considered]
        near = np.flatnonzero(~outside)
        distance = np.full(len(positions), np.inf)
        near_slots = positions[near]
        distance[near] = haversine_columns(
            np.take(slots.lat_rad, near_slots),
            np.take(slots.lon_rad, near_slots),
            np.take(slots.cos_lat, near_slots),
            vacancy.latitude,
            vacancy.longitude,
        )
        commute = np.take(slots.max_commute, positions)
        allowed = commute if radius is None else np.fmax(commute, radius)
        applies, within, values = location_values(distance, allowed)
        passing = np.flatnonzero(~applies | within | relocate)
        return positions[passing], applies[passing], values[passing]

    def _language(self, vacancy: VacancyProfile, positions: NDArray[np.intp]) -> FloatArray:
        requirements = [("de", cefr_rank(vacancy.german_min))] if vacancy.german_min is not None else []
        requirements += [(skill.code, cefr_rank(skill.level)) for skill in vacancy.languages]
        if not requirements:
            return np.ones(len(positions), np.float64)
        total = np.zeros(len(positions), np.float64)
        for code, required in requirements:
            # The score for every level 0..7 the candidate may have, looked up by level directly.
            by_level = level_scores(required, vacancy.offers_language_course and code == "de")
            total += np.take(by_level, np.take(self.language_levels(code), positions))
        result: FloatArray = total / len(requirements)
        return result
