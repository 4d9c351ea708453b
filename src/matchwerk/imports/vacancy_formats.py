"""Vacancy rows from CSV (a flat column layout) and from schema.org ``JobPosting`` JSON-LD."""

from datetime import UTC, date, datetime
from typing import Any

from matchwerk.imports import formats
from matchwerk.imports.formats import Row, boolean, pairs, without_empty

COLUMNS = (
    "external_id",
    "employer_id",
    "title",
    "kldb_code",
    "description",
    "postal_code",
    "municipality",
    "radius_km",
    "employment_type",
    "positions",
    "start_date",
    "german_min",
    "languages",
    "min_years_experience",
    "recognition",
    "offers_language_course",
    "offers_recognition_support",
    "offers_housing",
    "status",
)
EXAMPLE = {
    "external_id": "HR-4711",
    "title": "Elektroniker/in (m/w/d) Energie- und Gebäudetechnik",
    "kldb_code": "26212",
    "postal_code": "40210",
    "municipality": "Düsseldorf",
    "radius_km": "30",
    "employment_type": "full_time",
    "positions": "2",
    "start_date": "2027-02-01",
    "german_min": "B1",
    "languages": "en:A2",
    "offers_language_course": "ja",
    "status": "open",
}
_EMPLOYMENT_TYPES = {
    "FULL_TIME": "full_time",
    "PART_TIME": "part_time",
    "INTERN": "internship",
    "INTERNSHIP": "internship",
    "APPRENTICESHIP": "apprenticeship",
    "TRAINEE": "apprenticeship",
}


def template() -> str:
    """The header line and one example row."""
    return formats.template(COLUMNS, EXAMPLE)


def csv_object(cells: dict[str, str]) -> dict[str, Any]:
    """A CSV row as the vacancy JSON shape (unknown columns are refused)."""
    unknown = sorted(set(cells) - set(COLUMNS))
    if unknown:
        raise ValueError(f"unknown column(s): {', '.join(unknown)}")
    c = {k: cells.get(k, "") for k in COLUMNS}
    return without_empty(
        {
            "external_id": c["external_id"],
            "employer_id": c["employer_id"],
            "title": c["title"],
            "kldb_code": c["kldb_code"],
            "description": c["description"],
            "location": without_empty({"postal_code": c["postal_code"], "municipality": c["municipality"]}),
            "radius_km": c["radius_km"],
            "employment_type": c["employment_type"],
            "positions": c["positions"],
            "start_date": c["start_date"],
            "requirements": without_empty(
                {
                    "german_min": c["german_min"],
                    "languages": [{"code": p[0], "level": p[1]} for p in pairs(c["languages"], "languages")],
                    "min_years_experience": c["min_years_experience"],
                    "recognition": c["recognition"],
                }
            ),
            "offers": without_empty(
                {
                    "language_course": boolean(c["offers_language_course"], "offers_language_course"),
                    "recognition_support": boolean(
                        c["offers_recognition_support"], "offers_recognition_support"
                    ),
                    "housing": boolean(c["offers_housing"], "offers_housing"),
                }
            ),
            "status": c["status"],
        }
    )


def _text(value: Any) -> Any:
    """A schema.org value that may be a plain value or a ``PropertyValue``/``DefinedTerm`` object."""
    if isinstance(value, dict):
        return value.get("value") or value.get("codeValue") or value.get("termCode") or value.get("name")
    return value


def _kldb(value: Any) -> str | None:
    text = str(_text(value) or "")
    digits = "".join(ch for ch in text if ch.isdigit())
    return digits[:5] if len(digits) >= 5 else None


def _employment_type(value: Any) -> str | None:
    for item in value if isinstance(value, list) else [value]:
        mapped = _EMPLOYMENT_TYPES.get(str(item or "").upper().replace("-", "_"))
        if mapped:
            return mapped
    return None


def _address(location: Any) -> dict[str, Any]:
    if isinstance(location, list):
        location = location[0] if location else {}
    address = (location or {}).get("address", {}) if isinstance(location, dict) else {}
    if not isinstance(address, dict):
        return {}
    return without_empty(
        {"postal_code": address.get("postalCode"), "municipality": address.get("addressLocality")}
    )


def _expired(valid_through: Any) -> bool:
    if not isinstance(valid_through, str) or not valid_through:
        return False
    try:
        when = datetime.fromisoformat(valid_through.replace("Z", "+00:00"))
    except ValueError:
        return False
    if when.tzinfo is None:
        return when.date() < date.today()
    return when < datetime.now(UTC)


def job_posting_row(number: int, posting: Any) -> Row:
    """One ``JobPosting`` mapped onto a vacancy: identifier → external_id, totalJobOpenings → positions …"""
    if not isinstance(posting, dict) or posting.get("@type", "JobPosting") != "JobPosting":
        return Row(
            number,
            None,
            [{"loc": ["row", number], "msg": "not a JobPosting object", "type": "row_unreadable"}],
        )
    data = without_empty(
        {
            "external_id": _text(posting.get("identifier")),
            "title": posting.get("title"),
            "kldb_code": _kldb(posting.get("occupationalCategory")),
            "description": posting.get("description"),
            "location": _address(posting.get("jobLocation")),
            "employment_type": _employment_type(posting.get("employmentType")),
            "positions": posting.get("totalJobOpenings"),
            "start_date": str(posting["jobStartDate"])[:10] if posting.get("jobStartDate") else None,
            # validThrough has no column: a posting past it is imported as closed
            "status": "closed" if _expired(posting.get("validThrough")) else "open",
        }
    )
    return Row(number, data)
