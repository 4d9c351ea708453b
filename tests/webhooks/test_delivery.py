"""Webhook delivery end to end: outbox, worker, a real loopback receiver, Standard Webhooks signatures."""

from datetime import UTC, datetime
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from standardwebhooks.webhooks import Webhook

from matchwerk.auth.models import Role
from matchwerk.config import Settings
from matchwerk.webhooks import service, worker
from tests.factories import candidate_body, employer_body, vacancy_body
from tests.webhooks.receiver import Received, receiver


@pytest.fixture
def settings() -> Settings:
    return Settings(
        database_url="postgresql://unused",
        demo_data=False,
        migrate_on_start=False,
        webhook_allow_private=True,
    )


async def _make_due(session: AsyncSession) -> None:
    await session.execute(
        text("UPDATE webhook_deliveries SET next_attempt_at = now() WHERE status = 'pending'")
    )
    await session.commit()


async def _round(sessionmaker: async_sessionmaker[AsyncSession]) -> int:
    async with httpx.AsyncClient() as http:
        return await worker.deliver(sessionmaker, http, allow_private=True)


async def _endpoint(admin: httpx.AsyncClient, url: str, events: list[str], **extra: Any) -> dict[str, Any]:
    response = await admin.post("/api/v1/webhooks", json={"url": url, "events": events, **extra})
    assert response.status_code == 201, response.text
    endpoint: dict[str, Any] = response.json()
    return endpoint


async def _filled_vacancy(admin: httpx.AsyncClient, employer_id: str) -> str:
    vacancy = (await admin.post("/api/v1/vacancies", json=vacancy_body(employer_id))).json()
    patched = await admin.patch(f"/api/v1/vacancies/{vacancy['id']}", json={"status": "filled"})
    assert patched.status_code == 200
    return str(vacancy["id"])


def _verified(secret: str, request: Received) -> Any:
    return Webhook(secret).verify(request.body, request.headers)


