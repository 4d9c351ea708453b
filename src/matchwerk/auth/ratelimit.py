"""Per-key rate limiting: an in-process token bucket, so the limit holds per replica, not per cluster."""

import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass


@dataclass
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    """Allow ``per_minute`` requests per key on average with bursts up to ``burst``; 0 turns it off."""

    def __init__(self, per_minute: int, burst: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = per_minute / 60.0
        self.burst = float(max(burst, 1))
        self.clock = clock
        self._buckets: dict[Hashable, _Bucket] = {}

    @property
    def enabled(self) -> bool:
        """Whether requests are limited at all."""
        return self.rate > 0

    def __len__(self) -> int:
        return len(self._buckets)

    def wait(self, key: Hashable) -> float | None:
        """Seconds until ``key`` has a token again (None: it has one now); takes nothing."""
        if not self.enabled:
            return None
        bucket = self._buckets.get(key)
        if bucket is None:
            return None
        tokens = min(self.burst, bucket.tokens + (self.clock() - bucket.updated) * self.rate)
        return None if tokens >= 1.0 else (1.0 - tokens) / self.rate

    def forget_idle(self) -> None:
        """Drop keys whose bucket has refilled completely (they are as new)."""
        now = self.clock()
        self._buckets = {
            key: bucket
            for key, bucket in self._buckets.items()
            if bucket.tokens + (now - bucket.updated) * self.rate < self.burst
        }

    def acquire(self, key_id: Hashable) -> float | None:
        """Take one token for ``key_id``; None when allowed, else the seconds until one is free."""
        if not self.enabled:
            return None
        now = self.clock()
        bucket = self._buckets.get(key_id)
        if bucket is None:
            bucket = self._buckets[key_id] = _Bucket(tokens=self.burst, updated=now)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * self.rate)
        bucket.updated = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            return None
        return (1.0 - bucket.tokens) / self.rate


class FailedAuthThrottle:
    """Per client address: after ``burst`` failed authentications (refilled at ``per_minute``), answer 429.

    A throttled client's token is not even looked up, so guessing gets nowhere, unless it is a token this
    replica has accepted recently: keys in use behind the same address (an office's NAT) keep working.
    The state is per replica (in process), like the per-key limit.
    """

    MAX_CLIENTS = 10_000
    MAX_KNOWN_GOOD = 10_000
    KNOWN_GOOD_SECONDS = 3600.0

    def __init__(self, per_minute: int, burst: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.failures = RateLimiter(per_minute, burst, clock)
        self.clock = clock
        self._known_good: dict[str, float] = {}

    def blocked(self, client: str, token_hash: str) -> float | None:
        """Seconds to wait when ``client`` has used up its failures and the token is not known good."""
        if not self.failures.enabled or token_hash in self._known_good:
            return None
        return self.failures.wait(client)

    def failed(self, client: str) -> None:
        """Count one failed authentication from ``client``."""
        if len(self.failures) > self.MAX_CLIENTS:
            self.failures.forget_idle()
        self.failures.acquire(client)

    def succeeded(self, token_hash: str) -> None:
        """Remember a token that authenticated, so it passes a throttled address."""
        now = self.clock()
        if len(self._known_good) >= self.MAX_KNOWN_GOOD:
            self._known_good = {h: t for h, t in self._known_good.items() if t > now}
            if len(self._known_good) >= self.MAX_KNOWN_GOOD:
                self._known_good.pop(next(iter(self._known_good)))
        self._known_good[token_hash] = now + self.KNOWN_GOOD_SECONDS
