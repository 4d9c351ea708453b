"""Sign-in, sign-out, the start page and the language switch."""

import hmac
import math
from typing import Annotated

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse

from matchwerk.db import SessionDep
from matchwerk.users import service as user_service
from matchwerk.users.throttle import LoginThrottle
from matchwerk.web import auth
from matchwerk.web.i18n import LANG_COOKIE, LANGUAGES
from matchwerk.web.pages import PageRoute
from matchwerk.web.templating import PAGE_HEADERS, render

router = APIRouter(route_class=PageRoute, include_in_schema=False)

WRONG_CREDENTIALS = "E-Mail oder Passwort ist falsch."
THROTTLED = "Zu viele Fehlversuche. Bitte warten Sie {minutes} Minuten."


def safe_next(next_path: str | None) -> str:
    """Only local paths, never another host (no open redirect)."""
    if not next_path or not next_path.startswith("/") or next_path.startswith("//") or "\\" in next_path:
        return "/candidates"
    return next_path


def _sign_in_page(
    request: Request,
    *,
    next_path: str,
    email: str = "",
    error: str | None = None,
    notice: str | None = None,
    minutes: int | None = None,
    status_code: int = 200,
) -> Response:
    token = auth.new_login_csrf()
    context = {
        "title": "Anmelden",
        "login_csrf": token,
        "next_path": next_path,
        "email": email,
        "error": error,
        "notice": notice,
        "minutes": minutes,
    }
    response = render(request, "login.html", context, status_code=status_code)
    auth.set_cookie(response, request, auth.LOGIN_CSRF_COOKIE, token, max_age=3600)
    return response


async def _signed_in(request: Request, session: SessionDep) -> bool:
    try:
        await auth.page_user(request, session)
    except auth.SignInRequired:
        return False
    return True


@router.get("/", summary="Start page: sign-in, or the people list when signed in")
async def start(request: Request, session: SessionDep) -> Response:
    if await _signed_in(request, session):
        return RedirectResponse("/candidates", status_code=303, headers=PAGE_HEADERS)
    return _sign_in_page(request, next_path="/candidates")


@router.get("/login", summary="Sign-in page")
async def login_page(
    request: Request, next: str | None = None, expired: bool = False, signed_out: bool = False
) -> Response:
    notice = (
        "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an."
        if expired
        else "Sie wurden abgemeldet."
        if signed_out
        else None
    )
    return _sign_in_page(request, next_path=safe_next(next), notice=notice)


@router.post("/login", summary="Sign in with e-mail and password")
async def login(
    request: Request,
    session: SessionDep,
    email: Annotated[str, Form(max_length=254)] = "",
    password: Annotated[str, Form(max_length=1000)] = "",
    csrf_token: Annotated[str, Form(max_length=100)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/candidates",
) -> Response:
    next_path = safe_next(next)
    cookie = request.cookies.get(auth.LOGIN_CSRF_COOKIE, "")
    if not cookie or not hmac.compare_digest(cookie, csrf_token):
        return _sign_in_page(
            request,
            next_path=next_path,
            email=email,
            error="Das Formular ist abgelaufen. Bitte versuchen Sie es noch einmal.",
            status_code=403,
        )
    throttle: LoginThrottle = request.app.state.login_throttle
    email_key = "email:" + email.strip().lower()
    client_key = "client:" + (request.client.host if request.client else "-")
    wait = throttle.wait_seconds(email_key, client_key)
    if wait > 0:
        return _sign_in_page(
            request,
            next_path=next_path,
            email=email,
            error=THROTTLED,
            minutes=max(1, math.ceil(wait / 60)),
            status_code=429,
        )
    user = await user_service.authenticate(session, email, password)
    if user is None:
        throttle.failed(email_key, client_key)
        return _sign_in_page(
            request, next_path=next_path, email=email, error=WRONG_CREDENTIALS, status_code=401
        )
    throttle.succeeded(email_key)
    token, _ = await user_service.start_session(session, user)
    response = RedirectResponse(next_path, status_code=303, headers=PAGE_HEADERS)
    auth.set_cookie(response, request, auth.SESSION_COOKIE, token, max_age=None)
    response.delete_cookie(auth.LOGIN_CSRF_COOKIE, path="/")
    return response


@router.post("/logout", summary="Sign out")
async def logout(request: Request, session: SessionDep, page: auth.AnyUser) -> Response:
    token = request.cookies.get(auth.SESSION_COOKIE, "")
    await user_service.end_session(session, token, auth.IDLE_TIMEOUT)
    response = RedirectResponse("/login?signed_out=1", status_code=303, headers=PAGE_HEADERS)
    response.delete_cookie(auth.SESSION_COOKIE, path="/")
    return response


@router.get("/lang/{code}", summary="Switch the language of the pages")
async def switch_language(request: Request, code: str, next: str | None = None) -> Response:
    response = RedirectResponse(safe_next(next), status_code=303, headers=PAGE_HEADERS)
    if code in LANGUAGES:
        auth.set_cookie(response, request, LANG_COOKIE, code, max_age=365 * 24 * 3600)
    return response
