"""Happenings of one feature that another acts on in the same transaction, without importing it.

Candidates and vacancies announce (consent withdrawn, erasure, vacancy closed); placements handle them,
registered when ``matchwerk.placements.service`` is imported (the app and every erasing command do). An
announcement nobody handles raises: a withdrawal must never silently leave a released placement open.
"""

from collections.abc import Awaitable, Callable
from enum import StrEnum
from typing import Any


class Happening(StrEnum):
    CONSENT_WITHDRAWN = "consent_withdrawn"  # (session, principal, candidate_id): share_with_employers off
    ERASURE = "erasure"  # (session, principal, [candidate_id, ...]): before the rows are deleted
    VACANCY_CLOSED = "vacancy_closed"  # (session, principal, vacancy_id): status newly closed


Handler = Callable[..., Awaitable[Any]]
_handlers: dict[Happening, Handler] = {}


def handle(happening: Happening, handler: Handler) -> None:
    """Register the one handler of a happening (registering again replaces it)."""
    _handlers[happening] = handler


async def announce(happening: Happening, *args: Any) -> None:
    """Run the handler of ``happening`` in the caller's transaction."""
    handler = _handlers.get(happening)
    if handler is None:
        raise RuntimeError(f"nothing handles {happening}: import matchwerk.placements.service first")
    await handler(*args)
