"""User rules: creation with Argon2id hashes, sign-in, sessions with idle timeout, admin changes (audited)."""

import hashlib
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from matchwerk.audit import service as audit
from matchwerk.audit.models import AuditAction
from matchwerk.auth.models import SYSTEM, Principal
from matchwerk.errors import Conflict, NotFound, ValidationFailed
from matchwerk.users import repository
from matchwerk.users.models import User, UserRole, WebSession

MIN_PASSWORD_LENGTH = 12
SESSION_MAX_AGE = timedelta(hours=12)
_hasher = PasswordHasher()  # Argon2id with the library's current recommended parameters
# Verified when the e-mail is unknown, so a failed sign-in takes as long whether or not the account exists.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


def _hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def generate_password() -> str:
    """A random password of 20 URL-safe characters (about 120 bits)."""
    return secrets.token_urlsafe(15)


def _field_error(field: str, msg: str) -> ValidationFailed:
    return ValidationFailed(msg, errors=[{"loc": ["body", field], "msg": msg, "type": "value_error"}])


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise _field_error("password", f"The password needs at least {MIN_PASSWORD_LENGTH} characters.")
    if len(password) > 1000:
        raise _field_error("password", "The password is too long.")


def _normalise_email(email: str) -> str:
    email = email.strip().lower()
    local, _, domain = email.partition("@")
    if not local or "." not in domain or len(email) > 254 or any(c.isspace() for c in email):
        raise _field_error("email", "The e-mail address is not valid.")
    return email


def _check_scope(role: UserRole, reception_centre: str | None) -> str | None:
    centre = (reception_centre or "").strip() or None
    if role is UserRole.INTAKE and centre is None:
        raise _field_error("reception_centre", "Intake staff need a reception centre.")
    return centre if role is UserRole.INTAKE else None


async def create_user(
    session: AsyncSession,
    *,
    email: str,
    name: str,
    role: UserRole,
    password: str,
    reception_centre: str | None = None,
    actor: Principal = SYSTEM,
) -> User:
    """Create an account; the password is stored only as an Argon2id hash."""
    email = _normalise_email(email)
    name = name.strip()
    if not name or len(name) > 200:
        raise _field_error("name", "The name must have 1 to 200 characters.")
    _check_password(password)
    centre = _check_scope(role, reception_centre)
    if await repository.by_email(session, email) is not None:
        raise Conflict(f"A user with the e-mail address {email} already exists.")
    user = await repository.insert(
        session,
        User(
            email=email,
            name=name,
            role=role.value,
            reception_centre=centre,
            password_hash=_hasher.hash(password),
        ),
    )
    await audit.record(session, actor, AuditAction.USER_CREATE, [user.id], {"role": role.value})
    await session.commit()
    return user


async def get_user(session: AsyncSession, user_id: UUID) -> User:
    """One user or NotFound."""
    user = await repository.get(session, user_id)
    if user is None:
        raise NotFound(f"User {user_id} not found.")
    return user


async def list_users(session: AsyncSession) -> list[User]:
    """Every user, by name."""
    return await repository.all_users(session)


async def update_user(
    session: AsyncSession,
    user_id: UUID,
    *,
    actor: Principal,
    role: UserRole | None = None,
    reception_centre: str | None = None,
    disabled: bool | None = None,
    password: str | None = None,
) -> User:
    """Change role/scope, disable or enable, or set a new password; ends the user's sessions when needed."""
    user = await get_user(session, user_id)
    values: dict[str, Any] = {}
    if role is not None:
        values["role"] = role.value
        values["reception_centre"] = _check_scope(role, reception_centre)
    if disabled is not None:
        if disabled and user.id == actor.key_id:
            raise Conflict("You cannot disable your own account.")
        values["disabled_at"] = datetime.now(UTC) if disabled else None
    if password is not None:
        _check_password(password)
        values["password_hash"] = _hasher.hash(password)
    if not values:
        return user
    await repository.update(session, user_id, values)
    if "role" in values or disabled or password is not None:
        await repository.delete_sessions_of(session, user_id)
    await audit.record(session, actor, AuditAction.USER_UPDATE, [user_id], {"fields": sorted(values)})
    await session.commit()
    return await get_user(session, user_id)


async def authenticate(session: AsyncSession, email: str, password: str) -> User | None:
    """The enabled user with this e-mail and password, or None (the same work for unknown e-mails)."""
    user = await repository.by_email(session, email.strip().lower()[:254])
    candidate_hash = user.password_hash if user is not None else _DUMMY_HASH
    try:
        _hasher.verify(candidate_hash, password[:1000])
    except (VerificationError, InvalidHashError):
        return None
    if user is None or user.disabled_at is not None:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        await repository.update(session, user.id, {"password_hash": _hasher.hash(password)})
    return user


async def start_session(session: AsyncSession, user: User) -> tuple[str, WebSession]:
    """Open a session for a signed-in user; returns the cookie token (only its hash is stored)."""
    token = secrets.token_urlsafe(32)
    web_session = WebSession(
        token_hash=_hash_token(token), user_id=user.id, csrf_token=secrets.token_urlsafe(32)
    )
    await repository.insert_session(session, web_session)
    await repository.update(session, user.id, {"last_login_at": datetime.now(UTC)})
    await audit.record(session, user.principal(), AuditAction.USER_SIGN_IN, [user.id])
    await session.commit()
    return token, web_session


async def resolve_session(
    session: AsyncSession, engine: AsyncEngine, token: str, idle_timeout: timedelta
) -> tuple[WebSession, User] | None:
    """The live session and user for a cookie token, or None when unknown, idle, expired or disabled."""
    if not token or len(token) > 100:
        return None
    now = datetime.now(UTC)
    found = await repository.active_session(
        session, _hash_token(token), now - idle_timeout, now - SESSION_MAX_AGE
    )
    if found is not None and now - found[0].last_seen_at > timedelta(minutes=1):
        await repository.touch_session(engine, found[0].token_hash)
    return found


async def end_session(session: AsyncSession, token: str, idle_timeout: timedelta) -> None:
    """Sign out: forget this session (and any idle ones lying around)."""
    await repository.delete_session(session, _hash_token(token))
    await repository.delete_stale_sessions(session, datetime.now(UTC) - idle_timeout)
    await session.commit()


async def any_user_exists(session: AsyncSession) -> bool:
    """Whether at least one account exists."""
    return await repository.count(session) > 0
