"""Who is using a page: the session cookie, the same Principal an API key gives, CSRF checks, role gates."""

import hmac
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated
from urllib.parse import quote
from uuid import UUID

from fastapi import Depends, Request, Response

from matchwerk.auth.models import Principal, Role
from matchwerk.db import SessionDep
from matchwerk.users import service as user_service
from matchwerk.web.i18n import pick_language

SESSION_COOKIE = "mw_session"
LOGIN_CSRF_COOKIE = "mw_login_csrf"
IDLE_TIMEOUT = timedelta(minutes=30)


class SignInRequired(Exception):
    """No live session: the page answers with a redirect to the sign-in page."""

    def __init__(self, next_path: str, expired: bool) -> None:
        self.next_path = next_path
        self.expired = expired


class PageForbidden(Exception):
    """A signed-in user whose role may not open the page (or whose form token is wrong)."""

    def __init__(
        self, status_code: int = 403, message: str = "Ihre Rolle darf diese Seite nicht öffnen."
    ) -> None:
        self.status_code = status_code
        self.message = message


@dataclass(frozen=True)
class SignedInUser:
    """The facts of the signed-in user a page shows (plain values: they outlive a rollback of the session)."""

    id: UUID
    name: str
    email: str
    reception_centre: str | None


@dataclass(frozen=True)
class PageUser:
    """The signed-in person, the principal the services authorise, and the session's form token."""

    user: SignedInUser
    principal: Principal
    csrf_token: str

    @property
    def role(self) -> Role:
        return self.principal.role


def cookie_secure(request: Request) -> bool:
    """Secure cookies whenever the browser reached us over HTTPS (directly or behind a proxy)."""
    return request.url.scheme == "https"


def set_cookie(response: Response, request: Request, name: str, value: str, max_age: int | None) -> None:
    """A cookie for the whole site: HttpOnly, SameSite=Lax, Secure behind HTTPS."""
    response.set_cookie(
        name, value, max_age=max_age, httponly=True, samesite="lax", secure=cookie_secure(request), path="/"
    )


def sign_in_url(next_path: str, *, expired: bool = False) -> str:
    """The sign-in page that returns to ``next_path`` afterwards."""
    return f"/login?next={quote(next_path, safe='/')}" + ("&expired=1" if expired else "")


async def page_user(request: Request, session: SessionDep) -> PageUser:
    """The signed-in user of this request, or SignInRequired."""
    request.state.lang = pick_language(request)
    token = request.cookies.get(SESSION_COOKIE)
    next_path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    if not token:
        raise SignInRequired(next_path, expired=False)
    found = await user_service.resolve_session(session, request.app.state.engine, token, IDLE_TIMEOUT)
    if found is None:
        raise SignInRequired(next_path, expired=True)
    web_session, user = found
    facts = SignedInUser(id=user.id, name=user.name, email=user.email, reception_centre=user.reception_centre)
    page = PageUser(user=facts, principal=user.principal(), csrf_token=web_session.csrf_token)
    request.state.page = page
    request.state.principal = page.principal
    return page


async def check_csrf(request: Request, page: PageUser) -> None:
    """A state-changing request must carry the session's form token (form field or htmx header)."""
    sent = request.headers.get("x-csrf-token")
    if sent is None:
        form = await request.form()
        value = form.get("csrf_token")
        sent = value if isinstance(value, str) else None
    if not sent or not hmac.compare_digest(sent, page.csrf_token):
        raise PageForbidden(403, "Das Formular ist abgelaufen. Bitte versuchen Sie es noch einmal.")


def require_page(*roles: Role) -> Callable[..., Awaitable[PageUser]]:
    """A dependency letting only signed-in users of these roles through; POSTs also need the CSRF token."""
    allowed = frozenset(roles)

    async def gate(request: Request, page: Annotated[PageUser, Depends(page_user)]) -> PageUser:
        if page.role not in allowed:
            raise PageForbidden()
        if request.method not in ("GET", "HEAD"):
            await check_csrf(request, page)
        return page

    return gate


def new_login_csrf() -> str:
    """A token for the sign-in form (double-submit: cookie and hidden field must agree)."""
    return secrets.token_urlsafe(24)


EVERY_USER = (Role.ADMIN, Role.ADVISOR, Role.INTAKE)
AnyUser = Annotated[PageUser, Depends(require_page(*EVERY_USER))]
Staff = Annotated[PageUser, Depends(require_page(Role.ADMIN, Role.ADVISOR))]
AdminUser = Annotated[PageUser, Depends(require_page(Role.ADMIN))]
