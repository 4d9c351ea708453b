"""Realistic synthetic candidates and vacancies for benchmarks, written straight into PostgreSQL with COPY."""

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np

from matchwerk.geo.places import packaged_records
from matchwerk.occupations.catalogue import builtin_catalogue

# Occupation groups that dominate intake and NRW vacancies (care, trades, logistics, hospitality, cleaning…).
COMMON_GROUPS = (
    "2621",
    "8130",
    "8210",
    "5131",
    "5212",
    "2930",
    "2922",
    "5410",
    "3421",
    "2422",
    "2521",
    "3321",
    "6210",
    "6330",
    "8311",
    "7132",
    "2511",
    "3222",
    "2223",
    "2932",
    "8114",
    "5132",
    "5421",
    "1210",
)
UNRESOLVED_TITLES = (
    "Handwerker",
    "Arbeiter",
    "Mitarbeiter Produktion",
    "helper",
    "технік",
    "робітник",
    "عامل",
    "kargar",
    "işçi",
    "Fachkraft",
    "master",
    "operator",
)
GERMAN_LEVELS = ("A1", "A2", "B1", "B2", "C1")
GERMAN_P = (0.25, 0.27, 0.26, 0.14, 0.05)  # the remaining 3 % have no German at all
RECOGNITION = ("not_started", "not_required", "applied", "partial", "full", "rejected", "zab_evaluated")
RECOGNITION_P = (0.40, 0.20, 0.15, 0.10, 0.10, 0.03, 0.02)
AUTHORIZATION = ("permitted", "permitted_with_approval", "not_permitted")
AUTHORIZATION_P = (0.75, 0.20, 0.05)
MOTHER_TONGUES = ("uk", "ar", "fa", "tr", "ru", "ti", "ku", "en")
CENTRES = ("ZUE Ratingen", "ZUE Bonn", "ZUE Mönchengladbach", "ZUE Wuppertal", "ZUE Essen", "ZUE Bielefeld")


@dataclass
class Pools:
    """Value pools sampled by the generator."""

    codes: list[str]
    code_p: np.ndarray
    places: list[tuple[str, str]]


def pools() -> Pools:
    """Occupation codes with a realistic mix, NRW postal codes."""
    codes = sorted(builtin_catalogue().occupations)
    weight = np.array(
        [
            (12.0 if c[:4] in COMMON_GROUPS else 1.0) * (3.0 if c[4] == "2" else 2.0 if c[4] == "1" else 1.0)
            for c in codes
        ]
    )
    places = sorted({(r.key, r.label) for r in packaged_records() if r.kind == "P" and r.state == "NW"})
    return Pools(codes, weight / weight.sum(), places)


def _uuids(rng: np.random.Generator, n: int) -> list[uuid.UUID]:
    raw = rng.integers(0, 2**63, size=(n, 2), dtype=np.int64)
    return [uuid.UUID(int=((int(a) << 64) | int(b)) & ~(0xF << 76) | (4 << 76)) for a, b in raw]


def candidates(
    rng: np.random.Generator, pool: Pools, n: int, offset: int
) -> dict[str, list[tuple[Any, ...]]]:
    """Rows for candidates, candidate_occupations and candidate_languages."""
    today = date.today()
    ids = _uuids(rng, n)
    place = rng.integers(0, len(pool.places), n)
    status = rng.choice(["active", "inactive", "placed"], n, p=[0.9, 0.07, 0.03])
    matching = rng.random(n) < 0.95
    share = rng.random(n) < 0.8
    authorization = rng.choice(AUTHORIZATION, n, p=AUTHORIZATION_P)
    commute = rng.choice([10, 20, 30, 50], n)
    relocate = rng.random(n) < 0.1
    available = rng.integers(-60, 200, n)
    rows_c = [
        (
            ids[i],
            f"SYN-{offset + i:07d}",
            CENTRES[i % len(CENTRES)],
            str(status[i]),
            bool(matching[i]),
            bool(share[i]),
            False,
            "residence_permit",
            str(authorization[i]),
            pool.places[place[i]][0],
            pool.places[place[i]][1],
            int(commute[i]),
            bool(relocate[i]),
            today + timedelta(days=int(available[i])),
        )
        for i in range(n)
    ]
    count = np.where(rng.random(n) < 0.3, 2, 1)
    owners = np.repeat(np.arange(n), count)
    m = len(owners)
    codes = rng.choice(len(pool.codes), m, p=pool.code_p)
    unresolved = rng.random(m) < 0.08
    years = np.round(rng.gamma(2.0, 2.5, m), 1)
    recognition = rng.choice(RECOGNITION, m, p=RECOGNITION_P)
    qualification = rng.choice(
        ["none", "on_the_job", "vocational", "bachelor", "master"], m, p=[0.15, 0.3, 0.35, 0.15, 0.05]
    )
    position = np.zeros(m, dtype=int)
    position[1:][owners[1:] == owners[:-1]] = 1
    occ_ids = _uuids(rng, m)
    rows_o = []
    for j in range(m):
        code = pool.codes[codes[j]]
        title = (
            UNRESOLVED_TITLES[j % len(UNRESOLVED_TITLES)]
            if unresolved[j]
            else builtin_catalogue().title(code)
        )
        rows_o.append(
            (
                occ_ids[j],
                ids[owners[j]],
                int(position[j]),
                title,
                None if unresolved[j] else code,
                float(years[j]),
                str(qualification[j]),
                str(recognition[j]),
            )
        )
    german = rng.choice(np.array([*GERMAN_LEVELS, None], dtype=object), n, p=[*GERMAN_P, 0.03])
    tongue = rng.choice(MOTHER_TONGUES, n)
    rows_l = []
    for i in range(n):
        if german[i] is not None:
            rows_l.append((ids[i], "de", 0, str(german[i])))
        rows_l.append((ids[i], str(tongue[i]), 1, "native"))
    return {"candidates": rows_c, "candidate_occupations": rows_o, "candidate_languages": rows_l}


