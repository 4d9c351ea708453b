"""Prometheus metrics: what they are, how requests are counted, and the scrape-time gauges.

Several worker processes: set ``PROMETHEUS_MULTIPROC_DIR`` to an empty directory shared by the workers
(``matchwerk serve --workers N`` does this itself); every worker writes its samples there and a scrape of
any worker aggregates all of them. Without it, the metrics are those of the one process answering.
"""

import logging
import os
import time
from collections.abc import Awaitable, Callable

from fastapi import FastAPI
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client import REGISTRY as DEFAULT_REGISTRY
from starlette.types import Message, Receive, Scope, Send

from matchwerk.asgi import HttpMiddleware

access_log = logging.getLogger("matchwerk.access")
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 1.0, 2.5, 5.0, 10.0)

REQUESTS = Counter("matchwerk_http_requests_total", "HTTP requests answered", ["method", "route", "status"])
REQUEST_SECONDS = Histogram(
    "matchwerk_http_request_duration_seconds",
    "Time to answer an HTTP request",
    ["method", "route", "status"],
    buckets=LATENCY_BUCKETS,
)
MATCH_SECONDS = Histogram(
    "matchwerk_match_duration_seconds",
    "Time to answer a match request (ranked list with explanations)",
    ["direction"],
    buckets=LATENCY_BUCKETS,
)
INDEX_ENTRIES = Gauge(
    "matchwerk_index_entries",
    "Profiles in this process's matching index",
    ["direction"],
    multiprocess_mode="liveall",
)
INDEX_LAG_CHANGES = Gauge(
    "matchwerk_index_lag_changes",
    "Change-log entries at or after the index's snapshot, to be re-read at the next catch-up",
    multiprocess_mode="liveall",
)
INDEX_LAG_SECONDS = Gauge(
    "matchwerk_index_lag_seconds",
    "Age of the oldest change-log entry the index has not caught up with (0: current)",
    multiprocess_mode="liveall",
)
DB_POOL = Gauge(
    "matchwerk_db_pool_connections",
    "Database connections of the pool by state (in_use, idle, overflow) and its size",
    ["state"],
    multiprocess_mode="livesum",
)
WEBHOOK_QUEUE_DEPTH = Gauge(
    "matchwerk_webhook_queue_depth",
    "Webhook deliveries waiting to be sent (all replicas)",
    multiprocess_mode="max",
)

WORKER_UP = Gauge(
    "matchwerk_worker_up", "1 for each live worker process (label pid)", multiprocess_mode="liveall"
)

ScrapeHook = Callable[[FastAPI], Awaitable[None]]
_scrape_hooks: list[ScrapeHook] = []


def on_scrape(hook: ScrapeHook) -> ScrapeHook:
    """Register a coroutine that updates gauges right before each scrape (e.g. the webhook queue depth)."""
    if hook not in _scrape_hooks:
        _scrape_hooks.append(hook)
    return hook


async def run_scrape_hooks(app: FastAPI) -> None:
    """Update the scrape-time gauges; a failing hook must not fail the scrape."""
    for hook in _scrape_hooks:
        try:
            await hook(app)
        except Exception:  # noqa: S112 (a broken gauge must not hide all the others)
            continue


def exposition() -> tuple[bytes, str]:
    """The text exposition of all metrics (aggregated over workers in multiprocess mode)."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        return generate_latest(registry), CONTENT_TYPE_LATEST
    return generate_latest(DEFAULT_REGISTRY), CONTENT_TYPE_LATEST


class MetricsMiddleware(HttpMiddleware):
    """Count and time every HTTP request by method, route template and status (never the raw path)."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = time.perf_counter()
        status = 500

        async def recording_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, recording_send)
        finally:
            observe(scope, status, time.perf_counter() - started)


def route_template(scope: Scope) -> str:
    """The matched route's path template, or a fixed label for paths no route matched."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) else "<unmatched>"


def observe(scope: Scope, status: int, seconds: float) -> None:
    """Record one answered request: metrics and one access-log line (route template, never the path)."""
    route = route_template(scope)
    method = str(scope.get("method", ""))
    access_log.info(
        "request",
        extra={"method": method, "route": route, "status": status, "duration_ms": round(seconds * 1000, 1)},
    )
    labels = (method, route, str(status))
    REQUESTS.labels(*labels).inc()
    REQUEST_SECONDS.labels(*labels).observe(seconds)
    if route.endswith("/matches") and status == 200:
        direction = "candidates_for_vacancy" if "/vacancies/" in route else "vacancies_for_candidate"
        MATCH_SECONDS.labels(direction).observe(seconds)
