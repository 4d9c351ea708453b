"""The application factory: lifespan (database, migrations, bootstrap), routers, error handlers."""

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from sqlalchemy.ext.asyncio import AsyncEngine

from matchwerk import __version__, migrate
from matchwerk.apidocs import router as apidocs_router
from matchwerk.audit.router import router as audit_router
from matchwerk.auth import service as auth_service
from matchwerk.auth.ratelimit import FailedAuthThrottle, RateLimiter
from matchwerk.auth.router import router as keys_router
from matchwerk.candidates.router import router as candidates_router
from matchwerk.config import Settings, get_settings
from matchwerk.db import database, make_sessionmaker
from matchwerk.employers.router import router as employers_router
from matchwerk.errors import install_error_handlers
from matchwerk.handover.router import router as handover_router
from matchwerk.health import router as health_router
from matchwerk.imports.router import router as imports_router
from matchwerk.logs import configure_logging
from matchwerk.matching.router import router as matching_router
from matchwerk.metrics import WORKER_UP, MetricsMiddleware
from matchwerk.middleware import (
    BodyLimitMiddleware,
    SecurityHeadersMiddleware,
    UnexpectedErrorMiddleware,
)
from matchwerk.occupations import service as occupation_service
from matchwerk.occupations.router import router as occupations_router
from matchwerk.openapi_problems import declare_common_problems
from matchwerk.placements.router import router as placements_router
from matchwerk.query_check import reject_unknown_query
from matchwerk.request_id import RequestIdMiddleware
from matchwerk.statistics import warmup
from matchwerk.statistics.router import router as statistics_router
from matchwerk.vacancies.router import router as vacancies_router
from matchwerk.web import router as web
from matchwerk.webhooks import worker as webhook_worker
from matchwerk.webhooks.router import router as webhooks_router

logger = logging.getLogger(__name__)

DESCRIPTION = """Skills-to-jobs matching for refugees and new migrants in North Rhine-Westphalia.

All `/api/v1` routes need `Authorization: Bearer <token>`. Errors are RFC 9457 `application/problem+json`."""


async def prepare_database(engine: AsyncEngine, settings: Settings) -> None:
    """Migrate (if enabled), ensure the bootstrap admin key and load demo data on an empty database."""
    if settings.migrate_on_start:
        await migrate.upgrade(engine)
    factory = make_sessionmaker(engine)
    async with factory() as session:  # build the occupation engine now, not on the first request
        await occupation_service.refresh_if_changed(session)
    if settings.bootstrap_admin_token is not None:
        async with factory() as session:
            await auth_service.ensure_bootstrap_admin(
                session, settings.bootstrap_admin_token.get_secret_value()
            )
    if not settings.demo_data:
        logger.info("demo data off (MATCHWERK_DEMO_DATA=0)")
        return
    from matchwerk import demo

    async with factory() as session:
        loaded = await demo.load_if_empty(session)
    logger.info("demo data loaded" if loaded else "demo data not loaded: the database already holds data")
    from matchwerk.users.demo import ensure_demo_users

    async with factory() as session:
        await ensure_demo_users(session)


@asynccontextmanager
async def _webhook_worker(app: FastAPI, settings: Settings) -> AsyncIterator[None]:
    """Every replica delivers webhooks; SKIP LOCKED keeps them from sending the same delivery twice."""
    if not settings.webhook_worker:
        yield
        return
    stop = asyncio.Event()
    task = asyncio.create_task(
        webhook_worker.run(
            app.state.sessionmaker,
            allow_private=settings.webhook_allow_private,
            poll_seconds=settings.webhook_poll_seconds,
            stop=stop,
        )
    )
    try:
        yield
    finally:
        stop.set()
        await task


