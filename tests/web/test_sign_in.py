"""Sign-in, sign-out, throttling, CSRF, idle timeout, cookies and the page headers."""

import re

import httpx
import sqlalchemy as sa
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.users.models import UserRole
from matchwerk.web.auth import LOGIN_CSRF_COOKIE, SESSION_COOKIE
from tests.web.helpers import PASSWORD, form_token, make_user


async def _sign_in(client: httpx.AsyncClient, email: str, password: str) -> httpx.Response:
    page = await client.get("/login")
    return await client.post(
        "/login",
        data={
            "email": email,
            "password": password,
            "csrf_token": form_token(page.text),
            "next": "/candidates",
        },
    )


async def test_start_page_is_the_german_sign_in_form_with_a_strict_csp(client: httpx.AsyncClient) -> None:
    response = await client.get("/")
    assert response.status_code == 200
    html = response.text
    assert '<html lang="de">' in html
    assert '<label for="email">E-Mail</label>' in html
    assert '<label for="password">Passwort</label>' in html
    assert '<button type="submit">Anmelden</button>' in html
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert re.findall(r"<script(?![^>]*\bsrc=)", html) == []  # no inline script anywhere
    assert 'src="/static/htmx-2.0.11.min.js"' in html
    assert response.headers["cache-control"] == "no-store"


async def test_accept_language_and_the_switch_choose_english(client: httpx.AsyncClient) -> None:
    english = await client.get("/login", headers={"Accept-Language": "en-GB,en;q=0.9,de;q=0.5"})
    assert '<label for="password">Password</label>' in english.text
    switched = await client.get("/lang/en", params={"next": "/login"})
    assert switched.status_code == 303
    assert switched.headers["location"] == "/login"
    assert "Sign in" in (await client.get("/login")).text
    outside = await client.get("/lang/de", params={"next": "//evil.example/"})
    assert outside.headers["location"] == "/candidates"  # never an open redirect


async def test_wrong_password_is_refused_and_the_right_one_opens_a_session(
    client: httpx.AsyncClient, session: AsyncSession
) -> None:
    await make_user(session, UserRole.ADVISOR, email="bea@example.org")
    wrong = await _sign_in(client, "bea@example.org", "not the password")
    assert wrong.status_code == 401
    assert "E-Mail oder Passwort ist falsch." in wrong.text
    assert SESSION_COOKIE not in client.cookies
    right = await _sign_in(client, "BEA@example.org", PASSWORD)
    assert right.status_code == 303
    assert right.headers["location"] == "/candidates"
    cookie = right.headers["set-cookie"]
    assert f"{SESSION_COOKIE}=" in cookie
    assert "HttpOnly" in cookie
    assert "SameSite=lax" in cookie
    assert "Secure" not in cookie  # plain HTTP in this test; see the HTTPS test below
    people = await client.get("/candidates")
    assert people.status_code == 200
    assert "Test advisor" in people.text


async def test_cookies_are_secure_behind_https(app: FastAPI, session: AsyncSession) -> None:
    await make_user(session, UserRole.ADVISOR, email="tls@example.org")
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="https://test") as tls:
        response = await _sign_in(tls, "tls@example.org", PASSWORD)
    assert response.status_code == 303
    assert "Secure" in response.headers["set-cookie"]


async def test_sign_in_is_throttled_after_five_failures(
    client: httpx.AsyncClient, session: AsyncSession
) -> None:
    await make_user(session, UserRole.ADVISOR, email="guess@example.org")
    statuses = [(await _sign_in(client, "guess@example.org", f"wrong {n}")).status_code for n in range(5)]
    assert statuses == [401] * 5
    blocked = await _sign_in(client, "guess@example.org", PASSWORD)  # even the right password waits now
    assert blocked.status_code == 429
    assert "Zu viele Fehlversuche. Bitte warten Sie 15 Minuten." in blocked.text


async def test_sign_in_form_needs_its_token(client: httpx.AsyncClient, session: AsyncSession) -> None:
    await make_user(session, UserRole.ADVISOR, email="csrf@example.org")
    await client.get("/login")
    response = await client.post(
        "/login", data={"email": "csrf@example.org", "password": PASSWORD, "csrf_token": "forged"}
    )
    assert response.status_code == 403
    assert LOGIN_CSRF_COOKIE in client.cookies
    assert SESSION_COOKIE not in client.cookies


async def test_sign_out_ends_the_session(
    client: httpx.AsyncClient, session: AsyncSession, advisor_csrf: str
) -> None:
    assert (await client.get("/candidates")).status_code == 200
    token = client.cookies[SESSION_COOKIE]
    forged = await client.post("/logout", data={"csrf_token": "forged"})
    assert forged.status_code == 403  # a cross-site form cannot sign anyone out
    out = await client.post("/logout", data={"csrf_token": advisor_csrf})
    assert out.status_code == 303
    assert out.headers["location"] == "/login?signed_out=1"
    client.cookies.set(SESSION_COOKIE, token)  # the old cookie is worth nothing now
    again = await client.get("/candidates")
    assert again.status_code == 303
    assert again.headers["location"].startswith("/login?next=/candidates")


async def test_an_idle_session_expires(
    client: httpx.AsyncClient, session: AsyncSession, advisor_csrf: str
) -> None:
    await session.execute(sa.text("UPDATE web_sessions SET last_seen_at = now() - interval '31 minutes'"))
    response = await client.get("/vacancies")
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=/vacancies&expired=1"
    page = await client.get(response.headers["location"])
    assert "Ihre Sitzung ist abgelaufen." in page.text


async def test_htmx_requests_without_a_session_get_a_client_redirect(client: httpx.AsyncClient) -> None:
    response = await client.get(
        "/lookup/place", params={"postal_code": "40878"}, headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    assert response.headers["hx-redirect"].startswith("/login?next=/lookup/place")


async def test_a_disabled_user_cannot_sign_in(client: httpx.AsyncClient, session: AsyncSession) -> None:
    user = await make_user(session, UserRole.ADVISOR, email="gone@example.org")
    await session.execute(sa.text("UPDATE users SET disabled_at = now() WHERE id = :id"), {"id": user.id})
    assert (await _sign_in(client, "gone@example.org", PASSWORD)).status_code == 401