def vacancies(
    rng: np.random.Generator, pool: Pools, n: int, employers: list[uuid.UUID]
) -> list[tuple[Any, ...]]:
    """Rows for open vacancies across the given employers."""
    today = date.today()
    ids = _uuids(rng, n)
    codes = rng.choice(len(pool.codes), n, p=pool.code_p)
    place = rng.integers(0, len(pool.places), n)
    german = rng.choice(np.array(["A2", "B1", "B2", None], dtype=object), n, p=[0.3, 0.4, 0.2, 0.1])
    positions = rng.integers(1, 6, n)  # 1..5, about 3 on average: 2,000 vacancies ≈ 6,000 positions
    return [
        (
            ids[i],
            employers[i % len(employers)],
            f"SYN-V{i:06d}",
            builtin_catalogue().title(pool.codes[codes[i]]),
            pool.codes[codes[i]],
            pool.places[place[i]][0],
            pool.places[place[i]][1],
            int(rng.choice([20, 30, 50])),
            today + timedelta(days=int(rng.integers(0, 90))),
            None if german[i] is None else str(german[i]),
            float(rng.choice([0, 1, 2, 3])),
            bool(rng.random() < 0.5),
            bool(rng.random() < 0.4),
            int(positions[i]),
        )
        for i in range(n)
    ]


CANDIDATE_COLUMNS = (
    "id",
    "reference",
    "reception_centre",
    "status",
    "consent_matching",
    "consent_share_with_employers",
    "consent_share_with_employment_agency",
    "residence_status",
    "work_authorization",
    "postal_code",
    "municipality",
    "max_commute_km",
    "willing_to_relocate",
    "available_from",
)
OCCUPATION_COLUMNS = (
    "id",
    "candidate_id",
    "position",
    "title",
    "kldb_code",
    "years_experience",
    "qualification_level",
    "recognition_status",
)
LANGUAGE_COLUMNS = ("candidate_id", "code", "position", "level")
VACANCY_COLUMNS = (
    "id",
    "employer_id",
    "external_id",
    "title",
    "kldb_code",
    "postal_code",
    "municipality",
    "radius_km",
    "start_date",
    "german_min",
    "min_years_experience",
    "offers_language_course",
    "offers_recognition_support",
    "positions",
)


async def load(conn: Any, rng: np.random.Generator, pool: Pools, n: int, offset: int) -> None:
    """Generate and COPY n candidates (triggers off: a bulk load, not n changes)."""
    rows = candidates(rng, pool, n, offset)
    await conn.execute("SET session_replication_role = replica")
    for table, columns in (
        ("candidates", CANDIDATE_COLUMNS),
        ("candidate_occupations", OCCUPATION_COLUMNS),
        ("candidate_languages", LANGUAGE_COLUMNS),
    ):
        for start in range(0, len(rows[table]), 200_000):
            await conn.copy_records_to_table(
                table, records=rows[table][start : start + 200_000], columns=columns
            )
    await conn.execute("SET session_replication_role = DEFAULT")


async def load_vacancies(conn: Any, rng: np.random.Generator, pool: Pools, n: int, employers: int) -> None:
    """Employers and open vacancies."""
    employer_ids = _uuids(rng, employers)
    await conn.copy_records_to_table(
        "employers", records=[(e, f"Betrieb {i}") for i, e in enumerate(employer_ids)], columns=("id", "name")
    )
    await conn.copy_records_to_table(
        "vacancies", records=vacancies(rng, pool, n, employer_ids), columns=VACANCY_COLUMNS
    )
