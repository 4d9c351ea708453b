"""Per-key rate limiting: an in-process token bucket, so the limit holds per replica, not per cluster."""

import time
from collections.abc import Callable
from dataclasses import dataclass
from uuid import UUID


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
        self._buckets: dict[UUID, _Bucket] = {}

    @property
    def enabled(self) -> bool:
        """Whether requests are limited at all."""
        return self.rate > 0

    def acquire(self, key_id: UUID) -> float | None:
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