async def test_fail_twice_then_succeed_is_acknowledged_once_with_one_webhook_id(
    admin: httpx.AsyncClient, session: AsyncSession, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    employer = (await admin.post("/api/v1/employers", json=employer_body())).json()
    with receiver((500, {}), (502, {}), (204, {})) as hook:
        endpoint = await _endpoint(admin, hook.url, ["vacancy.filled"], employer_id=employer["id"])
        assert endpoint["secret"].startswith("whsec_")
        vacancy_id = await _filled_vacancy(admin, employer["id"])
        for _ in range(3):
            assert await _round(sessionmaker) == 1
            await _make_due(session)
        assert await _round(sessionmaker) == 0  # acknowledged: nothing left to send
    assert len(hook.requests) == 3
    assert len({r.headers["webhook-id"] for r in hook.requests}) == 1
    payload = _verified(endpoint["secret"], hook.requests[-1])
    assert payload["type"] == "vacancy.filled"
    assert payload["data"] == {
        "vacancy_id": vacancy_id,
        "employer_id": employer["id"],
        "external_id": "HR-4711",
    }
    deliveries = (await admin.get(f"/api/v1/webhooks/{endpoint['id']}/deliveries")).json()["items"]
    assert len(deliveries) == 1
    assert deliveries[0]["status"] == "succeeded"
    assert deliveries[0]["webhook_id"] == hook.requests[0].headers["webhook-id"]
    assert [a["status_code"] for a in deliveries[0]["attempts"]] == [500, 502, 204]


async def test_wrong_secret_does_not_verify(
    admin: httpx.AsyncClient, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    employer = (await admin.post("/api/v1/employers", json=employer_body())).json()
    with receiver() as hook:
        await _endpoint(admin, hook.url, ["vacancy.filled"], employer_id=employer["id"])
        await _filled_vacancy(admin, employer["id"])
        await _round(sessionmaker)
    other = (
        await admin.post("/api/v1/webhooks", json={"url": hook.url, "events": ["vacancy.filled"]})
    ).json()
    with pytest.raises(Exception, match="No matching signature"):
        _verified(other["secret"], hook.requests[0])


async def test_rolled_back_change_emits_nothing_committed_one_does(
    session: AsyncSession, admin: httpx.AsyncClient
) -> None:
    await _endpoint(admin, "http://127.0.0.1:9/x", ["candidate.consent_withdrawn"])
    count = "SELECT count(*) FROM webhook_deliveries"
    await service.emit(session, "candidate.consent_withdrawn", {"candidate_id": "x"})
    assert (await session.execute(text(count))).scalar_one() == 1
    await session.rollback()
    assert (await session.execute(text(count))).scalar_one() == 0
    assert (await session.execute(text("SELECT count(*) FROM webhook_events"))).scalar_one() == 0
    await service.emit(session, "candidate.consent_withdrawn", {"candidate_id": "y"})
    await session.commit()
    assert (await session.execute(text(count))).scalar_one() == 1


async def test_consent_withdrawal_emits_ids_only(
    admin: httpx.AsyncClient, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    candidate = (await admin.post("/api/v1/candidates", json=candidate_body())).json()
    with receiver() as hook:
        endpoint = await _endpoint(admin, hook.url, ["candidate.consent_withdrawn"])
        await admin.patch(
            f"/api/v1/candidates/{candidate['id']}", json={"consent": {"share_with_employers": False}}
        )
        assert await _round(sessionmaker) == 1
    payload = _verified(endpoint["secret"], hook.requests[0])
    assert payload["data"] == {"candidate_id": candidate["id"], "withdrawn": ["share_with_employers"]}
    assert "Kovalenko" not in hook.requests[0].body.decode()


async def test_gone_disables_and_retry_after_is_honoured(
    admin: httpx.AsyncClient, session: AsyncSession, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    employer = (await admin.post("/api/v1/employers", json=employer_body())).json()
    with receiver((429, {"Retry-After": "120"}), (410, {})) as hook:
        endpoint = await _endpoint(admin, hook.url, ["vacancy.filled"], employer_id=employer["id"])
        await _filled_vacancy(admin, employer["id"])
        await _round(sessionmaker)
        wait = (
            await session.execute(
                text("SELECT extract(epoch FROM next_attempt_at - now()) FROM webhook_deliveries")
            )
        ).scalar_one()
        assert 100 < float(wait) <= 130  # Retry-After 120 s, measured from a clock that may lag under load
        await _make_due(session)
        await _round(sessionmaker)
    shown = (await admin.get(f"/api/v1/webhooks/{endpoint['id']}")).json()
    assert shown["enabled"] is False
    assert "410" in shown["disabled_reason"]
    delivery = (await admin.get(f"/api/v1/webhooks/{endpoint['id']}/deliveries")).json()["items"][0]
    assert delivery["status"] == "failed"
    redo = await admin.post(f"/api/v1/webhooks/{endpoint['id']}/deliveries/{delivery['id']}/redeliver")
    assert redo.status_code == 409


async def test_rotation_sends_old_and_new_signature_and_redeliver_keeps_the_id(
    admin: httpx.AsyncClient, session: AsyncSession, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    employer = (await admin.post("/api/v1/employers", json=employer_body())).json()
    with receiver() as hook:
        endpoint = await _endpoint(admin, hook.url, ["vacancy.filled"], employer_id=employer["id"])
        rotated = (await admin.post(f"/api/v1/webhooks/{endpoint['id']}/rotate-secret")).json()
        assert rotated["secret"] != endpoint["secret"]
        await _filled_vacancy(admin, employer["id"])
        await _round(sessionmaker)
        delivery = (await admin.get(f"/api/v1/webhooks/{endpoint['id']}/deliveries")).json()["items"][0]
        redo = await admin.post(f"/api/v1/webhooks/{endpoint['id']}/deliveries/{delivery['id']}/redeliver")
        assert redo.status_code == 202
        await _round(sessionmaker)
    assert len(hook.requests) == 2
    assert hook.requests[0].headers["webhook-id"] == hook.requests[1].headers["webhook-id"]
    assert len(hook.requests[0].headers["webhook-signature"].split(" ")) == 2
    for secret in (endpoint["secret"], rotated["secret"]):
        assert _verified(secret, hook.requests[0])["type"] == "vacancy.filled"


async def test_employer_sees_only_its_own_endpoints(admin: httpx.AsyncClient, session: AsyncSession) -> None:
    from tests.conftest import make_token

    first = (await admin.post("/api/v1/employers", json=employer_body())).json()
    second = (await admin.post("/api/v1/employers", json=employer_body(name="Andere GmbH"))).json()
    endpoint = await _endpoint(admin, "http://127.0.0.1:9/a", ["vacancy.filled"], employer_id=first["id"])
    token = await make_token(session, Role.EMPLOYER, employer_id=UUID(second["id"]))
    headers = {"Authorization": f"Bearer {token}"}
    assert (await admin.get(f"/api/v1/webhooks/{endpoint['id']}", headers=headers)).status_code == 404
    own = await admin.post(
        "/api/v1/webhooks",
        json={"url": "http://127.0.0.1:9/b", "events": ["vacancy.filled"], "employer_id": first["id"]},
        headers=headers,
    )
    assert own.status_code == 201
    assert own.json()["employer_id"] == second["id"]  # an employer key registers only for itself
    listed = (await admin.get("/api/v1/webhooks", headers=headers)).json()["items"]
    assert [e["id"] for e in listed] == [own.json()["id"]]
    assert "secret" not in listed[0]


def test_signature_is_the_standard_one() -> None:
    from matchwerk.webhooks import signing

    secret = signing.new_secret()
    now = datetime.now(UTC)
    headers = signing.headers(uuid4(), '{"a":1}', [secret], now)
    assert Webhook(secret).verify('{"a":1}', headers) == {"a": 1}
