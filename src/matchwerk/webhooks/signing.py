"""Standard Webhooks signing (the ``standardwebhooks`` package computes the signatures) and retry timing."""

import base64
import random
import secrets
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from uuid import UUID

from standardwebhooks.webhooks import Webhook

SECRET_PREFIX = "whsec_"  # noqa: S105 (the spec's public prefix, not a secret)
SECRET_BYTES = 24
MAX_ATTEMPTS = 12
FIRST_DELAY_S = 5.0
BACKOFF_FACTOR = 3.0
MAX_DELAY_S = 6 * 3600.0
JITTER = 0.2


def new_secret() -> str:
    """A fresh signing secret in the spec's ``whsec_<base64>`` form."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode()


def message_id(delivery_id: UUID) -> str:
    """The ``webhook-id``: one per event and endpoint, identical on every retry and redelivery."""
    return "msg_" + delivery_id.hex


def headers(delivery_id: UUID, body: str, signing_secrets: list[str], now: datetime) -> dict[str, str]:
    """The three Standard Webhooks headers; during a rotation one signature per valid secret."""
    msg_id = message_id(delivery_id)
    signatures = [Webhook(secret).sign(msg_id, now, body) for secret in signing_secrets]
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(now.timestamp())),
        "webhook-signature": " ".join(signatures),
        "content-type": "application/json",
    }


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """Seconds a ``Retry-After`` header asks to wait (delta-seconds or an HTTP date); None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def next_delay(
    attempts: int, retry_after: float | None = None, rng: random.Random | None = None
) -> float | None:
    """Seconds until the next try after ``attempts`` failed ones, or None to give up.

    5 s x 3^(n-1) capped at 6 h, ±20 % jitter: 12 tries spread over about 23 hours. A receiver's
    ``Retry-After`` (429/503) wins, capped at the same 6 h.
    """
    if attempts >= MAX_ATTEMPTS:
        return None
    if retry_after is not None:
        return min(retry_after, MAX_DELAY_S)
    base = min(FIRST_DELAY_S * BACKOFF_FACTOR ** (attempts - 1), MAX_DELAY_S)
    return base * (1 + (rng or random.SystemRandom()).uniform(-JITTER, JITTER))
