"""Access rules of the pages, for tests/test_access_matrix.py: who sees which page with a session cookie.

People sign in with accounts of role admin, advisor or intake; employer and partner keys (and no
credentials at all) are anonymous to the pages and are sent to the sign-in page (303)."""

from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.users.models import UserRole
from matchwerk.web.router import page_paths
from tests.web.helpers import make_user, sign_in

PAGE_PATHS = page_paths()
USER_ACTORS = {
    "admin": (UserRole.ADMIN, None),
    "advisor": (UserRole.ADVISOR, None),
    "intake": (UserRole.INTAKE, "ZUE Ratingen"),
    "intake_other": (UserRole.INTAKE, "ZUE Bonn"),
}


def is_page(path: str) -> bool:
    """Whether the matrix calls this path as a page (cookie session, form posts)."""
    return path in PAGE_PATHS


def page_expect(
    actors: tuple[str, ...],
    ok: int,
    allowed: frozenset[str],
    *,
    not_found: frozenset[str] = frozenset(),
    anonymous: int = 303,
) -> dict[str, int]:
    """``ok`` for allowed users, 404 outside their scope, 403 for other users, ``anonymous`` otherwise."""
    return {
        actor: (404 if actor in not_found else ok)
        if actor in allowed
        else 403
        if actor in USER_ACTORS
        else anonymous
        for actor in actors
    }


async def call_page(
    client: httpx.AsyncClient,
    session: AsyncSession,
    method: str,
    path: str,
    params: dict[str, str],
    query: dict[str, str],
    actor: str,
    form: dict[str, Any] | None,
) -> httpx.Response:
    """Call a page as ``actor``: users with a session cookie and the session's form token."""
    csrf = ""
    if actor in USER_ACTORS:
        role, centre = USER_ACTORS[actor]
        user = await make_user(session, role, centre=centre, email=f"matrix-{actor}@example.org")
        csrf = await sign_in(client, session, user)
    target = await make_user(session, UserRole.ADVISOR, email="matrix-target@example.org")
    url = path.format(**{**params, "user_id": str(target.id), "code": "en"})
    data = None if method == "GET" else {"csrf_token": csrf, **(form or {})}
    return await client.request(method, url, params=query, data=data, follow_redirects=False)
