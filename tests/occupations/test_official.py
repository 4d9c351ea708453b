"""The official KldB 2010 ships as package data: generated reproducibly, sourced, every code resolvable."""

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from matchwerk.occupations import official, service
from tests.conftest import SHARED_DATA

KLDB = SHARED_DATA / "kldb2010_structure.csv"
needs_reference = pytest.mark.skipif(not KLDB.exists(), reason="official reference files not available")


@needs_reference
def test_package_data_is_what_the_generator_makes_of_the_official_file() -> None:
    assert official.packaged_text() == official.render(KLDB)


def test_package_data_names_its_source_and_has_every_level() -> None:
    assert official.SOURCE in official.packaged_text()[:400]
    codes = official.codes()
    assert [sum(1 for c in codes if c.level == level) for level in (1, 2, 3, 4, 5)] == [
        10,
        37,
        144,
        703,
        1301,
    ]
    assert sum(len(c.job_titles) for c in codes) == 18_838
    welders = next(c for c in codes if c.kldb_code == "24422")
    assert "Schweißer/in" in welders.job_titles


def test_every_official_code_is_in_the_catalogue_and_accepted_from_clients() -> None:
    catalogue = service.catalogue()
    five_digit = [c.kldb_code for c in official.codes() if c.level == 5]
    assert [code for code in five_digit if code not in catalogue] == []
    resolved = service.resolve("Orthoptistin", "81132")  # a code our curated catalogue lacks
    assert resolved.kldb_code == "81132"


def test_official_only_codes_have_a_readable_german_title() -> None:
    catalogue = service.catalogue()
    assert catalogue.title("81132") == "Orthoptist/in"
    assert catalogue.title("42144") == "Meteorologe/Meteorologin"
    assert catalogue.title("26212") == "Elektriker / Elektrikerin"  # curated titles stay


def test_ba_job_titles_resolve_to_their_code() -> None:
    pairs = [(title, c.kldb_code) for c in official.codes() for title in c.job_titles][::7]
    right = sum(1 for title, code in pairs if service.search(title, 1)[0].kldb_code == code)
    assert right / len(pairs) >= 0.99, right / len(pairs)
    assert service.search("Fachkraft für Lagerlogistik", 1)[0].kldb_code == "51312"
    hit = service.search("Anlagenmechaniker/in für Sanitär-, Heizungs- und Klimatechnik", 1)[0]
    assert hit.kldb_code == "34212"


async def test_details_of_an_official_only_code_with_group_titles(admin: httpx.AsyncClient) -> None:
    response = await admin.get("/api/v1/occupations/81132")
    assert response.status_code == 200
    body = response.json()
    assert body["title_de"] == "Orthoptist/in"
    assert body["title_official"] == "Orthoptisten/Orthoptistinnen – fachlich ausgerichtete Tätigkeiten"
    assert [g["title"] for g in body["parent_groups"]] == [
        "Gesundheit, Soziales, Lehre und Erziehung",
        "Medizinische Gesundheitsberufe",
        "Arzt- und Praxishilfe",
        "Orthoptisten/Orthoptistinnen",
    ]


async def test_the_engine_is_built_at_start(engine: AsyncEngine) -> None:
    from matchwerk.app import prepare_database
    from matchwerk.config import Settings

    service._current = None  # as in a fresh process
    settings = Settings(database_url="postgresql://unused", demo_data=False, migrate_on_start=False)
    await prepare_database(engine, settings)
    assert service._current is not None
    assert "81132" in service._current.catalogue
