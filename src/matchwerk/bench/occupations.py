"""Occupation resolution benchmark: accuracy on our labelled set and on the BA's job-title list, throughput,
engine build time, autocomplete latency over HTTP."""

import csv
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from matchwerk.bench.report import machine, percentile_ms, stamp
from matchwerk.occupations import importers, official
from matchwerk.occupations.catalogue import Label, builtin_catalogue
from matchwerk.occupations.engine import ResolutionEngine
from matchwerk.occupations.normalise import normalise
from matchwerk.occupations.service import current

EVAL_SET = Path("tests/data/occupation_eval.tsv")


@dataclass
class Accuracy:
    total: int = 0
    right4: int = 0
    right5: int = 0

    def add(self, expected: str, got: str | None) -> None:
        self.total += 1
        self.right4 += bool(got) and got[:4] == expected[:4]  # type: ignore[index]
        self.right5 += got == expected

    def row(self, name: str) -> str:
        return (
            f"| {name} | {self.total} | {self.right4 / max(self.total, 1):.3f} | "
            f"{self.right5 / max(self.total, 1):.3f} |"
        )


def load_eval(path: Path) -> list[tuple[str, str, str]]:
    """(lang, title, kldb_code) rows of the labelled set."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [(r["lang"], r["title"], r["kldb_code"]) for r in csv.DictReader(handle, delimiter="\t")]


def evaluate(
    engine: ResolutionEngine, rows: list[tuple[str, str, str]]
) -> tuple[Accuracy, dict[str, Accuracy], list[str]]:
    """Top-1 accuracy overall and per language, and the misses."""
    overall, misses = Accuracy(), []
    per_lang: defaultdict[str, Accuracy] = defaultdict(Accuracy)
    for lang, title, code in rows:
        hits = engine.search(title, 1)
        got = hits[0].kldb_code if hits else None
        overall.add(code, got)
        per_lang[lang].add(code, got)
        if got != code:
            misses.append(f"{lang}\t{title}\t{code}\t{got}")
    return overall, dict(per_lang), misses


@dataclass
class Speed:
    """One engine's figures, each the median over interleaved rounds."""

    rates: list[float]
    p50: list[float]
    p99: list[float]

    def row(self, name: str, engine: ResolutionEngine, build: float) -> str:
        return (
            f"| {name} | {len(engine):,} | {build:.2f} s | {np.median(self.rates):,.0f}/s | "
            f"{np.median(self.p50):.2f} / {np.median(self.p99):.2f} ms |"
        )