@asynccontextmanager
async def _warm_up(app: FastAPI, settings: Settings) -> AsyncIterator[None]:
    """Build the match index and the statistics' reach in the background (not ready until done, so a load
    balancer sends no requests to a replica whose index is still being built); cancelled at shutdown."""
    if not settings.warm_up:
        yield
        return
    app.state.warming = True  # /readyz answers 503 until the caches are built

    async def run() -> None:
        try:
            await warmup.warm_up(app.state.sessionmaker, app.state)
        finally:
            app.state.warming = False

    task = asyncio.create_task(run())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Own the database for the app's lifetime unless one was handed in (tests)."""
    if getattr(app.state, "engine", None) is not None:
        yield
        return
    settings: Settings = app.state.settings
    configure_logging(settings.log_format, settings.log_level)  # here, so every worker process has it
    async with database(settings, pool_size=settings.db_pool_size) as engine:
        await prepare_database(engine, settings)
        app.state.engine = engine
        app.state.sessionmaker = make_sessionmaker(engine)
        WORKER_UP.set(1)
        async with _webhook_worker(app, settings), _warm_up(app, settings):
            yield


def create_app(settings: Settings | None = None, *, engine: AsyncEngine | None = None) -> FastAPI:
    """Build the ASGI app; pass ``engine`` to run on a database the caller owns."""
    settings = settings or get_settings()
    app = FastAPI(
        title="matchwerk",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,  # served by matchwerk.apidocs from packaged assets, not a CDN
        redoc_url=None,
        # operationId = the route function's name (list_candidates, get_vacancy_matches, …): readable
        # method names in generated clients instead of "vacancy_matches_api_v1_vacancies_…_get"
        generate_unique_id_function=lambda route: route.name,
        openapi_tags=[
            {"name": "candidates", "description": "Skill profiles captured at reception centres"},
            {"name": "employers", "description": "Employers offering vacancies"},
            {"name": "vacancies", "description": "Vacancies, incl. idempotent sync by external id"},
            {"name": "occupations", "description": "KldB 2010 / ISCO-08 occupations in any language"},
            {"name": "matches", "description": "Ranked, explained matches in both directions"},
            {"name": "placements", "description": "From match to job: proposals, release, stages, outcomes"},
            {"name": "keys", "description": "API keys with role and scope (admins)"},
            {"name": "import", "description": "Bulk import: NDJSON, CSV, schema.org JobPosting"},
            {"name": "handover", "description": "Consented hand-over to the employment agency (partners)"},
            {"name": "webhooks", "description": "Signed event notifications (Standard Webhooks)"},
            {"name": "audit", "description": "Who read or changed personal data, keys and consent (admins)"},
            {"name": "statistics", "description": "Anonymous counts with disclosure control (partners)"},
            {"name": "operations", "description": "Health and readiness"},
        ],
    )
    app.state.settings = settings
    if engine is not None:
        app.state.engine = engine
        app.state.sessionmaker = make_sessionmaker(engine)
    install_error_handlers(app)
    app.state.rate_limiter = RateLimiter(settings.rate_limit_per_minute, settings.rate_limit_burst)
    app.state.auth_throttle = FailedAuthThrottle(
        settings.auth_failures_per_minute, settings.auth_failure_burst
    )
    app.add_middleware(UnexpectedErrorMiddleware)  # innermost: a 500 still passes the headers below
    app.add_middleware(
        BodyLimitMiddleware,
        max_bytes=settings.max_body_bytes,
        larger={"/import": settings.import_max_bytes},
    )
    if settings.cors_allow_origins:  # closed unless origins are configured
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_allow_origins,
            allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type", "If-Match", "Accept-Language", "X-Request-ID"],
            expose_headers=["ETag", "Location", "Retry-After", "X-Request-ID"],
            max_age=600,
        )
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(MetricsMiddleware)  # counts and logs every answer, 500s included
    app.add_middleware(RequestIdMiddleware)  # outermost, so every response carries the id
    app.include_router(apidocs_router)
    for router in (
        health_router,
        imports_router,  # before candidates/vacancies: "/candidates/import" is not a candidate id
        candidates_router,
        employers_router,
        vacancies_router,
        occupations_router,
        matching_router,
        placements_router,
        keys_router,
        audit_router,
        webhooks_router,
        handover_router,
        statistics_router,
    ):
        # reads refuse unknown parameters; declare_common_problems documents 429/503 on every API route
        api = router.prefix.startswith("/api/")
        app.include_router(router, dependencies=[Depends(reject_unknown_query)] if api else None)
    declare_common_problems(app)
    web.install(app)  # the pages for people (sign-in, people, vacancies, administration)
    return app
