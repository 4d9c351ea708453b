"""Official importers: KldB structure file and ESCO CSV into the database, idempotent, used at once."""

from pathlib import Path

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.occupations import importers, service
from tests.conftest import SHARED_DATA

KLDB = SHARED_DATA / "kldb2010_structure.csv"
ESCO_DE = SHARED_DATA / "esco_occupations_de.csv"
needs_reference = pytest.mark.skipif(not KLDB.exists(), reason="official reference files not available")


@needs_reference
def test_kldb_reader_parses_examples() -> None:
    rows = {row.code: row for row in importers.read_kldb(KLDB)}
    assert len([r for r in rows.values() if r.level == 5]) == 1301
    assert "Fachkraft für Lasertechnik" in rows["24243"].examples
    assert sum(len(r.examples) for r in rows.values()) > 18_000


def _structure_file(folder: Path, title: str) -> Path:
    """A tiny KldB structure file of a newer edition: one known code with one new 'Umfasst ferner' title."""
    path = folder / "kldb_update.csv"
    path.write_text(
        "\ufeffSchlüssel KldB 2010, V. 2020;Ebene;Titel;Kurztitel;Allgemeine Bemerkungen;Einschlüsse;"
        "Umfasst ferner;Ausschlüsse;\n"
        "2442;4;Schweiß- und Verbindungstechnik;Schweiß-, Verbindungstechnik;;;;;\n"
        "24422;5;Berufe in der Schweiß- und Verbindungstechnik – fachlich ausgerichtete Tätigkeiten;"
        f"Schweiß-, Verbindungstechnik - Fachkraft;;;24422-999 {title};;\n",
        encoding="utf-8",
    )
    return path


async def test_import_kldb_adds_new_titles_used_at_once(
    admin: httpx.AsyncClient, session: AsyncSession, tmp_path: Path
) -> None:
    title = "Unterwasserkonstruktionsschweißer/in"
    assert all(hit.kldb_code != "24422" or hit.score < 0.99 for hit in service.search(title, 5))

    first = await service.import_kldb(session, _structure_file(tmp_path, title))
    assert (first.codes_added, first.labels_added) == (2, 2)  # the short title and the new job title
    hit = service.search(title, 1)[0]
    assert (hit.kldb_code, hit.score) == ("24422", 1.0)
    response = await admin.get("/api/v1/occupations", params={"q": title, "limit": 1})
    assert response.json()[0]["kldb_code"] == "24422"

    again = await service.import_kldb(session, _structure_file(tmp_path, title))
    assert (again.codes_added, again.labels_added) == (0, 0)
    count = (await session.execute(text("SELECT count(*) FROM occupation_labels"))).scalar_one()
    assert count == first.labels_added


@needs_reference
async def test_import_of_the_shipped_edition_changes_no_resolution(session: AsyncSession) -> None:
    sample = _sample_titles()
    before = [service.search(title, 1)[0].kldb_code for title, _ in sample]
    report = await service.import_kldb(session, KLDB)
    assert report.codes_added == 2195
    assert report.labels_added > 18_000
    assert [service.search(title, 1)[0].kldb_code for title, _ in sample] == before


def _sample_titles() -> list[tuple[str, str]]:
    rows = [r for r in importers.read_kldb(KLDB) if r.level == 5 and r.examples]
    return [(row.examples[-1], row.code) for row in rows[::25]]


@needs_reference
async def test_import_esco_attaches_labels_through_isco(session: AsyncSession) -> None:
    report = await service.import_esco(session, ESCO_DE, None)
    assert report.labels_added > 1000
    rows = (
        (await session.execute(text("SELECT DISTINCT lang FROM occupation_labels WHERE source = 'esco'")))
        .scalars()
        .all()
    )
    assert rows == ["de"]


async def test_wrong_file_is_rejected_and_nothing_written(session: AsyncSession, tmp_path: Path) -> None:
    from matchwerk.errors import ValidationFailed

    bad = tmp_path / "not_kldb.csv"
    bad.write_text("a;b;c\n1;2;3\n", encoding="utf-8")
    with pytest.raises(ValidationFailed):
        await service.import_kldb(session, bad)
    with pytest.raises(ValidationFailed):
        await service.import_esco(session, bad, "de")
    count = (await session.execute(text("SELECT count(*) FROM occupation_labels"))).scalar_one()
    assert count == 0
