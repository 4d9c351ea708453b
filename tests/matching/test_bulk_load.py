"""The full load reads candidates straight into columns (``sync.bulk``): the index must be the one that
building every profile and upserting them gives."""

from datetime import date
from uuid import uuid4

import numpy as np
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.bench import synthetic
from matchwerk.matching.index.candidates import CandidateIndex
from matchwerk.matching.service import CATALOGUE, weights
from matchwerk.matching.sync import repository, rows
from matchwerk.matching.sync.state import catch_up, load_all
from tests.matching.fakes import make_candidate, make_vacancy

TODAY = date(2026, 12, 6)

# Gaps and odd orders the synthetic data does not have on its own.
EDGES = (
    "UPDATE candidates SET work_authorization = NULL WHERE reference LIKE '%1'",
    "UPDATE candidates SET max_commute_km = NULL, available_from = NULL WHERE reference LIKE '%2'",
    "UPDATE candidates SET postal_code = NULL, municipality = NULL WHERE reference LIKE '%3'",
    "UPDATE candidates SET consent_matching = false WHERE reference LIKE '%4'",
    "UPDATE candidate_occupations SET years_experience = NULL, qualification_level = NULL "
    "WHERE years_experience < 2",
    # Positions stored in reverse: the list order comes from position, not from the physical order.
    "UPDATE candidate_occupations SET position = 10 - position",
    "UPDATE candidate_languages SET position = 10 - position",
    # Small ids share their high 64 bits: the bulk load's id lookup must compare both halves.
    "SET session_replication_role = replica",
    "CREATE TEMP TABLE remap ON COMMIT DROP AS SELECT id AS old, "
    "('00000000-0000-0000-0000-' || lpad((row_number() OVER (ORDER BY id))::text, 12, '0'))::uuid AS new "
    "FROM candidates WHERE reference LIKE '%7' OR reference LIKE '%8'",
    "UPDATE candidate_occupations o SET candidate_id = r.new FROM remap r WHERE o.candidate_id = r.old",
    "UPDATE candidate_languages l SET candidate_id = r.new FROM remap r WHERE l.candidate_id = r.old",
    "UPDATE candidates c SET id = r.new FROM remap r WHERE c.id = r.old",
    "SET session_replication_role = DEFAULT",
    "INSERT INTO candidate_languages (candidate_id, code, position, level) "
    "SELECT id, 'en', 5, 'B1' FROM candidates WHERE reference LIKE '%5' ON CONFLICT DO NOTHING",
    "INSERT INTO candidate_languages (candidate_id, code, position, level) "
    "SELECT id, 'ar', 12, 'C1' FROM candidates WHERE reference LIKE '%5' OR reference LIKE '%6' "
    "ON CONFLICT DO NOTHING",
)


async def test_bulk_load_equals_profiles_upserted(session: AsyncSession) -> None:
    conn = await repository._raw(session)
    rng = np.random.default_rng(7)
    pool = synthetic.pools()
    await synthetic.load(conn, rng, pool, 400, 0)
    for statement in EDGES:
        await conn.execute(statement)

    state = await load_all(session, CATALOGUE, weights(), 0.35)
    found, occupations, languages = await repository.fetch_candidates(session)
    profiles = [
        rows.candidate_from_rows(row, occupations.get(row["id"], ()), languages.get(row["id"], ()))
        for row in found
    ]
    expected = CandidateIndex(CATALOGUE, weights(), min_occupation=0.35)
    expected.upsert(profiles)
    bulk = state.candidates

    assert len(bulk) == len(expected) == len(profiles) > 300
    assert any(len(profile.occupations) > 1 for profile in profiles)
    assert sum(profile.id.int < 2**64 for profile in profiles) > 50
    for profile in profiles:
        assert bulk.get(profile.id) == profile
    slot_columns = ("eligible", "share", "status", "authorization", "german", "available", "relocate")
    for name in slot_columns:
        assert np.array_equal(getattr(bulk.slots, name), getattr(expected.slots, name)), name
    for name in ("max_commute", "commute_threshold", "lat_rad", "cos_lat", "unit_x"):
        assert np.array_equal(getattr(bulk.slots, name), getattr(expected.slots, name), equal_nan=True), name
    for code in ("de", "en", "ar", "uk"):
        assert np.array_equal(bulk.language_levels(code), expected.language_levels(code)), code
    assert sorted(bulk.groups) == sorted(expected.groups)
    assert len(bulk.titled) == len(expected.titled) > 0
    codes = {occupation.kldb_code for profile in profiles for occupation in profile.occupations}
    ranked = 0
    for code in sorted(code for code in codes if code is not None)[:40]:
        vacancy = make_vacancy(
            kldb_code=code, title=CATALOGUE.title(code, "de"), german_min="A2", radius_km=50.0
        )
        for k in (20, len(profiles)):
            found_top = bulk.top_k(vacancy, k, today=TODAY)
            assert found_top == expected.top_k(vacancy, k, today=TODAY)
            ranked += len(found_top)
    assert ranked > 100
    unresolved = make_vacancy(kldb_code=None, title="Handwerker")
    assert bulk.top_k(unresolved, 50, today=TODAY) == expected.top_k(unresolved, 50, today=TODAY)


