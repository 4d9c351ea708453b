"""A small, realistic demo data set for first runs: NRW employers, vacancies, candidates."""

from datetime import date, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk import repository
from matchwerk.auth.models import SYSTEM
from matchwerk.candidates import service as candidate_service
from matchwerk.candidates.schemas import CandidateCreate
from matchwerk.employers import service as employer_service
from matchwerk.employers.models import EmployerCreate
from matchwerk.vacancies import service as vacancy_service
from matchwerk.vacancies.models import VacancyCreate

EMPLOYERS: list[dict[str, Any]] = [
    {
        "name": "Elektro Schmitz GmbH",
        "sector": "Elektrohandwerk",
        "size": "small",
        "handwerk": True,
        "location": {"postal_code": "40210", "municipality": "Düsseldorf"},
        "contact": {
            "name": "Petra Schmitz",
            "email": "ausbildung@elektro-schmitz.example",
            "phone": "+49 211 555010",
        },
    },
    {
        "name": "Seniorenzentrum Rheinblick",
        "sector": "Altenpflege",
        "size": "medium",
        "handwerk": False,
        "location": {"postal_code": "50667", "municipality": "Köln"},
        "contact": {
            "name": "Ahmet Yilmaz",
            "email": "personal@rheinblick.example",
            "phone": "+49 221 555020",
        },
    },
    {
        "name": "Bäckerei Overbeck",
        "sector": "Lebensmittelhandwerk",
        "size": "micro",
        "handwerk": True,
        "location": {"postal_code": "48143", "municipality": "Münster"},
        "contact": {"name": "Jana Overbeck", "email": "info@baeckerei-overbeck.example"},
    },
    {
        "name": "Ruhr Logistik KG",
        "sector": "Logistik",
        "size": "large",
        "handwerk": False,
        "location": {"postal_code": "44135", "municipality": "Dortmund"},
        "contact": {"name": "Marco Lenz", "email": "jobs@ruhr-logistik.example", "phone": "+49 231 555030"},
    },
]

VACANCIES: list[tuple[int, dict[str, Any]]] = [
    (
        0,
        {
            "external_id": "ES-2025-01",
            "title": "Elektroniker/in (m/w/d) Energie- und Gebäudetechnik",
            "location": {"postal_code": "40210", "municipality": "Düsseldorf"},
            "radius_km": 30,
            "positions": 2,
            "requirements": {"german_min": "B1", "min_years_experience": 2},
            "offers": {"language_course": True, "recognition_support": True},
        },
    ),
    (
        1,
        {
            "external_id": "RB-PFK-7",
            "title": "Pflegefachkraft (m/w/d) Altenpflege",
            "kldb_code": "82102",
            "location": {"postal_code": "50667", "municipality": "Köln"},
            "radius_km": 25,
            "positions": 3,
            "requirements": {"german_min": "B2", "recognition": "auto"},
            "offers": {"language_course": True, "recognition_support": True, "housing": True},
        },
    ),
    (
        1,
        {
            "external_id": "RB-PH-2",
            "title": "Pflegehelfer/in (m/w/d)",
            "kldb_code": "82101",
            "location": {"postal_code": "50667", "municipality": "Köln"},
            "radius_km": 25,
            "requirements": {"german_min": "A2"},
            "offers": {"language_course": True},
        },
    ),
    (
        2,
        {
            "external_id": "BO-1",
            "title": "Bäcker/in (m/w/d)",
            "kldb_code": "29222",
            "location": {"postal_code": "48143", "municipality": "Münster"},
            "radius_km": 20,
            "requirements": {"german_min": "A2", "min_years_experience": 1},
        },
    ),
    (
        3,
        {
            "external_id": "RL-FS-12",
            "title": "Berufskraftfahrer/in CE (m/w/d)",
            "kldb_code": "52122",
            "location": {"postal_code": "44135", "municipality": "Dortmund"},
            "radius_km": 50,
            "requirements": {"german_min": "A2", "min_years_experience": 2},
        },
    ),
    (
        3,
        {
            "external_id": "RL-LH-3",
            "title": "Lagerhelfer/in (m/w/d)",
            "kldb_code": "51311",
            "location": {"postal_code": "44135", "municipality": "Dortmund"},
            "radius_km": 30,
            "employment_type": "part_time",
            "requirements": {"german_min": "A1"},
        },
    ),
]


