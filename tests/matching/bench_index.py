"""Micro-benchmark of CandidateIndex: 1,000,000 synthetic candidates, vacancy → top 20 (not a test).

Run: PYTHONPATH=src python tests/matching/bench_index.py [--candidates N] [--queries Q]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta
from uuid import UUID

import numpy as np

from matchwerk.matching.index.candidates import CandidateIndex
from matchwerk.matching.rules.profiles import (
    CandidateOccupation,
    CandidateProfile,
    LanguageSkill,
    VacancyProfile,
)

TODAY = date(2025, 3, 1)
LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2", "native")
STATUSES = ("not_started", "not_required", "applied", "partial", "full", "rejected", "zab_evaluated")


class SyntheticCatalogue:
    """About 1,300 KldB-like codes, a tenth regulated, each with two related codes."""

    def __init__(self, rng: np.random.Generator) -> None:
        groups = sorted({f"{number:04d}" for number in rng.integers(1100, 9500, 450)})
        self.codes = [group + str(level) for group in groups for level in (1, 2, 3, 4) if rng.random() < 0.75]
        self._regulated = {code for code in self.codes if rng.random() < 0.1}
        self._related = {
            code: {str(other): float(rng.uniform(0.3, 0.8)) for other in rng.choice(self.codes, 2)}
            for code in self.codes
        }

    def is_regulated(self, kldb_code: str) -> bool:
        """Regulated codes."""
        return kldb_code in self._regulated

    def related(self, kldb_code: str) -> Mapping[str, float]:
        """Related codes."""
        return self._related.get(kldb_code, {})

    def helper_code(self, kldb_code: str) -> str | None:
        """Helper code of the group."""
        helper = kldb_code[:4] + "1"
        return helper if helper in self._related else None

    def title(self, kldb_code: str, lang: str) -> str:
        """Title."""
        return f"Beruf {kldb_code}"

    def normalise(self, title: str) -> str:
        """Lower case."""
        return title.lower()


def make_candidates(
    count: int, catalogue: SyntheticCatalogue, rng: np.random.Generator
) -> list[CandidateProfile]:
    """Synthetic candidates spread over NRW (random draws vectorised, objects built in one pass)."""
    words = [
        "elektriker",
        "koch",
        "pflege",
        "fahrer",
        "lager",
        "bau",
        "maler",
        "helfer",
        "monteur",
        "technik",
    ]
    free_titles = [f"{words[i % 10]} {words[(i // 10) % 10]} {i}" for i in range(5000)]
    codes = catalogue.codes
    occupation_counts = rng.choice([0, 1, 2, 3], count, p=[0.03, 0.6, 0.27, 0.1])
    rows = int(occupation_counts.sum())
    code_of_row = rng.integers(len(codes), size=rows)
    resolved = rng.random(rows) < 0.9
    free_of_row = rng.integers(5000, size=rows)
    years = np.where(rng.random(rows) < 0.8, rng.integers(0, 15, rows), -1).tolist()
    status_of_row = rng.integers(len(STATUSES), size=rows)
    occupations = [
        CandidateOccupation(
            title=f"Beruf {codes[code_of_row[r]]}" if resolved[r] else free_titles[free_of_row[r]],
            kldb_code=codes[code_of_row[r]] if resolved[r] else None,
            years_experience=float(years[r]) if years[r] >= 0 else None,
            qualification_level="vocational",
            recognition_status=STATUSES[status_of_row[r]],
        )
        for r in range(rows)
    ]
    latitude, longitude = rng.uniform(50.3, 52.5, count).tolist(), rng.uniform(5.9, 9.4, count).tolist()
    random = rng.random((count, 8)).tolist()
    ids = rng.integers(0, 2**63, (count, 2)).tolist()
    natives = (LanguageSkill("ar", "native"), LanguageSkill("uk", "native"))
    german = [LanguageSkill("de", level) for level in LEVELS]
    english = [LanguageSkill("en", level) for level in LEVELS]
    candidates = []
    row = 0
    for i in range(count):
        draw = random[i]
        languages = [natives[draw[0] < 0.5]]
        if draw[1] < 0.8:
            languages.append(german[int(draw[2] * 6)])
        if draw[3] < 0.3:
            languages.append(english[int(draw[4] * 6)])
        end = row + int(occupation_counts[i])
        candidates.append(
            CandidateProfile(
                id=UUID(int=(ids[i][0] << 64) | ids[i][1]),
                status="active" if draw[5] < 0.92 else "placed",
                consent_matching=draw[6] < 0.95,
                consent_share_with_employers=draw[6] < 0.7,
                work_authorization="permitted" if draw[7] < 0.8 else "permitted_with_approval",
                latitude=latitude[i],
                longitude=longitude[i],
                municipality=None,
                max_commute_km=(None, 10.0, 20.0, 30.0, 50.0)[i % 5],
                willing_to_relocate=draw[0] > 0.85,
                occupations=tuple(occupations[row:end]),
                languages=tuple(languages),
                available_from=None if draw[2] < 0.6 else TODAY + timedelta(days=int(draw[3] * 200)),
            )
        )
        row = end
    return candidates


def make_vacancy(catalogue: SyntheticCatalogue, rng: np.random.Generator, number: int) -> VacancyProfile:
    """A random open vacancy in NRW."""
    code = catalogue.codes[rng.integers(len(catalogue.codes))] if number % 10 else None
    return VacancyProfile(
        id=UUID(int=int(rng.integers(0, 2**63))),
        employer_id=UUID(int=1),
        status="open",
        title=f"Beruf {code}" if code else "elektriker koch 12",
        kldb_code=code,
        latitude=float(rng.uniform(50.3, 52.5)),
        longitude=float(rng.uniform(5.9, 9.4)),
        municipality=None,
        radius_km=float(rng.choice([20.0, 30.0, 50.0])),
        start_date=TODAY + timedelta(days=int(rng.integers(0, 60))),
        german_min=("A2", "B1", "B2")[number % 3],
        languages=(LanguageSkill("en", "A2"),) if number % 4 == 0 else (),
        min_years_experience=float(number % 4),
        recognition=("auto", "required", "not_required")[number % 3],
        offers_language_course=number % 2 == 0,
        offers_recognition_support=number % 5 == 0,
    )


def main() -> None:
    """Build the index and time queries."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidates", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=300)
    arguments = parser.parse_args()
    rng = np.random.default_rng(7)
    catalogue = SyntheticCatalogue(rng)
    started = time.perf_counter()
    candidates = make_candidates(arguments.candidates, catalogue, rng)
    generated = time.perf_counter()
    index = CandidateIndex(catalogue)
    for first in range(0, len(candidates), 100_000):
        index.upsert(candidates[first : first + 100_000])
    built = time.perf_counter()
    del candidates
    print(f"candidates: {len(index):,}")
    print(f"generate profiles: {generated - started:.1f} s; build index (upsert): {built - generated:.1f} s")
    print(f"memory_bytes: {index.memory_bytes() / 2**20:.0f} MiB")
    vacancies = [make_vacancy(catalogue, rng, number) for number in range(arguments.queries)]
    for vacancy in vacancies[:10]:
        index.top_k(vacancy, 20, today=TODAY)
    # (label, queries, strict, for_employer)
    scenarios: list[tuple[str, list[VacancyProfile], bool, bool]] = [
        ("default", vacancies, False, False),
        ("strict", vacancies, True, False),
        ("for_employer", vacancies, False, True),
        # Without a place of work nobody is filtered by distance: the worst case for the scoring pass.
        ("no place of work", [replace(v, latitude=None, longitude=None) for v in vacancies], False, False),
    ]
    for label, queries, strict, for_employer in scenarios:
        timings = []
        for vacancy in queries:
            began = time.perf_counter()
            index.top_k(vacancy, 20, today=TODAY, strict=strict, for_employer=for_employer)
            timings.append((time.perf_counter() - began) * 1000)
        timings.sort()
        p50 = statistics.median(timings)
        p99 = timings[min(len(timings) - 1, int(len(timings) * 0.99))]
        print(f"vacancy → top-20 [{label}]: p50 {p50:.1f} ms, p99 {p99:.1f} ms, max {timings[-1]:.1f} ms")


if __name__ == "__main__":
    main()
