"""Scoring candidates for one vacancy: the hard filters, the best occupation and the six components, with
the same operations in the same order as ``rules.scoring.score_match`` (MATCHING.md §1–2).

``CandidateIndex`` (``candidates``) decides which slots to score; this part scores a given set of slots.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

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
)
from matchwerk.matching.rules.components import uses_regulated_rules
from matchwerk.matching.rules.profiles import VacancyProfile
from matchwerk.matching.rules.vocabulary import (
    EXPERIENCE_SATURATION_YEARS,
    GERMAN_BLOCKER_GAP,
    RECOGNITION_STATUSES,
    cefr_rank,
)

_FULL = RECOGNITION_STATUSES.index("full")
_APPROVAL = AUTHORIZATION_IDS["permitted_with_approval"]


@dataclass(frozen=True)
class Query:
    """One vacancy query: the vacancy, its options and the occupation value per key."""

    vacancy: VacancyProfile
    today: date
    strict: bool
    for_employer: bool
    values: FloatArray
    use_match_key: bool


class CandidateScoring(CandidateStore):
    """The candidate store plus scoring of chosen slots for one vacancy query."""

    def _score(
        self, query: Query, positions: IntArray, top: float | None = None
    ) -> tuple[IntArray, FloatArray, tuple[FloatArray, ...]]:
        """Filter these slots and score the rest: positions, scores, components.

        With ``top``, only candidates whose best occupation is at most ``top`` are kept (the others were
        scored in an earlier batch of the walk).
        """
        slots, vacancy, strict = self.slots, query.vacancy, query.strict
        keep = np.take(slots.eligible, positions)
        if query.for_employer:
            keep &= np.take(slots.share, positions)
        if strict:
            if vacancy.german_min is not None:
                german_floor = cefr_rank(vacancy.german_min) - GERMAN_BLOCKER_GAP
                keep &= np.take(slots.german, positions) > german_floor
            keep &= np.take(slots.authorization, positions) != _APPROVAL
        positions, location_applies, location = self._locate(vacancy, positions[keep])
        occupation, status, years = self._best_occupation(query.values, query.use_match_key, positions)
        regulated = uses_regulated_rules(vacancy, self._catalogue)
        chosen = None
        if top is not None:
            chosen = occupation <= top
        if strict and regulated:
            full = status == _FULL
            chosen = full if chosen is None else chosen & full
        if chosen is not None:
            at = np.flatnonzero(chosen)
            positions, location_applies, location = positions[at], location_applies[at], location[at]
            occupation, status, years = occupation[at], status[at], years[at]
        # From here on only the candidates that passed every filter are looked at.
        recognition = recognition_table(regulated, vacancy.offers_recognition_support)
        divisor = vacancy.min_years_experience or EXPERIENCE_SATURATION_YEARS
        start = max(date_number(vacancy.start_date), date_number(query.today))
        components = (
            occupation,
            self._language(vacancy, positions),
            np.take(recognition, status),
            experience_values(years, divisor),
            availability_values(np.take(slots.available, positions), start),
            location,
        )
        return positions, capped_total(self._weights, components, location_applies), components

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
