"""A small in-test occupation catalogue and profile builders."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Any
from uuid import UUID

from matchwerk.matching.rules.profiles import (
    CandidateOccupation,
    CandidateProfile,
    LanguageSkill,
    VacancyProfile,
)

# code: (German title, English title, regulated)
OCCUPATIONS: dict[str, tuple[str, str, bool]] = {
    "26212": ("Elektriker/in", "Electrician", False),
    "26213": ("Elektrotechniker/in", "Electrical technician", False),
    "26211": ("Helfer/in Elektrotechnik", "Electrical assistant", False),
    "26252": ("Elektroniker/in Betriebstechnik", "Industrial electronics technician", False),
    "26312": ("IT-Systemelektroniker/in", "IT systems electronics technician", False),
    "81301": ("Pflegehelfer/in", "Nursing assistant", False),
    "81302": ("Pflegefachmann/-frau", "Registered nurse", True),
    "81102": ("Medizinische/r Fachangestellte/r", "Medical assistant", False),
    "29301": ("Küchenhelfer/in", "Kitchen assistant", False),
    "29302": ("Koch/Köchin", "Cook", False),
    "52122": ("Berufskraftfahrer/in", "Professional driver", False),
    "43104": ("Informatiker/in", "Computer scientist", False),
}
# Listed in one direction only: the scorer must look it up both ways.
RELATED: dict[str, dict[str, float]] = {
    "26212": {"26312": 0.7},
    "29302": {"81102": 0.1},
}


class FakeCatalogue:
    """An ``OccupationCatalogue`` over the handful of occupations above."""

    def is_regulated(self, kldb_code: str) -> bool:
        """Whether the occupation is regulated."""
        entry = OCCUPATIONS.get(kldb_code)
        return entry is not None and entry[2]

    def related(self, kldb_code: str) -> Mapping[str, float]:
        """Curated related codes."""
        return RELATED.get(kldb_code, {})

    def helper_code(self, kldb_code: str) -> str | None:
        """The helper-level code of the same group, if the catalogue has it."""
        helper = kldb_code[:4] + "1"
        return helper if helper in OCCUPATIONS else None

    def title(self, kldb_code: str, lang: str) -> str:
        """The display title."""
        entry = OCCUPATIONS.get(kldb_code)
        if entry is None:
            return kldb_code
        return entry[0] if lang == "de" else entry[1]

    def normalise(self, title: str) -> str:
        """Lower case, gender suffixes and punctuation removed."""
        title = re.sub(r"\(m/w/d\)|/in\b|/-frau\b", " ", title.lower())
        return " ".join(re.sub(r"[^\w]+", " ", title).split())


TODAY = date(2025, 3, 1)
DUSSELDORF = (51.2277, 6.7735)
COLOGNE = (50.9375, 6.9603)


def occupation(
    kldb_code: str | None = "26212",
    *,
    title: str = "Elektriker",
    years: float | None = 5,
    qualification: str | None = "vocational",
    recognition: str = "not_required",
    compensation: str | None = None,
) -> CandidateOccupation:
    """A candidate occupation, an electrician by default."""
    return CandidateOccupation(title, kldb_code, years, qualification, recognition, compensation)


def make_candidate(**changes: Any) -> CandidateProfile:
    """An active, consenting electrician in Düsseldorf with German B2; override any field."""
    profile = CandidateProfile(
        id=UUID(int=1),
        status="active",
        consent_matching=True,
        consent_share_with_employers=True,
        work_authorization="permitted",
        latitude=DUSSELDORF[0],
        longitude=DUSSELDORF[1],
        municipality="Düsseldorf",
        max_commute_km=None,
        willing_to_relocate=False,
        occupations=(occupation(),),
        languages=(LanguageSkill("de", "B2"), LanguageSkill("ar", "native")),
        available_from=None,
    )
    return replace(profile, **changes)


def make_vacancy(**changes: Any) -> VacancyProfile:
    """An open electrician vacancy in Düsseldorf (30 km, German B1, 2 years); override any field."""
    profile = VacancyProfile(
        id=UUID(int=2),
        employer_id=UUID(int=3),
        status="open",
        title="Elektriker/in (m/w/d)",
        kldb_code="26212",
        latitude=DUSSELDORF[0],
        longitude=DUSSELDORF[1],
        municipality="Düsseldorf",
        radius_km=30,
        start_date=None,
        german_min="B1",
        languages=(),
        min_years_experience=2,
        recognition="auto",
        offers_language_course=False,
        offers_recognition_support=False,
    )
    return replace(profile, **changes)
