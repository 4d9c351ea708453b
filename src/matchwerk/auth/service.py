"""Key creation and authentication rules."""

import hashlib
import secrets
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.auth import repository
from matchwerk.auth.models import ApiKey, Principal, Role
from matchwerk.errors import ValidationFailed

TOKEN_PREFIX = "mw_"  # noqa: S105 (a public prefix that makes leaked keys easy to spot, not a secret)


def hash_token(token: str) -> str:
    """SHA-256 of a token; tokens carry 256 bits of entropy, so a fast hash is enough."""
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> str:
    """A fresh high-entropy token."""
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


async def authenticate(session: AsyncSession, token: str) -> Principal | None:
    """The principal for a bearer token, or None for an unknown or revoked one."""
    if not token or len(token) > 200:
        return None
    key = await repository.find_active_by_hash(session, hash_token(token))
    if key is None:
        return None
    return Principal(
        key_id=key.id, role=Role(key.role), employer_id=key.employer_id, reception_centre=key.reception_centre
    )


async def ensure_bootstrap_admin(session: AsyncSession, token: str) -> None:
    """An admin key with exactly this token exists after this call."""
    await repository.upsert_bootstrap_admin(session, hash_token(token), token[:10])
    await session.commit()


async def create_key(
    session: AsyncSession,
    *,
    role: Role,
    name: str,
    employer_id: UUID | None = None,
    reception_centre: str | None = None,
) -> tuple[ApiKey, str]:
    """Create a key and return it with its token (shown once, never stored)."""
    if role is Role.EMPLOYER and employer_id is None:
        raise ValidationFailed("An employer key needs an employer_id.")
    if role is Role.INTAKE and not reception_centre:
        raise ValidationFailed("An intake key needs a reception_centre.")
    token = new_token()
    key = ApiKey(
        name=name,
        role=role.value,
        employer_id=employer_id if role is Role.EMPLOYER else None,
        reception_centre=reception_centre if role is Role.INTAKE else None,
        token_hash=hash_token(token),
        token_prefix=token[:10],
    )
    await repository.insert(session, key)
    await session.commit()
    return key, token
