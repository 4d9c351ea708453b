"""Request bodies used across tests."""

from typing import Any


def candidate_body(reference: str = "ZUE-RAT-000123", **overrides: Any) -> dict[str, Any]:
    """A complete candidate as intake staff would capture it."""
    body: dict[str, Any] = {
        "reference": reference,
        "reception_centre": "ZUE Ratingen",
        "personal": {
            "given_name": "Olena",
            "family_name": "Kovalenko",
            "birth_date": "1990-04-01",
            "phone": "+49 170 5550123",
            "email": "olena@example.org",
            "nationality": "UA",
        },
        "consent": {"matching": True, "share_with_employers": True, "share_with_employment_agency": False},
        "residence": {"status": "temporary_protection", "work_authorization": "permitted"},
        "location": {"postal_code": "40878", "municipality": "Ratingen"},
        "max_commute_km": 30,
        "willing_to_relocate": False,
        "occupations": [
            {
                "title": "електрик",
                "kldb_code": "26212",
                "years_experience": 6,
                "qualification": {"level": "vocational", "country": "UA"},
                "recognition": {
                    "status": "applied",
                    "reference_occupation": "Elektroniker/in",
                    "compensation_measure": None,
                },
            }
        ],
        "languages": [
            {"code": "de", "level": "A2", "certificate": "telc"},
            {"code": "uk", "level": "native", "certificate": "none"},
        ],
        "skills": ["Photovoltaik"],
        "driving_licences": ["B"],
        "available_from": "2025-03-01",
        "employment_types": ["full_time", "part_time"],
    }
    body.update(overrides)
    return body


def employer_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": "Elektro Schmitz GmbH",
        "sector": "Elektrohandwerk",
        "size": "small",
        "handwerk": True,
        "location": {"postal_code": "40210", "municipality": "Düsseldorf"},
    }
    body.update(overrides)
    return body


def vacancy_body(employer_id: str, **overrides: Any) -> dict[str, Any]:
    """A complete vacancy as an employer's HR system would send it."""
    body: dict[str, Any] = {
        "employer_id": employer_id,
        "external_id": "HR-4711",
        "title": "Elektroniker/in (m/w/d) Energie- und Gebäudetechnik",
        "kldb_code": "26212",
        "description": "Installation in Wohn- und Gewerbebauten.",
        "location": {"postal_code": "40210", "municipality": "Düsseldorf"},
        "radius_km": 30,
        "employment_type": "full_time",
        "positions": 2,
        "start_date": "2025-04-01",
        "requirements": {
            "german_min": "B1",
            "languages": [{"code": "en", "level": "A2"}],
            "min_years_experience": 2,
            "recognition": "auto",
        },
        "offers": {"language_course": True, "recognition_support": True, "housing": False},
        "status": "open",
    }
    body.update(overrides)
    return body
