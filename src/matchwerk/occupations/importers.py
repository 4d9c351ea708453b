"""Readers for the official classification files (no I/O beyond reading the given file)."""

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_EXAMPLE = re.compile(r"(\d{5})-\d{3}\s+(.+?)(?=\s+\d{5}-\d{3}\s|$)", re.DOTALL)
ESCO_LABEL_COLUMNS = ("preferredLabel", "altLabels", "hiddenLabels")


@dataclass(frozen=True, slots=True)
class KldbRow:
    """One code of the KldB 2010 structure file with its titles and example job titles."""

    code: str
    level: int
    title: str
    short_title: str
    examples: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EscoRow:
    """One ESCO occupation: its ISCO-08 unit group and all its labels."""

    isco_group: str
    labels: tuple[str, ...]


def read_kldb(path: Path) -> Iterator[KldbRow]:
    """Rows of the BA structure file (``;``-separated, UTF-8 with BOM); ValueError on another format."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter=";")
        header = next(reader, [])
        if len(header) < 7 or not header[0].startswith("Schlüssel KldB"):
            raise ValueError(f"{path} is not a KldB 2010 structure file (unexpected header {header[:2]})")
        for row in reader:
            if len(row) < 7 or not row[0].isdigit():
                continue
            level = int(row[1]) if row[1].isdigit() else len(row[0])
            code = row[0].zfill(level)  # the file drops leading zeros (military area 0)
            examples = tuple(
                " ".join(title.split())
                for example_code, title in _EXAMPLE.findall(row[6])
                if example_code == code
            )
            yield KldbRow(code, level, row[2].strip(), row[3].strip(), examples)


def read_esco(path: Path) -> Iterator[EscoRow]:
    """Occupations of an ESCO CSV download (any language); raises ValueError on another format."""
    text = path.read_text(encoding="utf-8-sig")
    reader = csv.DictReader(io.StringIO(text))
    missing = {"conceptType", "iscoGroup", "preferredLabel"} - set(reader.fieldnames or ())
    if missing:
        raise ValueError(f"{path} is not an ESCO occupations CSV (missing columns {sorted(missing)})")
    for row in reader:
        if row.get("conceptType") != "Occupation" or not (row.get("iscoGroup") or "").isdigit():
            continue
        labels: list[str] = []
        for column in ESCO_LABEL_COLUMNS:
            labels.extend(line.strip() for line in (row.get(column) or "").splitlines() if line.strip())
        yield EscoRow(row["iscoGroup"][:4], tuple(dict.fromkeys(labels)))


def esco_language(path: Path) -> str | None:
    """The language of an ESCO file from its name (``occupations_de.csv`` → ``de``)."""
    match = re.search(r"_([a-z]{2})(?:[-_][A-Za-z]+)?\.csv$", path.name)
    return match.group(1) if match else None
