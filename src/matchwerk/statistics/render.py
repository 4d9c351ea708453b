"""Statistics as CSV (English or German column names) and the column names both outputs share."""

import csv
import io

from matchwerk.statistics.models import StatisticsResponse

COLUMN_NAMES: dict[str, dict[str, str]] = {
    "region": {"en": "region", "de": "Region"},
    "region_name": {"en": "region_name", "de": "Regionsname"},
    "occupation_area": {"en": "occupation_area", "de": "Berufsbereich (KldB)"},
    "occupation_area_name": {"en": "occupation_area_name", "de": "Berufsbereichsname"},
    "german_level": {"en": "german_level", "de": "Deutschniveau"},
    "recognition_status": {"en": "recognition_status", "de": "Anerkennungsstatus"},
    "residence_status": {"en": "residence_status", "de": "Aufenthaltsstatus"},
    "reception_centre": {"en": "reception_centre", "de": "Aufnahmeeinrichtung"},
    "month": {"en": "month", "de": "Monat"},
    "stage": {"en": "stage", "de": "Phase"},
    "count": {"en": "count", "de": "Anzahl"},
    "suppressed": {"en": "suppressed", "de": "gesperrt"},
    "open_positions": {"en": "open_positions", "de": "offene Stellen"},
    "reachable_positions": {"en": "reachable_positions", "de": "erreichbare Stellen"},
    "proposed": {"en": "proposed", "de": "vorgeschlagen"},
    "released": {"en": "released", "de": "freigegeben"},
    "interviews": {"en": "interviews", "de": "Vorstellungsgespräche"},
    "hired": {"en": "hired", "de": "eingestellt"},
    "below_qualification": {"en": "hired_below_qualification", "de": "unter Qualifikation eingestellt"},
    "median_days_to_hire": {"en": "median_days_intake_to_hire", "de": "Median Tage Aufnahme bis Einstellung"},
    "share_below_qualification": {
        "en": "share_hires_below_qualification",
        "de": "Anteil Einstellungen unter Qualifikation",
    },
    "total": {"en": "total", "de": "Insgesamt"},
}
YES_NO = {"en": ("true", "false"), "de": ("ja", "nein")}


def column(name: str, lang: str) -> str:
    """A column's name in ``lang`` (English for unknown names)."""
    return COLUMN_NAMES.get(name, {}).get(lang, name)


def _number(value: float | int | None, lang: str) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        text = f"{value:.4f}".rstrip("0").rstrip(".")
        return text.replace(".", ",") if lang == "de" else text
    return str(value)


def to_csv(response: StatisticsResponse, lang: str) -> str:
    """One row per cell and a total row; a suppressed figure is an empty field, and ``suppressed`` says so.

    German (``lang=de``): German column names, ``;`` as separator and decimal commas, as spreadsheets in
    Germany expect; English: ``,`` and decimal points.
    """
    dims = list(response.group_by)
    named = [dim for dim in dims if dim in ("region", "occupation_area")]
    value_names = list(response.value_names)
    header = [*dims, *(f"{dim}_name" for dim in named), "count", "suppressed", *value_names]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if lang == "de" else ",", lineterminator="\r\n")
    writer.writerow([column(name, lang) for name in header])
    yes, no = YES_NO.get(lang, YES_NO["en"])
    for cell in response.cells:
        writer.writerow(
            [
                *(cell.key[dim] for dim in dims),
                *(cell.labels.get(dim, "") for dim in named),
                _number(cell.count, lang),
                yes if cell.suppressed else no,
                *(_number(cell.values.get(name), lang) for name in value_names),
            ]
        )
    total_label = column("total", lang)
    writer.writerow(
        [
            *([total_label] + [""] * (len(dims) - 1) if dims else []),
            *([""] * len(named)),
            _number(response.total, lang),
            yes if response.total_suppressed else no,
            *([""] * len(value_names)),
        ]
    )
    return out.getvalue()
