"""The ``matchwerk`` command: serve, migrate, keys, retention, openapi (and the features' sub-commands)."""

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from matchwerk.auth import cli as auth_cli
from matchwerk.auth import service as auth_service
from matchwerk.bench import cli as bench_cli
from matchwerk.config import get_settings
from matchwerk.db import run_with_db
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


def _dev_admin_token(data_dir: Path) -> str:
    """A persistent admin token for local runs, created once under the data directory."""
    path = data_dir / "admin-token"
    if path.exists():
        return path.read_text().strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    token = auth_service.new_token()
    path.write_text(token + "\n")
    path.chmod(0o600)
    return token


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Bind address (default MATCHWERK_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default MATCHWERK_PORT).")] = None,
) -> None:
    """Start the API (embedded PostgreSQL unless MATCHWERK_DATABASE_URL is set)."""
    import uvicorn

    settings = get_settings()
    host, port = host or settings.host, port or settings.port
    if settings.bootstrap_admin_token is None:
        token = _dev_admin_token(settings.data_dir.resolve())
        os.environ["MATCHWERK_BOOTSTRAP_ADMIN_TOKEN"] = token
        get_settings.cache_clear()
    else:
        token = settings.bootstrap_admin_token.get_secret_value()
    where = (
        "embedded PostgreSQL in " + str(settings.data_dir.resolve())
        if settings.database_url is None
        else "MATCHWERK_DATABASE_URL"
    )
    typer.echo(f"matchwerk on http://{host}:{port}  (API docs: http://{host}:{port}/docs, database: {where})")
    typer.echo(f"admin token: {token}")
    typer.echo(f"try: curl -H 'Authorization: Bearer {token}' http://{host}:{port}/api/v1/vacancies")
    if settings.demo_data:
        from matchwerk.users.demo import sign_in_help

        typer.echo(sign_in_help(f"http://{host}:{port}"))
    uvicorn.run(
        "matchwerk.app:create_app",
        factory=True,
        host=host,
        port=port,
        log_level=settings.log_level,
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
