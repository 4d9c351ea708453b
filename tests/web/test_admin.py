"""Administration pages and user rules: accounts, API keys, audit log; the users service's checks."""

import re

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.errors import Conflict, ValidationFailed
from matchwerk.users import service as user_service
from matchwerk.users.models import UserRole
from tests.web.helpers import make_user, sign_in


@pytest.fixture
async def admin_csrf(client: httpx.AsyncClient, session: AsyncSession) -> str:
    return await sign_in(client, session, await make_user(session, UserRole.ADMIN, email="root@example.org"))


async def test_admin_creates_a_user_who_can_then_sign_in(
    client: httpx.AsyncClient, session: AsyncSession, admin_csrf: str
) -> None:
    created = await client.post(
        "/admin/users",
        data={
            "csrf_token": admin_csrf,
            "email": "Neu@Example.org",
            "name": "Nora Neu",
            "role": "intake",
            "reception_centre": "ZUE Bonn",
        },
    )
    assert created.status_code == 201
    shown = re.search(r'<code class="secret">([^<]+)</code>', created.text)
    assert shown is not None
    user = await user_service.authenticate(session, "neu@example.org", shown.group(1))
    assert user is not None
    assert (user.role, user.reception_centre) == ("intake", "ZUE Bonn")
    stored = await session.execute(sa.text("SELECT password_hash FROM users WHERE id = :id"), {"id": user.id})
    assert stored.scalar_one().startswith("$argon2id$")
    assert shown.group(1) not in (await client.get("/admin/users")).text  # shown once only


async def test_admin_disables_a_user_and_their_sessions_end(
    client: httpx.AsyncClient, session: AsyncSession, admin_csrf: str
) -> None:
    advisor = await make_user(session, UserRole.ADVISOR, email="adv@example.org")
    other = httpx.AsyncClient(transport=client._transport, base_url="http://test")
    async with other:
        await sign_in(other, session, advisor)
        assert (await other.get("/candidates")).status_code == 200
        response = await client.post(
            f"/admin/users/{advisor.id}", data={"csrf_token": admin_csrf, "action": "disable"}
        )
        assert response.status_code == 200
        assert (await other.get("/candidates")).status_code == 303
    own = await client.post(
        "/admin/users/" + str((await user_service.list_users(session))[0].id),
        data={"csrf_token": admin_csrf, "action": "reset_password"},
    )
    assert own.status_code == 200


async def test_admin_creates_and_revokes_an_api_key(
    client: httpx.AsyncClient, session: AsyncSession, admin_csrf: str
) -> None:
    created = await client.post(
        "/admin/keys", data={"csrf_token": admin_csrf, "role": "partner", "name": "Kammer"}
    )
    assert created.status_code == 201
    token = re.search(r'<code class="secret">(mw_[^<]+)</code>', created.text)
    assert token is not None
    api = await client.get(
        "/api/v1/occupations", params={"q": "Koch"}, headers={"Authorization": f"Bearer {token.group(1)}"}
    )
    assert api.status_code == 200
    key_id = (await session.execute(sa.text("SELECT id FROM api_keys WHERE name = 'Kammer'"))).scalar_one()
    revoked = await client.post(f"/admin/keys/{key_id}/revoke", data={"csrf_token": admin_csrf})
    assert revoked.status_code == 200
    assert "widerrufen am" in revoked.text
    again = await client.get(
        "/api/v1/occupations", params={"q": "Koch"}, headers={"Authorization": f"Bearer {token.group(1)}"}
    )
    assert again.status_code == 401


async def test_audit_log_filters_by_action(
    client: httpx.AsyncClient, session: AsyncSession, admin_csrf: str
) -> None:
    page = await client.get("/admin/audit", params={"action": "user.sign_in"})
    assert page.status_code == 200
    actions = re.findall(r"<td>([a-z_]+\.[a-z_]+)</td>", page.text)
    assert actions
    assert set(actions) == {"user.sign_in"}


async def test_user_rules(session: AsyncSession) -> None:
    with pytest.raises(ValidationFailed, match="12 characters"):
        await user_service.create_user(
            session, email="a@example.org", name="A", role=UserRole.ADVISOR, password="short"
        )
    with pytest.raises(ValidationFailed, match="reception centre"):
        await user_service.create_user(
            session, email="b@example.org", name="B", role=UserRole.INTAKE, password="long enough password"
        )
    with pytest.raises(ValidationFailed, match="e-mail"):
        await user_service.create_user(
            session, email="not-an-address", name="C", role=UserRole.ADVISOR, password="long enough password"
        )
    user = await user_service.create_user(
        session,
        email="D@Example.org",
        name="D",
        role=UserRole.ADVISOR,
        password="long enough password",
        reception_centre="ignored",
    )
    assert (user.email, user.reception_centre) == ("d@example.org", None)
    with pytest.raises(Conflict):
        await user_service.create_user(
            session, email="d@example.org", name="D2", role=UserRole.ADVISOR, password="long enough password"
        )
    assert user.principal().role == "advisor"
    assert user.principal().key_id == user.id
