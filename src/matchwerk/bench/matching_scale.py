"""Scale figure (MATCHING.md §4 v2): ten million synthetic candidates built straight into the index as
columns (no database, no profile objects), then vacancy → top 20 in-process and the index memory."""

import os
import resource
import time
import uuid
from datetime import date, timedelta
from typing import Any

import numpy as np

from matchwerk.bench import synthetic
from matchwerk.bench.report import machine, percentile_ms, stamp
from matchwerk.geo.places import default_registry
from matchwerk.matching.index.candidate_rows import AUTHORIZATION_IDS, CandidateSlots
from matchwerk.matching.index.candidates import CandidateIndex
from matchwerk.matching.index.columns import nan_if_none
from matchwerk.matching.index.geo import chord_threshold, place_columns
from matchwerk.matching.rules.profiles import VacancyProfile
from matchwerk.matching.rules.vocabulary import RECOGNITION_STATUSES
from matchwerk.matching.service import CATALOGUE, weights
from matchwerk.occupations.catalogue import builtin_catalogue

CHUNK = 1_000_000
QUERIES = 200


def _places(pool: synthetic.Pools) -> tuple[np.ndarray, np.ndarray]:
    registry = default_registry()
    coordinates = [registry.resolve(postal, name) for postal, name in pool.places]
    latitude = np.array([nan_if_none(place.latitude if place else None) for place in coordinates])
    longitude = np.array([nan_if_none(place.longitude if place else None) for place in coordinates])
    return latitude, longitude


def add_chunk(index: CandidateIndex, rng: np.random.Generator, pool: synthetic.Pools, n: int) -> None:
    """n candidates with the distributions of ``synthetic.candidates``, as columns."""
    first_slot, first_row = len(index.slots), len(index.occupations)
    latitude, longitude = _places(pool)
    place = rng.integers(0, len(pool.places), n)
    counts = np.where(rng.random(n) < 0.3, 2, 1)
    owners = np.repeat(np.arange(n), counts)
    rows = len(owners)
    code_index = rng.choice(len(pool.codes), rows, p=pool.code_p)
    unresolved = rng.random(rows) < 0.08
    titles = rng.integers(0, len(synthetic.UNRESOLVED_TITLES), rows)
    code_keys = np.array([index.keys.code_key(code) for code in pool.codes], np.int32)
    code_titles = [builtin_catalogue().title(code) for code in pool.codes]
    code_title_keys = np.array(
        [index.keys.title_key(title, unresolved=False) for title in code_titles], np.int32
    )
    free_keys = np.array(
        [index.keys.title_key(title, unresolved=True) for title in synthetic.UNRESOLVED_TITLES], np.int32
    )
    code_ids = np.array([index.strings.id(code) for code in pool.codes], np.int32)
    title_ids = np.array([index.strings.id(title) for title in code_titles], np.int32)
    free_ids = np.array([index.strings.id(title) for title in synthetic.UNRESOLVED_TITLES], np.int32)
    german = rng.choice(np.arange(1, 6), n, p=np.array(synthetic.GERMAN_P) / sum(synthetic.GERMAN_P))
    authorization = rng.choice(3, n, p=synthetic.AUTHORIZATION_P)
    status = rng.choice(3, n, p=[0.9, 0.07, 0.03])  # active, placed, inactive (CANDIDATE_STATUSES order)
    matching_consent = rng.random(n) < 0.95
    commute = rng.choice([10.0, 20.0, 30.0, 50.0], n)
    eligible = (status == 0) & matching_consent & (authorization != AUTHORIZATION_IDS["not_permitted"])
    row_start = first_row + np.cumsum(counts) - counts
    slots = {
        "id_high": rng.integers(0, 2**63, n, dtype=np.int64).astype(np.uint64),
        "id_low": rng.integers(0, 2**63, n, dtype=np.int64).astype(np.uint64),
        "alive": np.ones(n, np.bool_),
        "eligible": eligible,
        "share": rng.random(n) < 0.8,
        "status": status,
        "consent_matching": matching_consent,
        "authorization": authorization,
        "latitude": latitude[place],
        "longitude": longitude[place],
        "municipality": np.full(n, -1),
        "max_commute": commute,
        "commute_threshold": chord_threshold(commute),
        "relocate": rng.random(n) < 0.1,
        "available": date.today().toordinal() + rng.integers(-60, 200, n),
        "german": german,
        "row_start": row_start,
        "occupation_count": counts,
        "language_start": np.arange(n) + len(index.languages),
        "language_count": np.ones(n, np.int32),
    }
    slots.update(place_columns(slots["latitude"], slots["longitude"]))
    assert set(slots) == set(CandidateSlots.names())
    occupations: dict[str, Any] = {
        "owner": owners + first_slot,
        "match_key": np.where(unresolved, free_keys[titles], code_keys[code_index]),
        "title_key": np.where(unresolved, free_keys[titles], code_title_keys[code_index]),
        "title": np.where(unresolved, free_ids[titles], title_ids[code_index]),
        "code": np.where(unresolved, -1, code_ids[code_index]),
        "years": np.round(rng.gamma(2.0, 2.5, rows), 1),
        "qualification": rng.integers(0, 5, rows),
        "status": rng.choice(len(RECOGNITION_STATUSES), rows, p=synthetic.RECOGNITION_P),
        "compensation": np.full(rows, -1),
    }
    levels = np.array([index.strings.id(level) for level in ("A1", "A2", "B1", "B2", "C1")], np.int32)
    languages = {"code": np.full(n, index.strings.id("de")), "level": levels[german - 1]}
    index.append_columns(slots, occupations, languages)


