"""Scrape-time gauges of the running app: matching index size and lag, database pool use."""

from typing import Any

from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from matchwerk import metrics, repository


async def index_gauges(app: FastAPI) -> None:
    """Profiles in this process's matching index and how far it lags behind the change log."""
    state: Any = getattr(app.state, "matching_state", None)
    if state is None:  # built on the first match request
        return
    metrics.INDEX_ENTRIES.labels("candidates").set(len(state.candidates))
    metrics.INDEX_ENTRIES.labels("vacancies").set(len(state.vacancies))
    factory: async_sessionmaker[AsyncSession] = app.state.sessionmaker
    async with factory() as session:
        count, age = await repository.change_log_since(session, int(state.xmin))
    metrics.INDEX_LAG_CHANGES.set(count)
    metrics.INDEX_LAG_SECONDS.set(age if count else 0.0)


async def pool_gauges(app: FastAPI) -> None:
    """Connections in use, idle and beyond the pool size."""
    engine: AsyncEngine | None = getattr(app.state, "engine", None)
    if engine is None:
        return
    pool: Any = engine.pool
    metrics.DB_POOL.labels("size").set(pool.size())
    metrics.DB_POOL.labels("in_use").set(pool.checkedout())
    metrics.DB_POOL.labels("idle").set(pool.checkedin())
    metrics.DB_POOL.labels("overflow").set(max(pool.overflow(), 0))


async def webhook_gauges(app: FastAPI) -> None:
    """Deliveries in the webhook outbox, shared by all replicas."""
    factory: async_sessionmaker[AsyncSession] = app.state.sessionmaker
    async with factory() as session:
        metrics.WEBHOOK_QUEUE_DEPTH.set(await repository.pending_webhook_deliveries(session))


async def update_gauges(app: FastAPI) -> None:
    """The built-in scrape-time gauges, then the hooks other features registered."""
    await index_gauges(app)
    await pool_gauges(app)
    await webhook_gauges(app)
    await metrics.run_scrape_hooks(app)
