"""/metrics counts by route template and status, times matches, reports index and pool; JSON logs are safe."""

import json
import logging
import re
import uuid

import httpx
from fastapi import FastAPI

from matchwerk.logs import JsonFormatter, TextFormatter
from tests.factories import candidate_body, employer_body, vacancy_body


def sample(text: str, name: str, **labels: str) -> float:
    """The value of one sample in the exposition text (0 when absent)."""
    for line in text.splitlines():
        if not line.startswith(name + "{") and not line.startswith(name + " "):
            continue
        found = dict(re.findall(r'(\w+)="([^"]*)"', line.split(" ")[0]))
        if all(found.get(k) == v for k, v in labels.items()):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


async def test_requests_are_counted_by_route_template_and_status(admin: httpx.AsyncClient) -> None:
    before = (await admin.get("/metrics")).text
    missing = uuid.uuid4()
    for _ in range(3):
        assert (await admin.get(f"/api/v1/employers/{missing}")).status_code == 404
    response = await admin.get("/metrics")

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    labels = {"method": "GET", "route": "/api/v1/employers/{employer_id}", "status": "404"}
    name = "matchwerk_http_requests_total"
    assert sample(response.text, name, **labels) - sample(before, name, **labels) == 3
    histogram = "matchwerk_http_request_duration_seconds_count"
    assert sample(response.text, histogram, **labels) - sample(before, histogram, **labels) == 3
    assert str(missing) not in response.text  # the template, never the raw path


async def test_match_latency_index_size_and_pool_use(admin: httpx.AsyncClient) -> None:
    employer = (await admin.post("/api/v1/employers", json=employer_body())).json()
    vacancy = (await admin.post("/api/v1/vacancies", json=vacancy_body(employer["id"]))).json()
    assert (await admin.post("/api/v1/candidates", json=candidate_body())).status_code == 201
    before = (await admin.get("/metrics")).text

    assert (await admin.get(f"/api/v1/vacancies/{vacancy['id']}/matches")).status_code == 200
    text = (await admin.get("/metrics")).text

    name = "matchwerk_match_duration_seconds_count"
    direction = "candidates_for_vacancy"
    assert sample(text, name, direction=direction) - sample(before, name, direction=direction) == 1
    assert sample(text, "matchwerk_index_entries", direction="candidates") >= 1
    assert sample(text, "matchwerk_index_entries", direction="vacancies") >= 1
    assert sample(text, "matchwerk_index_lag_changes") >= 0
    assert sample(text, "matchwerk_db_pool_connections", state="size") > 0
    assert sample(text, "matchwerk_webhook_queue_depth") >= 0
    assert "matchwerk_webhook_queue_depth " in text


def _record(**extra: object) -> logging.LogRecord:
    record = logging.makeLogRecord({"name": "matchwerk.test", "levelname": "INFO", "msg": "request"})
    for key, value in extra.items():
        setattr(record, key, value)
    return record


def test_json_log_lines_carry_safe_fields_only() -> None:
    record = _record(
        route="/api/v1/candidates/{candidate_id}",
        status=200,
        duration_ms=12.5,
        request_id="req-1",
        given_name="Olena",  # personal data passed by mistake: dropped
        path="/api/v1/occupations?q=Olena",  # raw paths are not on the list either
    )
    entry = json.loads(JsonFormatter().format(record))

    assert entry["route"] == "/api/v1/candidates/{candidate_id}"
    assert entry["status"] == 200
    assert entry["duration_ms"] == 12.5
    assert entry["request_id"] == "req-1"
    assert entry["level"] == "info"
    assert "Olena" not in json.dumps(entry)


def test_text_format_for_humans() -> None:
    line = TextFormatter().format(_record(route="/healthz", status=200, given_name="Olena"))
    assert "request route=/healthz status=200" in line
    assert "Olena" not in line


async def test_metrics_token_when_configured(app: FastAPI, client: httpx.AsyncClient) -> None:
    from pydantic import SecretStr

    app.state.settings = app.state.settings.model_copy(update={"metrics_token": SecretStr("s3cret-scrape")})
    assert (await client.get("/metrics")).status_code == 401
    wrong = await client.get("/metrics", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    assert wrong.headers["content-type"] == "application/problem+json"
    right = await client.get("/metrics", headers={"Authorization": "Bearer s3cret-scrape"})
    assert right.status_code == 200