def vacancies(rng: np.random.Generator, pool: synthetic.Pools, count: int) -> list[VacancyProfile]:
    """Open vacancies with the distributions of ``synthetic.vacancies``."""
    latitude, longitude = _places(pool)
    found = []
    for _ in range(count):
        code = pool.codes[rng.choice(len(pool.codes), p=pool.code_p)]
        place = int(rng.integers(0, len(pool.places)))
        found.append(
            VacancyProfile(
                id=uuid.UUID(int=int(rng.integers(0, 2**63))),
                employer_id=uuid.UUID(int=1),
                status="open",
                title=builtin_catalogue().title(code),
                kldb_code=code,
                latitude=float(latitude[place]),
                longitude=float(longitude[place]),
                municipality=pool.places[place][1],
                radius_km=float(rng.choice([20, 30, 50])),
                start_date=date.today() + timedelta(days=int(rng.integers(0, 90))),
                german_min=str(rng.choice(["A2", "B1", "B2"])),
                languages=(),
                min_years_experience=float(rng.choice([0, 1, 2, 3])),
                recognition="auto",
                offers_language_course=bool(rng.random() < 0.5),
                offers_recognition_support=bool(rng.random() < 0.4),
            )
        )
    return found


def run(candidates: int) -> str:
    """Build, query and report."""
    from matchwerk.config import get_settings

    rng = np.random.default_rng(20261206)
    pool = synthetic.pools()
    index = CandidateIndex(CATALOGUE, weights(), min_occupation=get_settings().min_occupation)
    started = time.perf_counter()
    # About 1.3 occupation rows per candidate; reserving avoids a last doubling of every buffer.
    index.slots.reserve(candidates)
    index.languages.reserve(candidates)
    index.occupations.reserve(int(candidates * 1.32))
    for first in range(0, candidates, CHUNK):
        add_chunk(index, rng, pool, min(CHUNK, candidates - first))
    built = time.perf_counter() - started
    queries = vacancies(rng, pool, QUERIES)
    today = date.today()
    for vacancy in queries[:5]:
        index.top_k(vacancy, 20, today=today)
    samples = []
    for vacancy in queries:
        began = time.perf_counter()
        index.top_k(vacancy, 20, today=today)
        samples.append(time.perf_counter() - began)
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    memory = index.memory_bytes() / 2**30
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20
    p50, p99 = percentile_ms(samples, 50), percentile_ms(samples, 99)
    return "\n".join(
        [
            f"## Matching at scale ({stamp()})",
            "",
            f"Machine: {machine()}; load average at the end: {load} (shared machine).",
            "",
            f"{len(index):,} synthetic candidates (the distributions of `make bench`) built straight into "
            f"the candidate index as columns in {built:.0f} s; index memory **{memory:.2f} GiB** (peak RSS "
            f"{peak:.2f} GiB); vacancy → top 20 ranking in-process over {QUERIES} vacancies: p50 "
            f"**{p50:.1f} ms**, p99 **{p99:.1f} ms**. Target (issue #9): p50 ≤ 50 ms, memory ≤ 3 GiB.",
        ]
    )
