#!/usr/bin/env python3
"""Build ``src/matchwerk/occupations/data/kldb2010.json``, the official KldB 2010 shipped with matchwerk.

Source: Bundesagentur für Arbeit, Klassifikation der Berufe 2010 – überarbeitete Fassung 2020, structure file
``kldb2010_structure.csv`` (``../shared/data/`` for developers and CI). The BA permits reproduction with the
source named; the generated file names it in its header. It keeps the codes of all five levels with their
titles and short titles, and the 'Umfasst ferner' job titles of the 1,300 5-digit codes, nothing else.

Run (the output is deterministic for a given structure file):
    .venv/bin/python scripts/build_kldb_data.py [structure.csv]          # writes the file
    .venv/bin/python scripts/build_kldb_data.py --check [structure.csv]  # exit 1 if the shipped file differs
"""

import argparse
import sys
from pathlib import Path

from matchwerk.occupations import official

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "kldb2010_structure.csv"
TARGET = ROOT / "src" / "matchwerk" / "occupations" / official.DATA_FILE


def main() -> int:
    """Write (or check) the package data file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE, help="BA structure file")
    parser.add_argument("--check", action="store_true", help="exit 1 when the shipped file differs")
    args = parser.parse_args()
    text = official.render(args.source)
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(
                f"{TARGET.relative_to(ROOT)} is out of date: run scripts/build_kldb_data.py", file=sys.stderr
            )
            return 1
        print(f"{TARGET.relative_to(ROOT)} is current")
        return 0
    TARGET.write_text(text, encoding="utf-8")
    codes = official.parse(text)
    print(
        f"wrote {TARGET.relative_to(ROOT)}: {len(codes)} codes, "
        f"{sum(len(c.job_titles) for c in codes)} job titles"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
