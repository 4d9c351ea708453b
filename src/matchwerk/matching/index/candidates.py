"""Columnar in-memory index of candidates, ranked for one vacancy with NumPy (MATCHING.md §4).

Each candidate is one slot in column arrays (``candidate_store`` on the generic ``store``); its
occupations are a flat table with an owner index, and again, with the owner's place copied in, one
contiguous table per resolved code key (plus one table of unresolved titles). Occupation scores come from
a table over the distinct codes and titles (KldB levels compared as integers, rapidfuzz ``cdist`` over
distinct titles only).

A resolved vacancy is ranked by a threshold walk (``_descend``): the score is capped by the best
occupation value, so the key tables are read best value first and the walk stops once no candidate left
can reach the k-th best score or ``min_score``; most queries read one or two keys. A conservative float32
chord test spares most rows the exact haversine. Everything else is computed only for the candidates that
pass the filters, with the same operations in the same order as ``rules.scoring.score_match``.
``VacancyIndex`` (the reverse direction) lives in ``vacancies``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

import numpy as np
from numpy.typing import NDArray

from matchwerk.matching.index.candidate_rows import AUTHORIZATION_IDS, NOT_STARTED, KeyRows
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


@dataclass(frozen=True)
class _Query:
    """One vacancy query: the vacancy, its options and the occupation value per key."""

    vacancy: VacancyProfile
    today: date
    strict: bool
    for_employer: bool
    values: FloatArray
    use_match_key: bool


class _Selection:
    """The k best (score desc, id asc) seen so far, of the scores at or above min_score after the cursor."""

    def __init__(
        self,
        k: int,
        min_score: float,
        after: tuple[float, UUID] | None,
        id_high: NDArray[np.uint64],
        id_low: NDArray[np.uint64],
    ) -> None:
        self.k, self.min_score, self.after = k, min_score, after
        self._id_high, self._id_low = id_high, id_low
        empty = np.zeros(0, np.float64)
        self.best: tuple[IntArray, FloatArray, tuple[FloatArray, ...]] = (
            np.zeros(0, np.intp),
            empty,
            (empty,) * 6,
        )

    def add(self, positions: IntArray, scores: FloatArray, components: tuple[FloatArray, ...]) -> None:
        """Merge scored candidates (none of them seen before) into the k best."""
        if len(positions) == 0:
            return
        kept, kept_scores, kept_components = self.best
        if len(kept):
            positions = np.concatenate((kept, positions))
            scores = np.concatenate((kept_scores, scores))
            components = tuple(
                np.concatenate((old, new)) for old, new in zip(kept_components, components, strict=True)
            )
        chosen = select_top(
            positions, scores, self._id_high, self._id_low, self.k, min_score=self.min_score, after=self.after
        )
        self.best = positions[chosen], scores[chosen], tuple(column[chosen] for column in components)

    def beats(self, bound: float) -> bool:
        """Whether the k best so far are all strictly above a bound, so nothing at most it can enter."""
        scores = self.best[1]
        return len(scores) >= self.k and bool(scores[-1] > bound)


class _Everyone(_Selection):
    """Every slot scoring at least min_score, in no order (statistics want them all, not ranked)."""

    def __init__(self, min_score: float) -> None:
        empty = np.zeros(0, np.uint64)
        super().__init__(1, min_score, None, empty, empty)
        self.found: list[IntArray] = []

    def add(self, positions: IntArray, scores: FloatArray, components: tuple[FloatArray, ...]) -> None:
        self.found.append(positions[scores >= self.min_score])

    def beats(self, bound: float) -> bool:
        return False


# A batch of the level walk takes further levels while it stays within this many occupation rows: one
# NumPy pass costs about as much fixed overhead as a few thousand rows of work.
_BATCH_ROWS = 4096


class CandidateIndex(CandidateStore):
    """All indexed candidates as columns; ``top_k`` ranks them for one vacancy."""

    batch_rows = _BATCH_ROWS  # tests set it low to walk level by level

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
        if k <= 0 or len(self.slots) == 0 or vacancy.status != "open":
            return []
        select = _Selection(k, min_score, after, self.slots.id_high, self.slots.id_low)
        self._rank(vacancy, today, strict, for_employer, select)
        positions, scores, components = select.best
        # Plain Python values in one pass each: results may be thousands (statistics ask for everyone).
        high, low = self.slots.id_high[positions].tolist(), self.slots.id_low[positions].tolist()
        columns = [column.tolist() for column in components]
        return [
            ScoredMatch(
                candidate_id=UUID(int=(top << 64) | bottom),
                vacancy_id=vacancy.id,
                score=score,
                components=Components(*values),
            )
            for top, bottom, score, *values in zip(high, low, scores.tolist(), *columns, strict=True)
        ]

    def reaching(self, vacancy: VacancyProfile, *, today: date, min_score: float) -> IntArray:
        """The slots of every candidate whose match scores at least ``min_score`` (all hard filters
        applied), sorted; the bulk form of ``top_k`` for statistics: no ids, no objects per match."""
        if len(self.slots) == 0 or vacancy.status != "open":
            return np.zeros(0, np.intp)
        select = _Everyone(min_score)
        self._rank(vacancy, today, False, False, select)
        return np.sort(np.concatenate(select.found)) if select.found else np.zeros(0, np.intp)

    def _rank(
        self, vacancy: VacancyProfile, today: date, strict: bool, for_employer: bool, select: _Selection
    ) -> None:
        """Score the candidates that can still enter ``select``: by the level walk for a resolved
        vacancy under a gate, otherwise every candidate whose title reaches the gate."""
        values, use_match_key = self.keys.scores(
            vacancy.kldb_code, vacancy.title, query_is_vacancy=True, floor=self.min_occupation
        )
        query = _Query(vacancy, today, strict, for_employer, values, use_match_key)
        if use_match_key and self.min_occupation > 0:
            self._descend(query, select)
        else:
            select.add(*self._score(query, self._by_title(values, use_match_key)))

    def _descend(self, query: _Query, select: _Selection) -> None:
        """Threshold walk over the occupation levels a resolved vacancy gives, best level first.

        score = occupation × (w_occ + (1 − w_occ) × rest) with rest ≤ 1, so no candidate scores above its
        best occupation value times ``_bound(1.0)`` (1.0 up to rounding, taken in floats). The code keys and
        unresolved titles at or above the gate are read level by level (every key of one value together);
        consecutive levels share one batch while it holds at most ``batch_rows`` rows, so a small index
        is one pass. A candidate is scored in the batch holding its best occupation and is final there.
        The walk stops once the next level's bound is below ``min_score`` (such levels are never read)
        or below the k-th best score so far (on equality it goes on: a tie may still win by id).
        """
        values, gate = query.values, self.min_occupation
        passing = np.flatnonzero(values >= gate)
        groups = self.groups
        by_value: dict[float, list[KeyRows]] = {}
        sizes: dict[float, int] = {}
        for key in passing.tolist():
            group = groups.get(key)
            if group is not None:
                value = float(values[key])
                by_value.setdefault(value, []).append(group)
                sizes[value] = sizes.get(value, 0) + len(group)
        titled = self.titled
        title_rows = np.zeros(0, np.intp)
        title_values = np.zeros(0, np.float64)
        if len(titled) and passing.size and np.any(self.keys.levels.kldb2[passing] < 0):
            row_values = np.take(values, titled.key)
            title_rows = np.flatnonzero(row_values >= gate)
            title_values = row_values[title_rows]
            distinct, counts = np.unique(title_values, return_counts=True)
            for value, count in zip(distinct.tolist(), counts.tolist(), strict=True):
                by_value.setdefault(value, [])
                sizes[value] = sizes.get(value, 0) + count
        factor = self._bound(1.0)
        levels = sorted(by_value, reverse=True)
        at = 0
        while at < len(levels):
            top = levels[at]
            if top * factor < select.min_score or select.beats(top * factor):
                break
            tables: list[KeyRows] = []
            rows = 0
            while (
                at < len(levels)
                and (rows == 0 or rows + sizes[levels[at]] <= self.batch_rows)
                and levels[at] * factor >= select.min_score
            ):
                tables += by_value[levels[at]]
                rows += sizes[levels[at]]
                at += 1
            low = levels[at - 1]
            title_at = (
                title_rows[(title_values >= low) & (title_values <= top)] if len(title_rows) else title_rows
            )
            positions = self._near(query.vacancy, tables, title_at)
            if len(positions):
                select.add(*self._score(query, positions, top=top))

    def _bound(self, occupation: float) -> float:
        """The highest score a candidate whose best occupation has this value can reach."""
        one = np.ones(1, np.float64)
        components = (np.full(1, occupation), one, one, one, one, one)
        return float(capped_total(self._weights, components, np.ones(1, np.bool_))[0])

    def _near(self, vacancy: VacancyProfile, tables: list[KeyRows], title_at: IntArray) -> IntArray:
        """The distinct owners of these rows that are not certainly too far (sorted)."""
        placed = vacancy.latitude is not None and vacancy.longitude is not None
        names = (
            ("owner", "unit_x", "unit_y", "unit_z", "commute_threshold", "relocate") if placed else ("owner",)
        )
        parts: list[list[NDArray[Any]]] = [
            [table.buffers[name][: len(table)] for name in names] for table in tables
        ]
        if len(title_at):
            parts.append([self.titled.buffers[name][title_at] for name in names])
        if not parts:
            return np.zeros(0, np.intp)
        columns = (
            parts[0] if len(parts) == 1 else [np.concatenate(column) for column in zip(*parts, strict=True)]
        )
        owner = columns[0]
        if vacancy.latitude is not None and vacancy.longitude is not None:
            threshold = columns[4]
            if vacancy.radius_km is not None:
                threshold = np.fmax(threshold, np.float32(chord_threshold(vacancy.radius_km)))
            units = (columns[1], columns[2], columns[3])
            owner = owner[
                ~certainly_outside(units, vacancy.latitude, vacancy.longitude, threshold) | columns[5]
            ]
        found: IntArray = np.unique(owner).astype(np.intp)
        return found

    def _by_title(self, values: FloatArray, use_match_key: bool) -> IntArray:
        """Slots reachable for a query the key walk does not serve (sorted): an unresolved title compares
        every row's title; with no gate every slot is reachable."""
        count = len(self.slots)
        if self.min_occupation <= 0:
            return np.arange(count)
        table = self.occupations
        passing = (
            np.take(values, table.match_key if use_match_key else table.title_key) >= self.min_occupation
        )
        return np.unique(table.owner[passing]).astype(np.intp)

    def _score(
        self, query: _Query, positions: IntArray, top: float | None = None
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
