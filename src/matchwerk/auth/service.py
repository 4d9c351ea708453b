"""Key rules: creation, authentication, listing and revocation (every change is audited)."""

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.audit import service as audit
from matchwerk.audit.models import AuditAction
from matchwerk.auth import repository
from matchwerk.auth.models import SYSTEM, ApiKey, KeyScope, Principal, Role
from matchwerk.employers import repository as employer_repository
from matchwerk.errors import NotFound, ValidationFailed

TOKEN_PREFIX = "mw_"  # noqa: S105 (a public prefix that makes leaked keys easy to spot, not a secret)


def hash_token(token: str) -> str:
    """SHA-256 of a token; tokens carry 256 bits of entropy, so a fast hash is enough."""
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> str:
    """A fresh high-entropy token."""
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


LAST_USED_RESOLUTION = timedelta(minutes=1)


async def authenticate(session: AsyncSession, token: str) -> Principal | None:
    """The principal for a bearer token, or None for an unknown or revoked one."""
    if not token or len(token) > 200:
        return None
    token_hash = hash_token(token)
    key = await repository.find_active_by_hash(session, token_hash)
    # The lookup is by hash (its timing leaks nothing without a preimage); compare in constant time anyway.
    if key is None or not hmac.compare_digest(key.token_hash, token_hash):
        return None
    return Principal(
        key_id=key.id,
        role=Role(key.role),
        employer_id=key.employer_id,
        reception_centre=key.reception_centre,
        scope=KeyScope(key.scope) if key.scope else None,
        last_used_at=key.last_used_at,
    )


def usage_is_stale(principal: Principal, now: datetime) -> bool:
    """Whether the key's last use is worth recording again (at most once a minute)."""
    return principal.last_used_at is None or now - principal.last_used_at > LAST_USED_RESOLUTION


async def ensure_bootstrap_admin(session: AsyncSession, token: str) -> None:
    """An admin key with exactly this token exists after this call."""
    key_id = await repository.upsert_bootstrap_admin(session, hash_token(token), token[:10])
    if key_id is not None:
        await audit.record(session, SYSTEM, AuditAction.KEY_CREATE, [key_id], {"role": "admin"})
    await session.commit()


async def _check_scope(
    session: AsyncSession,
    role: Role,
    employer_id: UUID | None,
    reception_centre: str | None,
    scope: KeyScope | None = None,
) -> None:
    if role is Role.EMPLOYER:
        if employer_id is None:
            raise ValidationFailed("An employer key needs an employer_id.")
        if await employer_repository.get(session, employer_id) is None:
            raise ValidationFailed(
                f"Employer {employer_id} does not exist.",
                errors=[{"loc": ["body", "employer_id"], "msg": "unknown employer", "type": "not_found"}],
            )
    elif employer_id is not None:
        raise ValidationFailed("Only employer keys take an employer_id.")
    if role is Role.INTAKE:
        if not reception_centre:
            raise ValidationFailed("An intake key needs a reception_centre.")
    elif reception_centre is not None:
        raise ValidationFailed("Only intake keys take a reception_centre.")
    if scope is not None and role is not Role.PARTNER:
        raise ValidationFailed(f"The scope '{scope}' is for partner keys only.")


async def create_key(
    session: AsyncSession,
    *,
    role: Role,
    name: str,
    employer_id: UUID | None = None,
    reception_centre: str | None = None,
    scope: KeyScope | None = None,
    actor: Principal = SYSTEM,
) -> tuple[ApiKey, str]:
    """Create a key and return it with its token (shown once, never stored)."""
    await _check_scope(session, role, employer_id, reception_centre, scope)
    token = new_token()
    key = ApiKey(
        name=name,
        role=role.value,
        employer_id=employer_id,
        reception_centre=reception_centre,
        scope=scope.value if scope else None,
        token_hash=hash_token(token),
        token_prefix=token[:10],
    )
    await repository.insert(session, key)
    await audit.record(session, actor, AuditAction.KEY_CREATE, [key.id], {"role": role.value})
    await session.commit()
    return key, token


async def get_key(session: AsyncSession, key_id: UUID) -> ApiKey:
    """One key, revoked or not, or NotFound."""
    key = await repository.get(session, key_id)
    if key is None:
        raise NotFound(f"API key {key_id} not found.")
    return key


async def revoke_key(session: AsyncSession, key_id: UUID, *, actor: Principal = SYSTEM) -> ApiKey:
    """Revoke a key; it fails on the very next request in every process. Revoking twice is harmless."""
    if await repository.get(session, key_id, for_update=True) is None:
        raise NotFound(f"API key {key_id} not found.")
    if await repository.revoke(session, key_id):
        await audit.record(session, actor, AuditAction.KEY_REVOKE, [key_id])
    await session.commit()
    return await get_key(session, key_id)


async def page(
    session: AsyncSession,
    *,
    limit: int,
    cursor: str | None,
    role: Role | None = None,
    revoked: bool | None = None,
) -> tuple[list[ApiKey], str | None]:
    """A filtered page of keys."""
    return await repository.page(
        session, limit=limit, cursor=cursor, role=role.value if role else None, revoked=revoked
    )
