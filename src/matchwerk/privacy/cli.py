"""``matchwerk retention``: erase profiles past the retention period."""

from typing import Annotated

import typer
from sqlalchemy.ext.asyncio import AsyncEngine

from matchwerk.config import get_settings
from matchwerk.privacy import retention

app = typer.Typer(help="Data retention.", no_args_is_help=True)


@app.command("run")
def run(
    inactive_days: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="Erase inactive/placed profiles unchanged for this many days "
            "(default MATCHWERK_RETENTION_INACTIVE_DAYS).",
        ),
    ] = None,
    dry_run: Annotated[bool, typer.Option(help="Only count what would be erased.")] = False,
) -> None:
    """Erase profiles with status inactive or placed whose last change is older than the retention period."""
    from matchwerk.cli import _run_with_db
    from matchwerk.db import make_sessionmaker

    days = inactive_days if inactive_days is not None else get_settings().retention_inactive_days

    async def action(engine: AsyncEngine) -> retention.RetentionReport:
        async with make_sessionmaker(engine)() as session:
            return await retention.run(session, inactive_days=days, dry_run=dry_run)

    report = _run_with_db(action)
    verb = "would erase" if report.dry_run else "erased"
    per_status = ", ".join(f"{status} {count}" for status, count in report.erased.items())
    typer.echo(
        f"{verb} {report.total} profile(s) unchanged since {report.cutoff:%Y-%m-%d %H:%M} UTC "
        f"({report.inactive_days} days): {per_status}"
    )
