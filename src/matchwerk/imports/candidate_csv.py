"""The candidate CSV layout: one flat row per person, lists ``;``-separated, up to three occupations."""

from typing import Any

from matchwerk.imports import formats
from matchwerk.imports.formats import boolean, listed, pairs, without_empty

OCCUPATION_SLOTS = 3
_OCCUPATION_FIELDS = (
    "title",
    "kldb_code",
    "years_experience",
    "qualification_level",
    "qualification_country",
    "recognition_status",
)
COLUMNS = (
    "reference",
    "reception_centre",
    "status",
    "given_name",
    "family_name",
    "birth_date",
    "phone",
    "email",
    "nationality",
    "consent_matching",
    "consent_share_with_employers",
    "consent_share_with_employment_agency",
    "residence_status",
    "work_authorization",
    "postal_code",
    "municipality",
    "max_commute_km",
    "willing_to_relocate",
    *(f"occupation_{n}_{f}" for n in range(1, OCCUPATION_SLOTS + 1) for f in _OCCUPATION_FIELDS),
    "languages",
    "skills",
    "driving_licences",
    "available_from",
    "employment_types",
)
EXAMPLE = {
    "reference": "ZUE-RAT-000123",
    "reception_centre": "ZUE Ratingen",
    "given_name": "Olena",
    "family_name": "Kovalenko",
    "birth_date": "1990-04-01",
    "phone": "+49 170 5550123",
    "email": "olena@example.org",
    "nationality": "UA",
    "consent_matching": "ja",
    "consent_share_with_employers": "ja",
    "consent_share_with_employment_agency": "nein",
    "residence_status": "temporary_protection",
    "work_authorization": "permitted",
    "postal_code": "40878",
    "municipality": "Ratingen",
    "max_commute_km": "30",
    "occupation_1_title": "електрик",
    "occupation_1_kldb_code": "26212",
    "occupation_1_years_experience": "6",
    "occupation_1_qualification_level": "vocational",
    "occupation_1_qualification_country": "UA",
    "occupation_1_recognition_status": "applied",
    "languages": "de:A2:telc;uk:native",
    "skills": "Photovoltaik;Schaltschrankbau",
    "driving_licences": "B",
    "available_from": "2027-01-15",
    "employment_types": "full_time;part_time",
}


def template() -> str:
    """The header line and one example row."""
    return formats.template(COLUMNS, EXAMPLE)


def _occupation(cells: dict[str, str], n: int) -> dict[str, Any] | None:
    get = {f: cells.get(f"occupation_{n}_{f}", "") for f in _OCCUPATION_FIELDS}
    if not any(get.values()):
        return None
    return without_empty(
        {
            "title": get["title"],
            "kldb_code": get["kldb_code"],
            "years_experience": get["years_experience"],
            "qualification": without_empty(
                {"level": get["qualification_level"], "country": get["qualification_country"]}
            ),
            "recognition": without_empty({"status": get["recognition_status"]}),
        }
    )


def to_object(cells: dict[str, str]) -> dict[str, Any]:
    """A CSV row as the candidate JSON shape (unknown columns are refused)."""
    unknown = sorted(set(cells) - set(COLUMNS))
    if unknown:
        raise ValueError(f"unknown column(s): {', '.join(unknown)}")
    c = {k: cells.get(k, "") for k in COLUMNS}
    occupations = [o for n in range(1, OCCUPATION_SLOTS + 1) if (o := _occupation(c, n))]
    languages = [
        without_empty({"code": p[0], "level": p[1], "certificate": p[2] if len(p) > 2 else None})
        for p in pairs(c["languages"], "languages")
    ]
    return without_empty(
        {
            "reference": c["reference"],
            "reception_centre": c["reception_centre"],
            "status": c["status"],
            "personal": without_empty(
                {
                    k: c[k]
                    for k in ("given_name", "family_name", "birth_date", "phone", "email", "nationality")
                }
            ),
            "consent": without_empty(
                {
                    "matching": boolean(c["consent_matching"], "consent_matching"),
                    "share_with_employers": boolean(
                        c["consent_share_with_employers"], "consent_share_with_employers"
                    ),
                    "share_with_employment_agency": boolean(
                        c["consent_share_with_employment_agency"], "consent_share_with_employment_agency"
                    ),
                }
            ),
            "residence": without_empty(
                {"status": c["residence_status"], "work_authorization": c["work_authorization"]}
            ),
            "location": without_empty({"postal_code": c["postal_code"], "municipality": c["municipality"]}),
            "max_commute_km": c["max_commute_km"],
            "willing_to_relocate": boolean(c["willing_to_relocate"], "willing_to_relocate"),
            "occupations": occupations,
            "languages": languages,
            "skills": listed(c["skills"]),
            "driving_licences": listed(c["driving_licences"]),
            "available_from": c["available_from"],
            "employment_types": listed(c["employment_types"]),
        }
    )
