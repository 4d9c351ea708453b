"""Employer pseudonyms: short and readable, stable per employer, different across employers, keyed by a
server secret that is generated once, stored in the database and shared by every replica."""

import logging
import re
import weakref
from uuid import UUID, uuid4

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from matchwerk.db import make_engine, make_sessionmaker
from matchwerk.privacy import pseudonyms
from matchwerk.privacy.pseudonyms import employer_pseudonym, pseudonym_secret

SECRET = bytes(range(32))
EMPLOYER_A = UUID("6f1c1a7e-0000-4000-8000-000000000001")
EMPLOYER_B = UUID("6f1c1a7e-0000-4000-8000-000000000002")
CANDIDATE = UUID("0b3f9d2a-0000-4000-8000-00000000000a")


def test_short_readable_form() -> None:
    assert re.fullmatch(r"K-[0-9A-F]{8}", employer_pseudonym(EMPLOYER_A, CANDIDATE, SECRET))


def test_known_value_so_pseudonyms_employers_hold_never_change_by_accident() -> None:
    assert employer_pseudonym(EMPLOYER_A, CANDIDATE, SECRET) == "K-729F0A65"


def test_stable_per_employer() -> None:
    first = employer_pseudonym(EMPLOYER_A, CANDIDATE, SECRET)
    assert all(employer_pseudonym(EMPLOYER_A, CANDIDATE, bytes(SECRET)) == first for _ in range(10))


def test_different_across_employers_and_secrets() -> None:
    candidates = [UUID(int=n) for n in range(1, 2001)]
    for_a = [employer_pseudonym(EMPLOYER_A, c, SECRET) for c in candidates]
    for_b = [employer_pseudonym(EMPLOYER_B, c, SECRET) for c in candidates]
    assert all(a != b for a, b in zip(for_a, for_b, strict=True))
    assert not set(for_a) & set(for_b)  # one employer's pseudonyms say nothing about another's
    assert len(set(for_a)) == len(candidates)  # and they tell one employer's candidates apart
    other_secret = [employer_pseudonym(EMPLOYER_A, c, b"\x01" * 32) for c in candidates[:100]]
    assert all(a != o for a, o in zip(for_a, other_secret, strict=False))


def test_the_ids_cannot_be_read_off_the_pseudonym() -> None:
    pseudonym = employer_pseudonym(EMPLOYER_A, CANDIDATE, SECRET)
    assert pseudonym[2:].lower() not in CANDIDATE.hex
    assert pseudonym[2:].lower() not in EMPLOYER_A.hex


@pytest.fixture
def no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every call reads the database, as a fresh replica would."""
    monkeypatch.setattr(pseudonyms, "_secrets", weakref.WeakKeyDictionary())


async def test_secret_is_generated_once_and_shared_by_replicas(
    database_url: str,
    engine: AsyncEngine,
    session: AsyncSession,
    no_cache: None,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    first = await pseudonym_secret(session)
    assert len(first) == 32
    await session.rollback()  # the caller's transaction rolling back must not lose the secret
    other_replica = make_engine(database_url, pool_size=1)
    try:
        async with make_sessionmaker(other_replica)() as elsewhere:
            assert await pseudonym_secret(elsewhere) == first
    finally:
        await other_replica.dispose()
    async with engine.connect() as conn:
        stored = (
            await conn.execute(text("SELECT value FROM server_secrets WHERE name = 'pseudonym_hmac_key'"))
        ).scalar_one()
    assert bytes(stored) == first
    assert first.hex() not in caplog.text
    assert employer_pseudonym(EMPLOYER_A, uuid4(), first).startswith("K-")
