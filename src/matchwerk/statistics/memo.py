"""Answers kept per process for as long as the data they were computed from has not changed.

Statistics read every candidate; their answer changes only when a candidate or vacancy does. The version
comes from the same change feed that keeps the match index current (``reach.data_version``), so an answer
is reused only while no candidate or vacancy changed since it was computed — never a stale figure, and a
repeated view (the Statistik page, a chart, the CSV of the same table) costs one look at the change feed.
"""

from collections.abc import Awaitable, Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.statistics.reach import MIN_SCORE, data_version

T = TypeVar("T")
MAX_ANSWERS = 64


async def remembered(
    session: AsyncSession, holder: Any, key: Hashable, compute: Callable[[], Awaitable[T]]
) -> T:
    """``compute()``'s answer, reused while the data version stays the same."""
    version = await data_version(session, holder, min_score=MIN_SCORE)
    answers: dict[Hashable, tuple[int, Any]] = getattr(holder, "statistics_answers", None) or {}
    holder.statistics_answers = answers
    found = answers.get(key)
    if found is not None and found[0] == version:
        answer: T = found[1]
        return answer
    answer = await compute()
    if len(answers) >= MAX_ANSWERS:
        answers.clear()
    # The version read before computing: a change that lands meanwhile gives the next call a new version.
    answers[key] = (version, answer)
    return answer
