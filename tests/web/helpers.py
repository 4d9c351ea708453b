"""Signing in test users: an account of a role, a live session, its cookie on the client."""

import re
from functools import cache

import httpx
from argon2 import PasswordHasher
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.users import repository as user_repository
from matchwerk.users import service as user_service
from matchwerk.users.models import User, UserRole
from matchwerk.web.auth import SESSION_COOKIE

PASSWORD = "correct horse battery staple"


@cache
def _password_hash() -> str:
    return PasswordHasher().hash(PASSWORD)


async def make_user(
    session: AsyncSession, role: UserRole, *, centre: str | None = None, email: str | None = None
) -> User:
    """A user of ``role`` (intake users need ``centre``) with the password PASSWORD.

    Stored directly with one shared hash: Argon2 is slow on purpose, and hundreds of tests create users."""
    user = User(
        email=email or f"{role.value}-{(centre or 'x').replace(' ', '').lower()}@example.org",
        name=f"Test {role.value}",
        role=role.value,
        reception_centre=centre,
        password_hash=_password_hash(),
    )
    return await user_repository.insert(session, user)


async def sign_in(client: httpx.AsyncClient, session: AsyncSession, user: User) -> str:
    """Open a session for ``user`` on ``client``; returns the session's form token."""
    token, web_session = await user_service.start_session(session, user)
    client.cookies.set(SESSION_COOKIE, token)
    return web_session.csrf_token


def form_token(html: str) -> str:
    """The first csrf_token of a page's forms."""
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found is not None, "no csrf_token on the page"
    return found.group(1)
