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

from matchwerk.matching.index.candidate_rows import AUTHORIZATION_IDS
from matchwerk.matching.index.candidate_store import CandidateStore
from matchwerk.matching.index.columns import BoolArray, FloatArray, date_number
from matchwerk.matching.index.geo import certainly_outside, chord_threshold, haversine_columns
from matchwerk.matching.index.kernels import (
    availability_values,
    experience_values,
    level_scores,
    location_values,
    recognition_table,
    select_top,
    weighted_total,
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
        slots = self.slots
        if k <= 0 or len(slots) == 0 or vacancy.status != "open":
            return []
        keep = slots.eligible & slots.share if for_employer else slots.eligible.copy()
        regulated = uses_regulated_rules(vacancy, self._catalogue)
        if strict:
            if vacancy.german_min is not None:
                keep &= slots.german > cefr_rank(vacancy.german_min) - GERMAN_BLOCKER_GAP
            keep &= slots.authorization != _APPROVAL
        occupation, status, years = self._occupation(vacancy)
        if strict and regulated:
            keep &= status == _FULL
        positions, location_applies, location = self._locate(vacancy, keep)
        if len(positions) == 0:
            return []
        # From here on only the candidates that passed the filters are looked at.
        recognition = recognition_table(regulated, vacancy.offers_recognition_support)
        divisor = vacancy.min_years_experience or EXPERIENCE_SATURATION_YEARS
        start = max(date_number(vacancy.start_date), date_number(today))
        components = (
            np.take(occupation, positions),
            self._language(vacancy, positions),
            np.take(recognition, np.take(status, positions)),
            experience_values(np.take(years, positions), divisor),
            availability_values(np.take(slots.available, positions), start),
            location,
        )
        scores = weighted_total(self._weights, components, location_applies)
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

    def _occupation(self, vacancy: VacancyProfile) -> tuple[FloatArray, NDArray[np.int8], FloatArray]:
        """Per slot: the best occupation's score, recognition status and years (first listed wins ties)."""
        slots = self.slots
        values, use_match_key = self.keys.scores(vacancy.kldb_code, vacancy.title, query_is_vacancy=True)
        occupation = np.take(values, slots.first_match_key if use_match_key else slots.first_title_key)
        status, years = slots.first_status.copy(), slots.first_years.copy()
        # Positions in ascending order and a strict ">" keep the first listed of equal occupations.
        for position in sorted(self.extras):
            table = self.extras[position]
            owner = table.owner
            candidate_values = np.take(values, table.match_key if use_match_key else table.title_key)
            better = np.flatnonzero(candidate_values > np.take(occupation, owner))
            if len(better):
                winners, rows = np.take(owner, better), np.take(table.row, better)
                occupation[winners] = np.take(candidate_values, better)
                status[winners] = np.take(self.occupations.status, rows)
                years[winners] = np.take(self.occupations.years, rows)
        return occupation, status, years

    def _locate(
        self, vacancy: VacancyProfile, keep: BoolArray
    ) -> tuple[NDArray[np.intp], BoolArray, FloatArray]:
        """The slots that pass the distance filter too, with the location rule's (applies, component)."""
        slots = self.slots
        if vacancy.latitude is None or vacancy.longitude is None:
            positions = np.flatnonzero(keep)
            return positions, np.zeros(len(positions), np.bool_), np.zeros(len(positions), np.float64)
        # A cheap float32 chord test settles most candidates as certainly too far; only the rest get the
        # exact haversine, so the results equal computing it for everyone.
        radius = vacancy.radius_km
        threshold = slots.commute_threshold
        if radius is not None:
            threshold = np.fmax(threshold, np.float32(chord_threshold(radius)))
        units = (slots.unit_x, slots.unit_y, slots.unit_z)
        outside = certainly_outside(units, vacancy.latitude, vacancy.longitude, threshold)
        positions = np.flatnonzero(keep & (~outside | slots.relocate))
        near = np.take(positions, np.flatnonzero(~np.take(outside, positions)))
        distance = np.full(len(positions), np.inf)
        distance[np.searchsorted(positions, near)] = haversine_columns(
            np.take(slots.lat_rad, near),
            np.take(slots.lon_rad, near),
            np.take(slots.cos_lat, near),
            vacancy.latitude,
            vacancy.longitude,
        )
        commute = np.take(slots.max_commute, positions)
        allowed = commute if radius is None else np.fmax(commute, radius)
        applies, within, values = location_values(distance, allowed)
        passing = np.flatnonzero(~applies | within | np.take(slots.relocate, positions))
        return np.take(positions, passing), np.take(applies, passing), np.take(values, passing)

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
