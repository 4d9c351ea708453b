"""The intake form: flat form fields to the API candidate shape, validation errors to German messages."""

from typing import Any

from pydantic import ValidationError
from starlette.datastructures import FormData

OCCUPATION_ROWS = 2
LANGUAGE_ROWS = 3
DRIVING_LICENCES = ("B", "BE", "C", "CE", "C1", "D", "L", "T", "A", "AM")

# Message per (field, error kind); "*" is any field. German here, translated by the page like all UI text.
MESSAGES = {
    "missing": "Bitte ausfüllen.",
    "reference": "Bitte eine Referenz angeben, z. B. ZUE-RAT-000123.",
    "reference_taken": "Diese Referenz ist schon vergeben.",
    "postal_code": "Bitte eine fünfstellige Postleitzahl eingeben.",
    "date": "Bitte ein gültiges Datum eingeben.",
    "email": "Bitte eine gültige E-Mail-Adresse eingeben.",
    "phone": "Bitte eine gültige Telefonnummer eingeben, z. B. +49 211 555010.",
    "country": "Bitte einen Ländercode aus zwei Großbuchstaben eingeben, z. B. UA.",
    "language_code": "Bitte einen Sprachcode aus Kleinbuchstaben eingeben, z. B. uk.",
    "number": "Bitte eine Zahl im erlaubten Bereich eingeben.",
    "duplicate_language": "Jede Sprache nur einmal angeben.",
    "level_missing": "Bitte das Niveau wählen.",
    "invalid": "Diese Angabe ist ungültig.",
}


def _text(form: FormData, name: str) -> str | None:
    value = form.get(name)
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value or None


def _number(form: FormData, name: str) -> str | None:
    value = _text(form, name)
    return value.replace(",", ".") if value else None


def candidate_data(form: FormData, reception_centre: str | None) -> dict[str, Any]:
    """The API body for the submitted form (unparsed values stay strings so pydantic reports them)."""
    occupations = []
    for n in range(OCCUPATION_ROWS):
        title = _text(form, f"occ-{n}-title")
        if title is None:
            continue
        occupations.append(
            {
                "title": title,
                "kldb_code": _text(form, f"occ-{n}-kldb_code"),
                "years_experience": _number(form, f"occ-{n}-years"),
                "qualification": {
                    "level": _text(form, f"occ-{n}-qualification_level"),
                    "country": (_text(form, f"occ-{n}-qualification_country") or "").upper() or None,
                },
                "recognition": {"status": _text(form, f"occ-{n}-recognition_status") or "not_started"},
            }
        )
    languages = []
    for n in range(LANGUAGE_ROWS):
        code = _text(form, f"lang-{n}-code")
        if code is None:
            continue
        languages.append(
            {
                "code": code.lower(),
                "level": _text(form, f"lang-{n}-level"),
                "certificate": _text(form, f"lang-{n}-certificate"),
            }
        )
    skills = [s.strip() for s in (_text(form, "skills") or "").split(",") if s.strip()]
    return {
        "reference": _text(form, "reference"),
        "reception_centre": reception_centre or _text(form, "reception_centre"),
        "personal": {
            "given_name": _text(form, "given_name"),
            "family_name": _text(form, "family_name"),
            "birth_date": _text(form, "birth_date"),
            "phone": _text(form, "phone"),
            "email": _text(form, "email"),
            "nationality": (_text(form, "nationality") or "").upper() or None,
        },
        "consent": {
            "matching": form.get("consent_matching") == "on",
            "share_with_employers": form.get("consent_share_with_employers") == "on",
            "share_with_employment_agency": form.get("consent_share_with_employment_agency") == "on",
        },
        "residence": {
            "status": _text(form, "residence_status"),
            "work_authorization": _text(form, "work_authorization"),
        },
        "location": {"postal_code": _text(form, "postal_code"), "municipality": _text(form, "municipality")},
        "max_commute_km": _number(form, "max_commute_km"),
        "willing_to_relocate": form.get("willing_to_relocate") == "on",
        "occupations": occupations,
        "languages": languages,
        "skills": skills,
        "driving_licences": [v for v in form.getlist("driving_licences") if v in DRIVING_LICENCES],
        "available_from": _text(form, "available_from"),
        "employment_types": [v for v in form.getlist("employment_types") if isinstance(v, str)],
    }


