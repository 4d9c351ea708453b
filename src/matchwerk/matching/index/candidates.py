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

from datetime import date
from typing import Any
from uuid import UUID

import numpy as np
from numpy.typing import NDArray

from matchwerk.matching.index.candidate_rows import KeyRows
from matchwerk.matching.index.candidate_scoring import CandidateScoring, Query
from matchwerk.matching.index.columns import FloatArray, IntArray
from matchwerk.matching.index.geo import certainly_outside, chord_threshold
from matchwerk.matching.index.kernels import capped_total
from matchwerk.matching.index.selection import Everyone, Selection
from matchwerk.matching.rules.components import Components
from matchwerk.matching.rules.profiles import VacancyProfile
from matchwerk.matching.rules.scoring import ScoredMatch

# A batch of the level walk takes further levels while it stays within this many occupation rows: one
# NumPy pass costs about as much fixed overhead as a few thousand rows of work.
_BATCH_ROWS = 4096


class CandidateIndex(CandidateScoring):
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
        select = Selection(k, min_score, after, self.slots.id_high, self.slots.id_low)
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
        select = Everyone(min_score)
        self._rank(vacancy, today, False, False, select)
        return np.sort(np.concatenate(select.found)) if select.found else np.zeros(0, np.intp)

    def _rank(
        self, vacancy: VacancyProfile, today: date, strict: bool, for_employer: bool, select: Selection
    ) -> None:
        """Score the candidates that can still enter ``select``: by the level walk for a resolved
        vacancy under a gate, otherwise every candidate whose title reaches the gate."""
        values, use_match_key = self.keys.scores(
            vacancy.kldb_code, vacancy.title, query_is_vacancy=True, floor=self.min_occupation
        )
        query = Query(vacancy, today, strict, for_employer, values, use_match_key)
        if use_match_key and self.min_occupation > 0:
            self._descend(query, select)
        else:
            select.add(*self._score(query, self._by_title(values, use_match_key)))

    def _descend(self, query: Query, select: Selection) -> None:
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