async def test_a_full_load_leaves_room_so_the_first_writes_copy_no_column(session: AsyncSession) -> None:
    """A bulk load sizes the tables exactly; without headroom the first write after start-up doubles every
    column inside the request that applies it."""
    conn = await repository._raw(session)
    await synthetic.load(conn, np.random.default_rng(11), synthetic.pools(), 300, 0)
    state = await load_all(session, CATALOGUE, weights(), 0.35)
    index = state.candidates
    tables = [index.slots, index.occupations, index.languages, *index.groups.values()]
    for table in tables:
        capacity = len(next(iter(table.buffers.values())))
        assert capacity - len(table) >= max(64, len(table) // 8), type(table).__name__
    buffers = [id(buffer) for table in tables for buffer in table.buffers.values()]
    index.upsert([make_candidate(id=uuid4())])
    assert [id(buffer) for table in tables for buffer in table.buffers.values()] == buffers


CHANGES = (
    "UPDATE candidates SET skills = '{Löten}' WHERE reference LIKE '%1' OR reference LIKE '%2'",
    "UPDATE candidate_occupations SET kldb_code = '26212', title = 'Elektriker' "
    "WHERE candidate_id IN (SELECT id FROM candidates WHERE reference LIKE '%3')",
    "UPDATE candidate_languages SET level = 'C1' "
    "WHERE candidate_id IN (SELECT id FROM candidates WHERE reference LIKE '%4')",
    # the service touches the candidate row with its child rows, which writes the change
    "UPDATE candidates SET updated_at = now() WHERE reference LIKE '%3' OR reference LIKE '%4'",
    "UPDATE candidates SET status = 'inactive' WHERE reference LIKE '%5'",
    "UPDATE candidates SET consent_matching = false WHERE reference LIKE '%6'",
    "UPDATE candidates SET postal_code = '50667', municipality = 'Köln' WHERE reference LIKE '%7'",
    "DELETE FROM candidates WHERE reference LIKE '%8'",
    # newcomers to the index: inactive or placed at the load, active now
    "UPDATE candidates SET status = 'active' WHERE status <> 'active' AND reference NOT LIKE '%5'",
)


@pytest.mark.parametrize("bulk_from", [1, 10**9], ids=["bulk", "profiles"])
async def test_a_catch_up_in_bulk_gives_the_index_that_upserting_profiles_gives(
    committed: AsyncSession, monkeypatch: pytest.MonkeyPatch, bulk_from: int
) -> None:
    """Many changed candidates are reloaded as columns; the index must be the one a fresh full load gives
    (which ``test_bulk_load_equals_profiles_upserted`` ties to upserting profiles)."""
    session = committed
    conn = await repository._raw(session)
    rng = np.random.default_rng(13)
    pool = synthetic.pools()
    await synthetic.load(conn, rng, pool, 400, 0)
    await session.commit()
    state = await load_all(session, CATALOGUE, weights(), 0.35)
    await session.commit()
    for statement in CHANGES:
        await conn.execute(statement)
    await session.commit()
    monkeypatch.setattr("matchwerk.matching.sync.state.BULK_CATCH_UP", bulk_from)
    assert await catch_up(session, state) > 200
    caught_up, fresh = state.candidates, (await load_all(session, CATALOGUE, weights(), 0.35)).candidates

    ids = [row["id"] for row in await conn.fetch("SELECT id FROM candidates")]
    assert len(caught_up) == len(fresh) > 300
    for candidate_id in ids:
        assert caught_up.get(candidate_id) == fresh.get(candidate_id)
    codes = sorted(
        {
            code
            for (code,) in await conn.fetch("SELECT DISTINCT kldb_code FROM candidate_occupations")
            if code is not None
        }
    )
    ranked = 0
    for code in codes[:40]:
        vacancy = make_vacancy(
            kldb_code=code, title=CATALOGUE.title(code, "de"), german_min="A2", radius_km=50.0
        )
        top = caught_up.top_k(vacancy, 30, today=TODAY)
        assert top == fresh.top_k(vacancy, 30, today=TODAY)
        ranked += len(top)
    assert ranked > 100
