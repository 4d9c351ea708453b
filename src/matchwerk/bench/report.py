"""Benchmark reporting: machine description and sections of docs/benchmarks.md replaced in place."""

import os
import platform
import re
from datetime import UTC, datetime
from pathlib import Path

import numpy as np


def machine() -> str:
    """One line naming the machine the figures were measured on."""
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        meminfo = Path("/proc/meminfo").read_text()
        mem_kib = int(re.search(r"MemTotal:\s+(\d+)", meminfo).group(1))  # type: ignore[union-attr]
        memory = f"{mem_kib / 1024 / 1024:.0f} GiB"
    except (OSError, AttributeError):
        memory = "unknown memory"
    return (
        f"{cpu}, {os.cpu_count()} cores, {memory}, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, NumPy {np.__version__}"
    )


def stamp() -> str:
    """Date and time of the measurement."""
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")


def percentile_ms(samples: list[float], q: float) -> float:
    """The q-th percentile of durations in seconds, in milliseconds."""
    return float(np.percentile(np.array(samples), q) * 1000.0)


def write_section(path: Path, name: str, body: str) -> None:
    """Replace (or append) the section between the markers for ``name`` in the benchmark document."""
    start, end = f"<!-- bench:{name}:start -->", f"<!-- bench:{name}:end -->"
    block = f"{start}\n{body.rstrip()}\n{end}"
    text = (
        path.read_text(encoding="utf-8")
        if path.exists()
        else (
            "# Benchmarks\n\nWritten by `make bench` and `make bench-occupations`; each section names its "
            "machine "
            "and date. Targets come from the issues; they are measured here, never asserted by timed tests.\n"
        )
    )
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.DOTALL)
    text = (
        pattern.sub(lambda _: block, text) if pattern.search(text) else text.rstrip() + "\n\n" + block + "\n"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
