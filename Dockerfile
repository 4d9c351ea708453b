# syntax=docker/dockerfile:1
FROM python:3.11-slim AS build
ENV UV_PYTHON_DOWNLOADS=never UV_LINK_MODE=copy UV_COMPILE_BYTECODE=1
RUN pip install --no-cache-dir uv==0.13.8
WORKDIR /app
COPY pyproject.toml uv.lock README.md ./
# --no-default-groups: no dev tools and no embedded PostgreSQL (the "embedded" group) in the image
RUN uv sync --frozen --no-default-groups --no-install-project
COPY src ./src
COPY migrations ./src/matchwerk/_migrations
RUN uv sync --frozen --no-default-groups --no-editable

FROM python:3.11-slim
RUN useradd --system --uid 10001 --home /app matchwerk
COPY --from=build --chown=matchwerk /app/.venv /app/.venv
ENV PATH=/app/.venv/bin:$PATH MATCHWERK_HOST=0.0.0.0 MATCHWERK_DEMO_DATA=0 PYTHONUNBUFFERED=1
USER matchwerk
EXPOSE 8000
HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz')"
# MATCHWERK_DATABASE_URL is required: the image never starts an embedded database.
CMD ["sh", "-c", ": \"${MATCHWERK_DATABASE_URL:?set MATCHWERK_DATABASE_URL}\" && exec uvicorn --factory matchwerk.app:create_app --host \"$MATCHWERK_HOST\" --port 8000 --proxy-headers --no-access-log"]
