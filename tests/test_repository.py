"""The repository base and the shared API plumbing the features build on."""

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.employers.models import Employer
from matchwerk.errors import NotFound
from matchwerk.repository import Repository, table_of
from tests.factories import employer_body

employers = Repository(Employer, "Employer")


def test_table_of_a_model() -> None:
    assert table_of(Employer).name == "employers"
    assert employers.table.c.id is table_of(Employer).c.id


async def test_get_visible_and_versioned_update(session: AsyncSession) -> None:
    row = await employers.insert(session, {"name": "Tischlerei Kaya", "size": "small"})
    assert (row.version, await employers.get(session, row.id)) == (1, row)

    same = await employers.update(session, row, {"name": "Tischlerei Kaya", "size": "small"})
    assert same.version == 1  # nothing changed, nothing written
    changed = await employers.update(session, row, {"name": "Tischlerei Kaya GmbH", "size": "small"})
    assert (changed.version, changed.name) == (2, "Tischlerei Kaya GmbH")
    assert changed.updated_at >= changed.created_at

    with pytest.raises(NotFound, match=f"Employer {row.id} not found."):
        await employers.get_visible(session, row.id, lambda employer: employer.handwerk)
    assert await employers.get_visible(session, row.id, lambda employer: True, for_update=True) is row


async def test_page_walks_every_row_once(session: AsyncSession) -> None:
    ids = {(await employers.insert(session, {"name": f"Betrieb {i}", "size": "micro"})).id for i in range(5)}
    seen, cursor = [], None
    while True:
        rows, cursor = await employers.page(session, sa.select(Employer), limit=2, cursor=cursor)
        seen += [row.id for row in rows]
        if cursor is None:
            break
    assert set(seen) >= ids
    assert len(seen) == len(set(seen))


async def test_unchanged_employer_patch_keeps_its_etag(admin: httpx.AsyncClient) -> None:
    created = await admin.post("/api/v1/employers", json=employer_body())
    employer = created.json()
    patched = await admin.patch(f"/api/v1/employers/{employer['id']}", json={"name": employer["name"]})
    assert patched.status_code == 200
    assert patched.headers["ETag"] == created.headers["ETag"] == '"1"'
    assert patched.json() == employer
