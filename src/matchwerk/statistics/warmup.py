"""Warm the caches a first request would otherwise pay for: the match index and the statistics' reach.

Run once in the background when a replica starts (``MATCHWERK_WARM_UP``, on by default). Until it is done a
request simply builds what it needs itself (the same locks are taken), so nothing waits on the warm-up and
a failure here only costs speed, never an answer.
"""

import logging
import time
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from matchwerk.matching import service as matching_service
from matchwerk.statistics import repository
from matchwerk.statistics.reach import MIN_SCORE, candidates_reaching

logger = logging.getLogger(__name__)


async def warm_up(sessionmaker: async_sessionmaker[AsyncSession], holder: Any) -> None:
    """Build the match index, then rank every open vacancy for supply and demand."""
    started = time.perf_counter()
    try:
        async with sessionmaker() as session:
            state = await matching_service.current_state(session, holder)
            vacancy_ids = [row.id for row in await repository.open_vacancies(session)]
            await candidates_reaching(session, holder, vacancy_ids, min_score=MIN_SCORE)
    except Exception:  # only speed is lost: requests build what they need themselves
        logger.exception("warm-up failed")
        return
    logger.info(
        "warm-up done",
        extra={
            "candidates": len(state.candidates),
            "vacancies": len(vacancy_ids),
            "seconds": round(time.perf_counter() - started, 2),
        },
    )