_SIMPLE_FIELDS = {
    ("personal", "given_name"): "given_name",
    ("personal", "family_name"): "family_name",
    ("personal", "birth_date"): "birth_date",
    ("personal", "phone"): "phone",
    ("personal", "email"): "email",
    ("personal", "nationality"): "nationality",
    ("residence", "status"): "residence_status",
    ("residence", "work_authorization"): "work_authorization",
    ("location", "postal_code"): "postal_code",
    ("location", "municipality"): "municipality",
}
_ROW_FIELDS = {
    "title": "title",
    "kldb_code": "title",
    "years_experience": "years",
    "level": None,  # qualification.level or language level, see below
    "country": "qualification_country",
    "status": "recognition_status",
    "code": "code",
    "certificate": "certificate",
}


def field_of(data: dict[str, Any], loc: tuple[Any, ...]) -> str:
    """The form field a pydantic error location belongs to."""
    if not loc:
        return "form"
    if len(loc) >= 2 and (loc[0], loc[1]) in _SIMPLE_FIELDS:
        return _SIMPLE_FIELDS[(loc[0], loc[1])]
    if loc[0] in ("occupations", "languages") and len(loc) >= 2 and isinstance(loc[1], int):
        prefix = "occ" if loc[0] == "occupations" else "lang"
        index = _row_index(data, loc[0], loc[1])
        leaf = loc[-1] if len(loc) > 2 else "title"
        name = _ROW_FIELDS.get(str(leaf), str(leaf))
        if leaf == "level":
            name = "qualification_level" if prefix == "occ" else "level"
        return f"{prefix}-{index}-{name}"
    return str(loc[0])


def _row_index(data: dict[str, Any], kind: str, position: int) -> int:
    """Rows left empty are skipped in the body; the error belongs to the form row the item came from."""
    return int(data.get(f"_{kind}_rows", list(range(10)))[position])


def message_for(field: str, error_type: str) -> str:
    """The German message for one error."""
    if error_type == "missing" or (error_type == "enum" and field.endswith("-level")):
        return MESSAGES["level_missing"] if field.endswith("-level") else MESSAGES["missing"]
    if field == "reference":
        return MESSAGES["reference"]
    if field == "postal_code":
        return MESSAGES["postal_code"]
    if field in ("birth_date", "available_from"):
        return MESSAGES["date"]
    if field in ("email", "phone"):
        return MESSAGES[field]
    if field in ("nationality",) or field.endswith("qualification_country"):
        return MESSAGES["country"]
    if field.endswith("-code"):
        return MESSAGES["language_code"]
    if field.endswith("-years") or field == "max_commute_km":
        return MESSAGES["number"]
    if field == "languages":
        return MESSAGES["duplicate_language"]
    return MESSAGES["invalid"]


def errors_by_field(data: dict[str, Any], exc: ValidationError) -> dict[str, str]:
    """One German message per form field (the first error of each)."""
    errors: dict[str, str] = {}
    for error in exc.errors():
        field = field_of(data, tuple(error["loc"]))
        errors.setdefault(field, message_for(field, error["type"]))
    return errors


def row_positions(form: FormData) -> dict[str, list[int]]:
    """Which form rows ended up in the body's lists (empty rows are left out)."""
    return {
        "_occupations_rows": [n for n in range(OCCUPATION_ROWS) if _text(form, f"occ-{n}-title")],
        "_languages_rows": [n for n in range(LANGUAGE_ROWS) if _text(form, f"lang-{n}-code")],
    }
