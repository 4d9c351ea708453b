"""Statistics as an accessible SVG bar chart, rendered server-side from a Vega-Lite spec (vl-convert).

The SVG carries a ``<title>`` and ``<desc>`` (read by screen readers), axis titles, German number format
with ``lang=de``, and no script and no reference to another host. Suppressed cells are drawn as labelled
gaps ("gesperrt"), never as numbers.
"""

from __future__ import annotations

import re
from typing import Any
from xml.sax.saxutils import escape

import vl_convert

from matchwerk.statistics.models import StatisticsResponse
from matchwerk.statistics.render import column

SUPPRESSED_TEXT = {"de": "gesperrt", "en": "suppressed"}
COUNT_TITLE = {"de": "Anzahl", "en": "Count"}
PERSONS = {"de": "Personen", "en": "Persons"}
CHART_TITLES = {
    "candidates": {"de": "Bewerberinnen und Bewerber", "en": "Candidates"},
    "placements": {"de": "Vermittlungen", "en": "Placements"},
    "supply-demand": {"de": "Angebot und Nachfrage", "en": "Supply and demand"},
}
_SVG_OPEN = re.compile(r"<svg\b[^>]*>")


def _format(value: int | float, lang: str) -> str:
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".") if lang == "de" else text


def _category(cell_key: dict[str, str], labels: dict[str, str], dims: list[str]) -> str:
    return " · ".join(labels.get(dim) or cell_key[dim] for dim in dims) or "—"


def chart_rows(response: StatisticsResponse, lang: str) -> list[dict[str, Any]]:
    """One bar per cell and measure: the cell's count and, for supply and demand, the open positions."""
    rows = []
    for cell in response.cells:
        category = _category(cell.key, cell.labels, response.group_by)
        measures: list[tuple[str, int | float | None, bool]] = [("count", cell.count, cell.suppressed)]
        if "open_positions" in cell.values:
            measures.append(("open_positions", cell.values["open_positions"], False))
        for name, value, hidden in measures:
            label = PERSONS[lang] if name == "count" else column(name, lang)
            rows.append(
                {
                    "category": category,
                    "measure": label,
                    "value": 0 if hidden or value is None else value,
                    "text": SUPPRESSED_TEXT[lang] if hidden else _format(value or 0, lang),
                }
            )
    return rows


def vega_lite_spec(response: StatisticsResponse, kind: str, lang: str) -> dict[str, Any]:
    """The Vega-Lite spec of the chart (horizontal bars, one colour per measure)."""
    title = CHART_TITLES[kind][lang]
    group_names = ", ".join(column(dim, lang) for dim in response.group_by)
    axis_title = group_names or title
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "title": {"text": title, "subtitle": group_names},
        "description": description(response, kind, lang),
        "data": {"values": chart_rows(response, lang)},
        "width": 480,
        "encoding": {
            "y": {"field": "category", "type": "nominal", "title": axis_title, "sort": None},
            "yOffset": {"field": "measure"},
            "x": {
                "field": "value",
                "type": "quantitative",
                "title": COUNT_TITLE[lang],
                "axis": {"format": ",d", "tickMinStep": 1},
            },
            "color": {"field": "measure", "type": "nominal", "title": None},
        },
        "layer": [
            {"mark": {"type": "bar", "tooltip": False}},
            {"mark": {"type": "text", "align": "left", "dx": 3}, "encoding": {"text": {"field": "text"}}},
        ],
        "config": {"font": "DejaVu Sans, Arial, sans-serif"},
    }


def description(response: StatisticsResponse, kind: str, lang: str) -> str:
    """A one-sentence text equivalent of the chart."""
    total = SUPPRESSED_TEXT[lang] if response.total is None else _format(response.total, lang)
    if lang == "de":
        return (
            f"{CHART_TITLES[kind]['de']}: {len(response.cells)} Gruppen, insgesamt {total}; "
            f"{response.suppressed_cells} Werte gesperrt (kleine Zahlen werden nicht veröffentlicht)."
        )
    return (
        f"{CHART_TITLES[kind]['en']}: {len(response.cells)} groups, total {total}; "
        f"{response.suppressed_cells} values suppressed (small numbers are never published)."
    )


def to_svg(response: StatisticsResponse, kind: str, lang: str) -> str:
    """The chart as SVG text with ``<title>`` and ``<desc>`` for assistive technology."""
    spec = vega_lite_spec(response, kind, lang)
    svg: str = vl_convert.vegalite_to_svg(spec, format_locale="de-DE" if lang == "de" else "en-US")
    head = _SVG_OPEN.search(svg)
    if head is None:
        return svg
    accessible = (
        f'{head.group(0)[:-1]} role="img" aria-labelledby="chart-title chart-desc" lang="{lang}">'
        f'<title id="chart-title">{escape(spec["title"]["text"])}</title>'
        f'<desc id="chart-desc">{escape(spec["description"])}</desc>'
    )
    return svg[: head.start()] + accessible + svg[head.end() :]
