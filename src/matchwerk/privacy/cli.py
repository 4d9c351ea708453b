"""``matchwerk retention``: erase profiles past the retention period."""

from typing import Annotated

import typer
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.config import get_settings
from matchwerk.db import run_in_session
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
    days = inactive_days if inactive_days is not None else get_settings().retention_inactive_days

    async def action(session: AsyncSession) -> retention.RetentionReport:
        return await retention.run(session, inactive_days=days, dry_run=dry_run)

    report = run_in_session(action)
    verb = "would erase" if report.dry_run else "erased"
    per_status = ", ".join(f"{status} {count}" for status, count in report.erased.items())
    typer.echo(
        f"{verb} {report.total} profile(s) unchanged since {report.cutoff:%Y-%m-%d %H:%M} UTC "
        f"({report.inactive_days} days): {per_status}"
    )