def prefixes_of(titles: list[str]) -> list[str]:
    """What people have typed when autocomplete fires: a quarter, half, three quarters or all of a title."""
    return [t[: max(3, len(t) * (i % 4 + 1) // 4)] for i, t in enumerate(titles)]


def side_by_side(engines: list[ResolutionEngine], titles: list[str], rounds: int = 7) -> list[Speed]:
    """Cold resolution rate (one core, no result cache, normaliser cache cleared) and in-process autocomplete
    latency of each engine in CPU time, measured in alternating rounds so machine load hits all alike."""
    speeds = [Speed([], [], []) for _ in engines]
    prefixes = prefixes_of(titles)
    for engine in engines:
        engine._cache_size = 0  # measure the engine, not its cache
        engine._cache.clear()
    for _ in range(rounds):
        for engine, speed in zip(engines, speeds, strict=True):
            normalise.cache_clear()
            start = time.process_time()
            for title in titles:
                engine.search(title, 1)
            speed.rates.append(len(titles) / (time.process_time() - start))
            normalise.cache_clear()
            samples = []
            for prefix in prefixes:
                start = time.process_time()
                engine.search(prefix, 10)
                samples.append(time.process_time() - start)
            speed.p50.append(percentile_ms(samples, 50))
            speed.p99.append(percentile_ms(samples, 99))
    return speeds


def ba_job_titles(path: Path | None) -> list[tuple[str, str]]:
    """(title, code) of every 'Umfasst ferner' title of the given structure file, else the shipped data."""
    if path is not None:
        return [
            (title, row.code) for row in importers.read_kldb(path) if row.level == 5 for title in row.examples
        ]
    return [(title, code.kldb_code) for code in official.codes() for title in code.job_titles]


def ba_accuracy(engine: ResolutionEngine, pairs: list[tuple[str, str]]) -> Accuracy:
    """Top-1 accuracy on the BA's job titles."""
    accuracy = Accuracy()
    for title, code in pairs:
        hits = engine.search(title, 1)
        accuracy.add(code, hits[0].kldb_code if hits else None)
    return accuracy


def build_seconds(catalogue_labels: list[Label]) -> float:
    """Seconds to build the engine (done once per process at start and after each import)."""
    start = time.perf_counter()
    ResolutionEngine(catalogue_labels)
    return time.perf_counter() - start


def run(kldb_path: Path | None) -> str:
    """Run everything and return the markdown section."""
    rows = load_eval(EVAL_SET)
    shipped = current().engine
    overall, per_lang, misses = evaluate(shipped, rows)
    curated_labels = builtin_catalogue().labels()
    curated_overall, _, _ = evaluate(ResolutionEngine(curated_labels), rows)
    lines = [
        f"## Occupation resolution ({stamp()})",
        "",
        f"Machine: {machine()}",
        "",
        f"Labelled set `{EVAL_SET}`: {len(rows)} titles, {len({r[2] for r in rows})} codes; shipped "
        f"catalogue of {len(current().catalogue)} occupations ({len(builtin_catalogue())} curated, the rest "
        f"official KldB 2010 codes; {len(shipped)} index keys). Curated catalogue alone: top-1 "
        f"{curated_overall.right4 / curated_overall.total:.3f} (4-digit), "
        f"{curated_overall.right5 / curated_overall.total:.3f} (5-digit).",
        "",
        "| language | titles | top-1 4-digit | top-1 5-digit |",
        "|---|---|---|---|",
        overall.row("**all**"),
    ]
    lines += [per_lang[lang].row(lang) for lang in sorted(per_lang)]
    pairs = ba_job_titles(kldb_path)
    ba_curated = ba_accuracy(ResolutionEngine(curated_labels), pairs)
    ba_shipped = ba_accuracy(shipped, pairs)
    origin = f"`{kldb_path.name}`" if kldb_path is not None else "the shipped package data"
    lines += [
        "",
        f"BA job-title list ('Umfasst ferner' of all 5-digit codes, {len(pairs):,} titles from {origin}):",
        "",
        "| catalogue | titles | top-1 4-digit | top-1 5-digit |",
        "|---|---|---|---|",
        ba_curated.row("curated only (before the official data shipped)"),
        ba_shipped.row("**as shipped** (curated + official KldB 2010)"),
    ]
    titles = [title for _, title, _ in rows]
    labels = current().catalogue.labels()
    builds = [build_seconds(curated_labels), build_seconds(labels)]
    engines = [ResolutionEngine(curated_labels), ResolutionEngine(labels)]
    before, after = side_by_side(engines, titles)
    stream = [titles[int(i) % len(titles)] for i in np.random.default_rng(7).zipf(1.3, 50_000)]
    warm = ResolutionEngine(labels)
    normalise.cache_clear()
    start = time.perf_counter()
    for title in stream:
        warm.search(title, 1)
    warm_rate = len(stream) / (time.perf_counter() - start)
    lines += [
        "",
        "Speed, one core, in-process, in CPU time (the machine is shared, so wall time mostly measures the "
        "neighbours), before (curated catalogue only) and after (as shipped) in alternating rounds of one "
        "run (median of 7): cold resolution of the labelled titles (no result cache, every title new to the "
        "engine) and autocomplete (limit 10) on their prefixes.",
        "",
        "| catalogue | index keys | engine build | resolutions/s | autocomplete p50 / p99 |",
        "|---|---|---|---|---|",
        before.row("curated only (before)", engines[0], builds[0]),
        after.row("**as shipped**", engines[1], builds[1]),
        "",
        f"With the per-process result cache on a Zipf-distributed stream of the same titles, as real intake "
        f"traffic repeats common titles: **{warm_rate:,.0f}/s**.",
        "",
        f"Misses on the labelled set: {len(misses)} (listed by `matchwerk bench occupations --misses`).",
    ]
    run.misses = misses  # type: ignore[attr-defined]
    return "\n".join(lines)


def autocomplete_latency(
    base_url: str, token: str, titles: list[str], requests: int = 1500
) -> tuple[float, float]:
    """p50 and p99 in ms of GET /api/v1/occupations over real HTTP."""
    import httpx

    prefixes = prefixes_of(titles)
    samples: list[float] = []
    with httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {token}"}, timeout=10) as client:
        for i in range(requests):
            start = time.perf_counter()
            response = client.get(
                "/api/v1/occupations", params={"q": prefixes[i % len(prefixes)], "limit": 10}
            )
            samples.append(time.perf_counter() - start)
            response.raise_for_status()
    return percentile_ms(samples, 50), percentile_ms(samples, 99)
