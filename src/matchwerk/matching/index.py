"""Columnar in-memory index of candidates, ranked for one vacancy with NumPy (MATCHING.md §4).

Each candidate is one slot in column arrays; its occupations and languages are contiguous rows of flat
tables in slot order, so the per-candidate best occupation is one ``np.maximum.reduceat``. An upsert
tombstones the old slot and appends a new one; compaction drops tombstones once they are many. Scores are
computed with the same operations, in the same order, as ``scoring.score_match``. ``VacancyIndex`` (the
reverse direction) lives in ``vacancy_index`` and is re-exported here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from uuid import UUID

import numpy as np
from numpy.typing import NDArray

from matchwerk.matching import candidate_store
from matchwerk.matching.candidate_store import CandidateStore, chord_threshold
from matchwerk.matching.columns import (
    GAP_OFFSET,
    BoolArray,
    FloatArray,
    availability_values,
    cefr_rank,
    date_number,
    experience_values,
    gap_table,
    location_values,
    select_top,
    weighted_total,
)
from matchwerk.matching.components import (
    EARTH_RADIUS_KM,
    EXPERIENCE_SATURATION_YEARS,
    Components,
    recognition_score,
    uses_regulated_rules,
)
from matchwerk.matching.profiles import (
    RECOGNITION_STATUSES,
    CandidateProfile,
    OccupationCatalogue,
    VacancyProfile,
    Weights,
)
from matchwerk.matching.scoring import ScoredMatch
from matchwerk.matching.vacancy_index import VacancyIndex

__all__ = ["CandidateIndex", "ScoredCandidate", "VacancyIndex"]

ScoredCandidate = ScoredMatch

_RANK_SHIFT = 16
_POSITION_MASK = (1 << _RANK_SHIFT) - 1
_FULL = RECOGNITION_STATUSES.index("full")
_APPROVAL = candidate_store.AUTHORIZATION_IDS["permitted_with_approval"]


class CandidateIndex:
    """All indexed candidates as columns; ``top_k`` ranks them for one vacancy."""

    def __init__(
        self, catalogue: OccupationCatalogue, weights: Weights | None = None, *, compact_min_dead: int = 4096
    ) -> None:
        self._catalogue = catalogue
        self._weights = weights or Weights()
        self._store = CandidateStore(catalogue, compact_min_dead=compact_min_dead)

    def __len__(self) -> int:
        return len(self._store)

    def __contains__(self, candidate_id: object) -> bool:
        return isinstance(candidate_id, UUID) and candidate_id in self._store

    def upsert(self, profiles: Sequence[CandidateProfile]) -> None:
        """Add or replace candidates (the last profile of an id wins)."""
        self._store.upsert(profiles)

    def remove(self, ids: Sequence[UUID]) -> None:
        """Drop candidates; unknown ids are ignored."""
        self._store.remove(ids)

    def compact(self) -> None:
        """Drop all tombstones now."""
        self._store.compact()

    def get(self, candidate_id: UUID) -> CandidateProfile | None:
        """The indexed profile of a candidate, rebuilt from the columns."""
        return self._store.get(candidate_id)

    def memory_bytes(self) -> int:
        """Approximate memory held by the index: column buffers, string tables and the id map."""
        return self._store.memory_bytes()

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
    ) -> list[ScoredCandidate]:
        """The k best candidates for a vacancy: score desc, then id asc, after an optional keyset cursor."""
        store = self._store
        slots = store.slots
        if k <= 0 or len(slots) == 0 or vacancy.status != "open":
            return []
        keep = slots["eligible"] & slots["share"] if for_employer else slots["eligible"].copy()
        regulated = uses_regulated_rules(vacancy, self._catalogue)
        if strict:
            if vacancy.german_min is not None:
                keep &= slots["german"] > cefr_rank(vacancy.german_min) - 2
            keep &= slots["authorization"] != _APPROVAL
        occupation, status, years = self._occupation(vacancy)
        if strict and regulated:
            keep &= status == _FULL
        positions, location_applies, location = self._locate(vacancy, keep)
        if len(positions) == 0:
            return []
        # From here on only the candidates that passed the filters are looked at.
        recognition_table = np.array(
            [
                recognition_score(name, regulated, vacancy.offers_recognition_support)
                for name in RECOGNITION_STATUSES
            ]
        )
        divisor = vacancy.min_years_experience or EXPERIENCE_SATURATION_YEARS
        start = max(date_number(vacancy.start_date), date_number(today))
        components = (
            np.take(occupation, positions),
            self._language(vacancy, positions),
            np.take(recognition_table, np.take(status, positions)),
            experience_values(np.take(years, positions), divisor),
            availability_values(np.take(slots["available"], positions), start),
            location,
        )
        scores = weighted_total(self._weights, components, location_applies)
        chosen = select_top(
            positions, scores, slots["id_high"], slots["id_low"], k, min_score=min_score, after=after
        )
        return [
            ScoredMatch(
                candidate_id=store.slot_id(int(positions[at])),
                vacancy_id=vacancy.id,
                score=float(scores[at]),
                components=Components(*(float(values[at]) for values in components)),
            )
            for at in chosen.tolist()
        ]

    def _occupation(self, vacancy: VacancyProfile) -> tuple[FloatArray, NDArray[np.int8], FloatArray]:
        """Per slot: the best occupation's score, recognition status and years (first listed wins ties)."""
        store = self._store
        slots = store.slots
        values, use_match_key = store.keys.scores(vacancy.kldb_code, vacancy.title, query_is_vacancy=True)
        key = "match_key" if use_match_key else "title_key"
        occupation = np.take(values, slots[f"first_{key}"])
        status, years = slots["first_status"].copy(), slots["first_years"].copy()
        # Positions in ascending order and a strict ">" keep the first listed of equal occupations.
        for position in sorted(store.extras):
            table = store.extras[position]
            owner = table["owner"]
            candidate_values = np.take(values, table[key])
            better = np.flatnonzero(candidate_values > np.take(occupation, owner))
            if len(better):
                winners, rows = np.take(owner, better), np.take(table["row"], better)
                occupation[winners] = np.take(candidate_values, better)
                status[winners] = np.take(store.occupations["status"], rows)
                years[winners] = np.take(store.occupations["years"], rows)
        return occupation, status, years

    def _locate(
        self, vacancy: VacancyProfile, keep: BoolArray
    ) -> tuple[NDArray[np.intp], BoolArray, FloatArray]:
        """The slots that pass the distance filter too, with the location rule's (applies, component)."""
        slots = self._store.slots
        if vacancy.latitude is None or vacancy.longitude is None:
            positions = np.flatnonzero(keep)
            return positions, np.zeros(len(positions), np.bool_), np.zeros(len(positions), np.float64)
        lat_v, lon_v = np.radians(vacancy.latitude), np.radians(vacancy.longitude)
        # A cheap float32 chord test settles most candidates as certainly too far; only the rest get the
        # exact haversine, so results equal those of computing it for everyone.
        radius = vacancy.radius_km
        threshold = slots["commute_threshold"]
        if radius is not None:
            threshold = np.fmax(threshold, np.float32(chord_threshold(radius)))
        unit = (np.cos(lat_v) * np.cos(lon_v), np.cos(lat_v) * np.sin(lon_v), np.sin(lat_v))
        chord = np.zeros(len(slots), np.float32)
        for axis, coordinate in zip(("unit_x", "unit_y", "unit_z"), unit, strict=True):
            difference = slots[axis] - np.float32(coordinate)
            difference *= difference
            chord += difference
        outside = chord > threshold
        positions = np.flatnonzero(keep & (~outside | slots["relocate"]))
        near = np.flatnonzero(~np.take(outside, positions))
        distance = np.full(len(positions), np.inf)
        distance[near] = self._distance(lat_v, lon_v, np.take(positions, near))
        commute = np.take(slots["max_commute"], positions)
        allowed = commute if radius is None else np.fmax(commute, radius)
        applies, within, values = location_values(distance, allowed)
        passing = np.flatnonzero(~applies | within | np.take(slots["relocate"], positions))
        return np.take(positions, passing), np.take(applies, passing), np.take(values, passing)

    def _distance(self, lat_v: np.float64, lon_v: np.float64, positions: NDArray[np.intp]) -> FloatArray:
        slots = self._store.slots
        lat_c, lon_c = np.take(slots["lat_rad"], positions), np.take(slots["lon_rad"], positions)
        half_dlat = np.sin((lat_v - lat_c) / 2)
        half_dlon = np.sin((lon_v - lon_c) / 2)
        a = half_dlat * half_dlat + np.take(slots["cos_lat"], positions) * np.cos(lat_v) * (
            half_dlon * half_dlon
        )
        np.minimum(a, 1.0, out=a)
        distance: FloatArray = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(a))
        return distance

    def _language(self, vacancy: VacancyProfile, positions: NDArray[np.intp]) -> FloatArray:
        store = self._store
        requirements = [("de", cefr_rank(vacancy.german_min))] if vacancy.german_min is not None else []
        requirements += [(skill.code, cefr_rank(skill.level)) for skill in vacancy.languages]
        if not requirements:
            return np.ones(len(positions), np.float64)
        total = np.zeros(len(positions), np.float64)
        for code, required in requirements:
            table = gap_table(vacancy.offers_language_course and code == "de")
            # The score for every level 0..7 the candidate may have, looked up by level directly.
            by_level = table[required + GAP_OFFSET - np.arange(GAP_OFFSET + 1)]
            total += np.take(by_level, np.take(store.language_levels(code), positions))
        result: FloatArray = total / len(requirements)
        return result
