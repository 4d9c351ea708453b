"""Sign-in throttling: after a few failures per e-mail address or client address, wait before trying again.

In-process like the API's rate limiter: the limit holds per replica (sticky sessions are not needed for it
to slow a guesser down by orders of magnitude)."""

import time
from collections import deque
from collections.abc import Callable

MAX_FAILURES = 5
WINDOW_SECONDS = 15 * 60
_MAX_TRACKED = 50_000


class LoginThrottle:
    """Count failed sign-ins per key (e-mail, client address) in a sliding window."""

    def __init__(
        self,
        max_failures: int = MAX_FAILURES,
        window: float = WINDOW_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_failures = max_failures
        self.window = window
        self.clock = clock
        self._failures: dict[str, deque[float]] = {}

    def _recent(self, key: str) -> deque[float]:
        now = self.clock()
        failures = self._failures.get(key)
        if failures is None:
            return deque()
        while failures and failures[0] <= now - self.window:
            failures.popleft()
        if not failures:
            del self._failures[key]
        return failures

    def wait_seconds(self, *keys: str) -> float:
        """Seconds until another attempt is allowed for all ``keys`` (0 when it is allowed now)."""
        waits = [0.0]
        for key in keys:
            failures = self._recent(key)
            if len(failures) >= self.max_failures:
                waits.append(failures[-self.max_failures] + self.window - self.clock())
        return max(waits)

    def failed(self, *keys: str) -> None:
        """Record a failed attempt for every key."""
        if len(self._failures) > _MAX_TRACKED:  # bounded memory under a flood of made-up addresses
            self._failures.clear()
        now = self.clock()
        for key in keys:
            self._failures.setdefault(key, deque(maxlen=self.max_failures * 2)).append(now)

    def succeeded(self, key: str) -> None:
        """Forget the failures of a key after a successful sign-in."""
        self._failures.pop(key, None)
