"""The ``matchwerk`` command: serve, migrate, keys, retention, openapi (and the features' sub-commands)."""

import json
import os
import shutil
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from matchwerk.auth import cli as auth_cli
from matchwerk.auth import service as auth_service
from matchwerk.bench import cli as bench_cli
from matchwerk.config import get_settings
from matchwerk.db import run_with_db
from matchwerk.logs import configure_logging
from matchwerk.occupations import cli as occupations_cli
from matchwerk.placements import cli as placements_cli
from matchwerk.privacy import cli as privacy_cli
from matchwerk.users import cli as users_cli

app = typer.Typer(
    help="matchwerk: skills-to-jobs matching for refugees and new migrants in NRW.", no_args_is_help=True
)
app.add_typer(auth_cli.app, name="keys")
app.add_typer(privacy_cli.app, name="retention")
app.add_typer(occupations_cli.app, name="occupations")
app.add_typer(bench_cli.app, name="bench")
app.add_typer(placements_cli.app, name="weights")
app.add_typer(users_cli.app, name="users")


def _dev_admin_token(data_dir: Path) -> tuple[str, bool]:
    """A persistent admin token for local runs, created once under the data directory; (token, created)."""
    path = data_dir / "admin-token"
    if path.exists():
        return path.read_text().strip(), False
    data_dir.mkdir(parents=True, exist_ok=True)
    token = auth_service.new_token()
    path.touch(mode=0o600)
    path.write_text(token + "\n")
    return token, True


def _multiprocess_metrics(data_dir: Path) -> None:
    """Workers share their metrics through files in an empty directory (see matchwerk.metrics)."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        directory = Path(os.environ["PROMETHEUS_MULTIPROC_DIR"])
    else:
        directory = data_dir / "metrics"
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(directory)
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Bind address (default MATCHWERK_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default MATCHWERK_PORT).")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes (metrics are aggregated).")] = 1,
) -> None:
    """Start the API (embedded PostgreSQL unless MATCHWERK_DATABASE_URL is set)."""
    import uvicorn

    settings = get_settings()
    configure_logging(settings.log_format, settings.log_level)
    host, port = host or settings.host, port or settings.port
    data_dir = settings.data_dir.resolve()
    if settings.bootstrap_admin_token is None:
        token, created = _dev_admin_token(data_dir)
        os.environ["MATCHWERK_BOOTSTRAP_ADMIN_TOKEN"] = token
        get_settings.cache_clear()
        if created:  # shown once; afterwards only where it is kept
            typer.echo(f"admin token (new, kept in {data_dir / 'admin-token'}): {token}")
        else:
            typer.echo(f"admin token: in {data_dir / 'admin-token'}")
    if workers > 1:
        _multiprocess_metrics(data_dir)
    where = (
        "embedded PostgreSQL in " + str(data_dir)
        if settings.database_url is None
        else "MATCHWERK_DATABASE_URL"
    )
    typer.echo(f"matchwerk on http://{host}:{port}  (API docs: http://{host}:{port}/docs, database: {where})")
    if settings.demo_data:
        from matchwerk.users.demo import sign_in_help

        typer.echo(sign_in_help(f"http://{host}:{port}"))
    uvicorn.run(
        "matchwerk.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        timeout_worker_healthcheck=60,  # a worker imports everything before it can answer the first ping
        log_level=settings.log_level,
        log_config=None,  # ours (matchwerk.logs): JSON lines or text, no raw paths
        access_log=False,  # replaced by matchwerk.access lines with the route template
        proxy_headers=True,
    )


@app.command()
def migrate() -> None:
    """Apply all database migrations."""
    from matchwerk import migrate as migrations

    run_with_db(migrations.upgrade)
    typer.echo(f"database at revision {migrations.head_revision()}")


@app.command()
def openapi(
    output: Annotated[Path | None, typer.Option(help="File to write; default stdout.")] = None,
) -> None:
    """Print or write the OpenAPI document the app serves."""
    from matchwerk.app import create_app

    document: dict[str, Any] = create_app().openapi()
    text = json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
