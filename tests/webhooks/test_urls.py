"""The SSRF guard and the retry schedule."""

import random

import httpx
import pytest

from matchwerk.webhooks import signing, urls


@pytest.mark.parametrize(
    "url",
    [
        "https://127.0.0.1/hook",
        "https://localhost/hook",
        "https://10.1.2.3/hook",
        "https://192.168.0.10/hook",
        "https://169.254.169.254/latest/meta-data",
        "https://[::1]/hook",
        "https://[::ffff:10.0.0.1]/hook",
        "http://93.184.215.14/hook",  # public, but not https
        "https://user:pw@93.184.215.14/hook",
    ],
)
async def test_private_loopback_link_local_and_plain_http_are_refused(url: str) -> None:
    with pytest.raises(urls.UnsafeUrl):
        await urls.check(url, allow_private=False)


async def test_public_address_passes_and_private_passes_when_allowed() -> None:
    await urls.check("https://93.184.215.14/hook", allow_private=False)
    await urls.check("http://127.0.0.1:8140/hook", allow_private=True)


async def test_api_refuses_a_private_url(admin: httpx.AsyncClient) -> None:
    response = await admin.post(
        "/api/v1/webhooks", json={"url": "https://169.254.169.254/", "events": ["vacancy.filled"]}
    )
    assert response.status_code == 422
    assert "link-local" in response.json()["detail"]


def test_backoff_grows_with_jitter_spans_about_a_day_and_gives_up() -> None:
    rng = random.Random(7)
    maybe_delays = [signing.next_delay(n, rng=rng) for n in range(1, signing.MAX_ATTEMPTS)]
    delays = [d for d in maybe_delays if d is not None]
    assert delays == maybe_delays
    assert 4 <= delays[0] <= 6
    assert delays[5] > delays[4] > delays[3]
    total_hours = sum(delays) / 3600
    assert 18 < total_hours < 30
    assert signing.next_delay(signing.MAX_ATTEMPTS) is None
    assert signing.next_delay(2, retry_after=90) == 90
    assert signing.next_delay(2, retry_after=10**9) == signing.MAX_DELAY_S
