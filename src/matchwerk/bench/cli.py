"""``matchwerk bench``: benchmarks that write their figures to docs/benchmarks.md."""

import asyncio
from pathlib import Path
from typing import Annotated

import typer

from matchwerk.bench.report import write_section

app = typer.Typer(help="Benchmarks (results go to docs/benchmarks.md).", no_args_is_help=True)

DOC = Path("docs/benchmarks.md")
SHARED_KLDB = Path("../shared/data/kldb2010_structure.csv")


@app.command("occupations")
def occupations(
    kldb: Annotated[
        Path, typer.Option(help="KldB structure file for the BA job-title list (absent: the shipped data)")
    ] = SHARED_KLDB,
    http: Annotated[bool, typer.Option(help="Also measure autocomplete latency over HTTP")] = True,
    port: Annotated[int, typer.Option(help="Loopback port of the benchmark server")] = 8765,
    misses: Annotated[bool, typer.Option(help="Print the titles resolved wrongly")] = False,
) -> None:
    """Accuracy on the labelled set and official titles, throughput, autocomplete latency."""
    from matchwerk.auth.service import new_token
    from matchwerk.bench import occupations as bench
    from matchwerk.bench.server import bench_database, http_server

    section = bench.run(kldb if kldb.exists() else None)  # in-process figures first, on a quiet process
    if http:
        titles = [title for _, title, _ in bench.load_eval(bench.EVAL_SET)]

        async def measure() -> tuple[float, float]:
            async with bench_database() as url:
                token = new_token()
                with http_server(url, token, port) as base:
                    return await asyncio.to_thread(bench.autocomplete_latency, base, token, titles)

        p50, p99 = asyncio.run(measure())
        section += (
            f"\n\nAutocomplete over HTTP (uvicorn, loopback, sequential, prefixes of the labelled titles): "
            f"p50 **{p50:.1f} ms**, p99 **{p99:.1f} ms**."
        )
    write_section(DOC, "occupations", section)
    typer.echo(section)
    if misses:
        typer.echo("\n".join(bench.run.misses))  # type: ignore[attr-defined]


@app.command("matching")
def matching(
    sizes: Annotated[str, typer.Option(help="Comma-separated candidate counts")] = "10000,100000,1000000",
    http: Annotated[bool, typer.Option(help="Also measure over HTTP")] = True,
    baseline_max: Annotated[int, typer.Option(help="Run the Python baseline up to this size")] = 100_000,
    sql_max: Annotated[int, typer.Option(help="Run the SQL baselines up to this size")] = 1_000_000,
) -> None:
    """Index build, latency in-process and over HTTP, SQL and Python baselines, assignment."""
    from matchwerk.bench import matching as bench

    section = asyncio.run(bench.run([int(s) for s in sizes.split(",")], http, baseline_max, sql_max))
    write_section(DOC, "matching", section)
    typer.echo(section)


@app.command("pages")
def pages(size: Annotated[int, typer.Option(help="Synthetic candidates")] = 100_000) -> None:
    """Response time of every page of the web frontend (p50/p95)."""
    from matchwerk.bench import pages as bench

    section = asyncio.run(bench.run(size))
    write_section(DOC, "pages", section)
    typer.echo(section)


@app.command("warm-up")
def warm_up(
    size: Annotated[int, typer.Option(help="Synthetic candidates")] = 1_000_000,
    port: Annotated[int, typer.Option(help="Loopback port of the started replica")] = 8768,
) -> None:
    """Time to ready of a starting replica, and how long /healthz waits meanwhile."""
    from matchwerk.bench import warmup as bench

    section = asyncio.run(bench.run(size, port))
    write_section(DOC, "warm-up", section)
    typer.echo(section)


@app.command("import")
def bulk_import(
    rows: Annotated[int, typer.Option(help="Candidate rows to import")] = 10_000,
    port: Annotated[int, typer.Option(help="Loopback port of the benchmark server")] = 8765,
) -> None:
    """Bulk import of candidate rows over HTTP: new, then the same file again."""
    from matchwerk.auth.service import new_token
    from matchwerk.bench import integrations as bench
    from matchwerk.bench.server import bench_database, http_server

    async def measure() -> str:
        async with bench_database() as url:
            token = new_token()
            with http_server(url, token, port=port) as base:
                return await asyncio.to_thread(bench.measure_import, base, token, rows)

    section = asyncio.run(measure())
    write_section(DOC, "import", section)
    typer.echo(section)


@app.command("matching-scale")
def matching_scale(
    candidates: Annotated[int, typer.Option(help="Synthetic candidates built into the index")] = 10_000_000,
) -> None:
    """Ten million synthetic candidates straight into the index: build time, memory, top-20 latency."""
    from matchwerk.bench import matching_scale as bench

    section = bench.run(candidates)
    write_section(DOC, "matching-scale", section)
    typer.echo(section)


@app.command("handover")
def handover(
    profiles: Annotated[int, typer.Option(help="Consented profiles to export")] = 100_000,
    port: Annotated[int, typer.Option(help="Loopback port of the benchmark server")] = 8765,
) -> None:
    """Streamed hand-over export of consented profiles over HTTP, NDJSON and CSV, with memory."""
    from matchwerk.auth.service import new_token
    from matchwerk.bench import integrations as bench
    from matchwerk.bench.server import bench_database, http_server

    async def measure() -> str:
        async with bench_database() as url:
            partner = await bench.seed_consented(url, profiles)
            with http_server(url, new_token(), port=port) as base:
                runs = [
                    (kind, await asyncio.to_thread(bench.measure_handover, base, partner, profiles, kind))
                    for kind in ("ndjson", "csv")
                ]
            return bench.handover_section(profiles, runs)

    section = asyncio.run(measure())
    write_section(DOC, "handover", section)
    typer.echo(section)
