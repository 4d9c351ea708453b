"""Official importers: KldB structure file and ESCO CSV into the database, idempotent, used at once."""

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


@needs_reference
async def test_import_kldb_is_idempotent_and_used_at_once(
    admin: httpx.AsyncClient, session: AsyncSession
) -> None:
    builtin = service.catalogue()
    row = next(r for r in importers.read_kldb(KLDB) if r.level == 5 and r.code not in builtin and r.examples)
    title = row.examples[0]
    assert all(hit.kldb_code != row.code for hit in service.search(title, 5))  # unknown before the import

    first = await service.import_kldb(session, KLDB)
    assert first.codes_added == 2195
    assert first.labels_added > 18_000
    assert service.search(title, 1)[0].kldb_code == row.code
    response = await admin.get("/api/v1/occupations", params={"q": title, "limit": 1})
    assert response.json()[0]["kldb_code"] == row.code
    details = (await admin.get(f"/api/v1/occupations/{row.code}")).json()  # an imported-only code
    assert details["title_official"] == row.title
    assert details["parent_groups"][3]["title"]

    again = await service.import_kldb(session, KLDB)
    assert (again.codes_added, again.labels_added) == (0, 0)
    count = (await session.execute(text("SELECT count(*) FROM occupation_labels"))).scalar_one()
    assert count == first.labels_added


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


async def test_wrong_file_is_rejected_and_nothing_written(session: AsyncSession, tmp_path: object) -> None:
    from pathlib import Path

    from matchwerk.errors import ValidationFailed

    bad = Path(str(tmp_path)) / "not_kldb.csv"
    bad.write_text("a;b;c\n1;2;3\n", encoding="utf-8")
    with pytest.raises(ValidationFailed):
        await service.import_kldb(session, bad)
    with pytest.raises(ValidationFailed):
        await service.import_esco(session, bad, "de")
    count = (await session.execute(text("SELECT count(*) FROM occupation_labels"))).scalar_one()
    assert count == 0
