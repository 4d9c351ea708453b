"""Count tables: group rows into cells, protect every person count, and shape the response cells."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from matchwerk.statistics.disclosure import Key, Protected, protect
from matchwerk.statistics.models import Cell

Labeler = Callable[[str, str], str | None]


@dataclass
class Table:
    """Cells by key (one value per grouping dimension), each with named counts."""

    dims: tuple[str, ...]
    counts: dict[Key, dict[str, int]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(int)))

    def add(self, key: Key, **measures: int) -> None:
        """Add to the counts of one cell."""
        cell = self.counts[key]
        for name, value in measures.items():
            cell[name] += value

    def measure(self, name: str) -> dict[Key, int]:
        """One count per cell."""
        return {key: values.get(name, 0) for key, values in self.counts.items()}

    def merge_rare(self, dim: str, replacement: str, minimum: int, measure: str) -> None:
        """Fold the values of ``dim`` counting fewer than ``minimum`` in all into ``replacement``."""
        if dim not in self.dims:
            return
        at = self.dims.index(dim)
        per_value: dict[str, int] = defaultdict(int)
        for key, values in self.counts.items():
            per_value[str(key[at])] += values.get(measure, 0)
        rare = {value for value, count in per_value.items() if count < minimum}
        if not rare:
            return
        merged = Table(self.dims)
        for key, values in self.counts.items():
            new_key = (*key[:at], replacement, *key[at + 1 :]) if str(key[at]) in rare else key
            merged.add(new_key, **values)
        self.counts = merged.counts


def protect_measures(table: Table, measures: Iterable[str]) -> dict[str, Protected]:
    """Disclosure control for each person count of the table on its own."""
    return {name: protect(table.measure(name)) for name in measures}


def make_cells(
    table: Table,
    protection: Mapping[str, Protected],
    *,
    count_measure: str,
    labeler: Labeler,
    derived: Callable[[Key, Mapping[str, int], Mapping[str, bool]], dict[str, float | int | None]]
    | None = None,
    plain: Sequence[str] = (),
) -> list[Cell]:
    """Response cells in key order; suppressed counts are null; ``plain`` counts (not persons) always show."""
    cells = []
    for key in sorted(table.counts, key=lambda k: tuple(str(part) for part in k)):
        values = table.counts[key]
        hidden = {name: key in p.suppressed for name, p in protection.items()}
        shown: dict[str, float | int | None] = {
            name: None if hidden[name] else values.get(name, 0)
            for name in protection
            if name != count_measure
        }
        shown.update({name: values.get(name, 0) for name in plain})
        if derived is not None:
            shown.update(derived(key, values, hidden))
        suppressed = hidden.get(count_measure, False)
        str_key = {dim: str(part) for dim, part in zip(table.dims, key, strict=True)}
        labels = {dim: name for dim, code in str_key.items() if (name := labeler(dim, code)) is not None}
        cells.append(
            Cell(
                key=str_key,
                labels=labels,
                count=None if suppressed else values.get(count_measure, 0),
                suppressed=suppressed,
                values=shown,
            )
        )
    return cells


def total_of(table: Table, protection: Protected, measure: str) -> int | None:
    """The grand total of a measure, or None when it must be suppressed."""
    return sum(table.measure(measure).values()) if protection.total_published else None