def _candidate(
    ref: int,
    title: str,
    lang: str,
    german: str,
    *,
    years: float,
    place: tuple[str, str],
    recognition: str = "not_started",
    qualification: str = "vocational",
    country: str = "UA",
    authorization: str = "permitted",
    residence: str = "temporary_protection",
) -> dict[str, Any]:
    return {
        "reference": f"ZUE-DEMO-{ref:06d}",
        "reception_centre": "ZUE Ratingen" if ref % 2 else "ZUE Bonn",
        "consent": {"matching": True, "share_with_employers": ref % 5 != 0},
        "residence": {"status": residence, "work_authorization": authorization},
        "location": {"postal_code": place[0], "municipality": place[1]},
        "max_commute_km": 30,
        "occupations": [
            {
                "title": title,
                "years_experience": years,
                "qualification": {"level": qualification, "country": country},
                "recognition": {"status": recognition},
            }
        ],
        "languages": [
            {"code": "de", "level": german, "certificate": "telc" if german >= "B1" else "none"},
            {"code": lang, "level": "native"},
        ],
        "available_from": (date.today() + timedelta(days=14 * (ref % 4))).isoformat(),
        "employment_types": ["full_time", "part_time"],
    }


CANDIDATES: list[dict[str, Any]] = [
    _candidate(1, "електрик", "uk", "B1", years=6, place=("40878", "Ratingen")),
    _candidate(
        2,
        "كهربائي",
        "ar",
        "A2",
        years=8,
        place=("40210", "Düsseldorf"),
        country="SY",
        residence="residence_permit",
    ),
    _candidate(
        3,
        "برقکار",
        "fa",
        "A2",
        years=4,
        place=("53111", "Bonn"),
        country="AF",
        residence="asylum_seeker",
        authorization="permitted_with_approval",
    ),
    _candidate(
        4,
        "Altenpflegerin",
        "tr",
        "B2",
        years=5,
        place=("50667", "Köln"),
        country="TR",
        recognition="partial",
        residence="residence_permit",
    ),
    _candidate(
        5,
        "nurse",
        "en",
        "B1",
        years=10,
        place=("51063", "Köln"),
        country="NG",
        qualification="bachelor",
        recognition="applied",
        residence="residence_permit",
    ),
    _candidate(6, "медсестра", "uk", "A2", years=12, place=("40878", "Ratingen"), qualification="bachelor"),
    _candidate(7, "pekar", "ru", "A1", years=3, place=("48143", "Münster"), country="UA"),
    _candidate(
        8, "خباز", "ar", "A2", years=7, place=("48145", "Münster"), country="SY", residence="residence_permit"
    ),
    _candidate(
        9,
        "tır şoförü",
        "tr",
        "A2",
        years=9,
        place=("44137", "Dortmund"),
        country="TR",
        residence="residence_permit",
    ),
    _candidate(10, "водій вантажівки", "uk", "A1", years=15, place=("45127", "Essen")),
    _candidate(
        11,
        "Lagerarbeiter",
        "ti",
        "A1",
        years=1,
        place=("44135", "Dortmund"),
        country="ER",
        qualification="on_the_job",
        residence="tolerated",
        authorization="permitted_with_approval",
    ),
    _candidate(
        12,
        "انبار دار",
        "fa",
        "A2",
        years=2,
        place=("47051", "Duisburg"),
        country="AF",
        qualification="on_the_job",
        residence="residence_permit",
    ),
]

DEMO_ADMIN = SYSTEM  # audited as 'system', not as a key


async def load_if_empty(session: AsyncSession) -> bool:
    """Load the demo data set once, into a database without employers or candidates."""
    if not await repository.database_is_empty(session):
        return False
    employer_ids = []
    for employer in EMPLOYERS:
        created = await employer_service.create(session, EmployerCreate.model_validate(employer))
        employer_ids.append(created.id)
    for index, vacancy in VACANCIES:
        body = VacancyCreate.model_validate({**vacancy, "employer_id": str(employer_ids[index])})
        await vacancy_service.create(session, DEMO_ADMIN, body)
    for candidate in CANDIDATES:
        await candidate_service.create(session, DEMO_ADMIN, CandidateCreate.model_validate(candidate))
    return True
