"""Pseudonyms for employer-facing results: stable per employer, unlinkable across employers.

``employer_pseudonym`` is a pure function of the ids and the server secret; ``pseudonym_secret`` returns that
secret, generated once on first use and stored in the database so that every replica uses the same one.
"""

import hashlib
import hmac
import secrets
import weakref
from uuid import UUID

from sqlalchemy.engine import Engine
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.privacy import repository

PSEUDONYM_PREFIX = "K-"
PSEUDONYM_HEX_DIGITS = 8
SECRET_NAME = "pseudonym_hmac_key"  # noqa: S105 (the name of the stored secret, not the secret)
SECRET_BYTES = 32

# Per engine (i.e. per database), read once per process: the secret never changes once stored.
_secrets: "weakref.WeakKeyDictionary[Engine, bytes]" = weakref.WeakKeyDictionary()


def employer_pseudonym(employer_id: UUID, candidate_id: UUID, secret: bytes) -> str:
    """A short, readable pseudonym of a candidate for one employer, e.g. ``K-7F3A9C21`` (HMAC-SHA256)."""
    digest = hmac.new(
        secret, b"employer-pseudonym:v1:" + employer_id.bytes + candidate_id.bytes, hashlib.sha256
    )
    return PSEUDONYM_PREFIX + digest.hexdigest()[:PSEUDONYM_HEX_DIGITS].upper()


async def pseudonym_secret(session: AsyncSession) -> bytes:
    """The pseudonym key of this database, created on first use in its own committed transaction."""
    bound = (await session.connection()).engine
    cached = _secrets.get(bound.sync_engine)
    if cached is not None:
        return cached
    # Its own connection and transaction: the secret must survive even if the caller's transaction rolls back.
    async with bound.begin() as conn:
        value = await repository.get_or_create_secret(conn, SECRET_NAME, secrets.token_bytes(SECRET_BYTES))
    _secrets[bound.sync_engine] = value
    return value
