"""A small population for the statistics routes: nurses and electricians in NRW reception centres."""

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.auth.models import SYSTEM, Role
from matchwerk.candidates import service as candidate_service
from matchwerk.candidates.schemas import CandidateCreate
from tests.conftest import make_token
from tests.factories import candidate_body

NURSE = "81302"  # Pflegefachmann / Pflegefachfrau: area 81, group 813
ELECTRICIAN = "26212"

# (reception centre, postal code, occupation, German level, recognition, how many)
POPULATION: list[tuple[str, str, str, str | None, str, int]] = [
    ("ZUE Ratingen", "40878", NURSE, "B1", "full", 9),  # Kreis Mettmann, Regierungsbezirk Düsseldorf
    ("ZUE Ratingen", "40878", NURSE, "B2", "full", 3),
    ("ZUE Ratingen", "40878", NURSE, "A2", "applied", 2),
    ("ZUE Ratingen", "40878", ELECTRICIAN, "A2", "not_required", 7),
    ("ZUE Mönchengladbach", "41061", NURSE, "B1", "full", 6),  # kreisfreie Stadt, RB Düsseldorf
    ("ZUE Essen", "45127", NURSE, "C1", "full", 1),  # a single person: never visible on its own
    ("ZUE Bonn", "53111", NURSE, "B1", "partial", 5),  # Regierungsbezirk Köln
    ("ZUE Bonn", "53111", ELECTRICIAN, None, "not_started", 8),
]


def person(
    number: int, centre: str, postal_code: str, kldb: str, german: str | None, recognition: str
) -> Any:
    languages = [{"code": "de", "level": german, "certificate": "telc"}] if german else []
    occupation = {
        "title": "Pflegefachkraft" if kldb == NURSE else "Elektriker",
        "kldb_code": kldb,
        "years_experience": 5,
        "qualification": {"level": "vocational", "country": "UA"},
        "recognition": {"status": recognition},
    }
    return candidate_body(
        f"STAT-{number:04d}",
        reception_centre=centre,
        location={"postal_code": postal_code},
        occupations=[occupation],
        languages=languages,
        available_from="2025-01-01",
        max_commute_km=50,
    )


def bodies() -> Iterator[Any]:
    number = 0
    for centre, postal_code, kldb, german, recognition, count in POPULATION:
        for _ in range(count):
            number += 1
            yield person(number, centre, postal_code, kldb, german, recognition)


@pytest.fixture
async def population(session: AsyncSession) -> int:
    """Create the population; returns how many people it has."""
    created = 0
    for body in bodies():
        await candidate_service.create(session, SYSTEM, CandidateCreate.model_validate(body))
        created += 1
    await session.commit()
    return created


@pytest.fixture
async def partner_key(client: httpx.AsyncClient, session: AsyncSession) -> httpx.AsyncClient:
    """The client with a partner key (no data)."""
    client.headers["Authorization"] = f"Bearer {await make_token(session, Role.PARTNER)}"
    return client


@pytest.fixture
async def partner(partner_key: httpx.AsyncClient, population: int) -> httpx.AsyncClient:
    """The client with a partner key, over the population."""
    return partner_key
