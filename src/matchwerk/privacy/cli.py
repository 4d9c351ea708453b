"""``matchwerk retention``: erase profiles past the retention period."""

from typing import Annotated

import typer
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.audit import service as audit
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
    audit_days: Annotated[
        int | None,
        typer.Option(
            min=audit.MIN_RETENTION_DAYS,
            help="Delete audit events older than this many days; consent records still needed are kept "
            "(default MATCHWERK_AUDIT_RETENTION_DAYS).",
        ),
    ] = None,
    change_log_days: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="Delete change-log rows older than this many days that a newer row of the same record "
            "supersedes (default MATCHWERK_CHANGE_LOG_DAYS).",
        ),
    ] = None,
    dry_run: Annotated[bool, typer.Option(help="Only count what would be erased.")] = False,
) -> None:
    """Erase profiles with status inactive or placed whose last change is older than the retention period,
    prune the audit log's events older than its own retention period and the change log's superseded rows."""
    settings = get_settings()

    async def action(session: AsyncSession) -> retention.RetentionReport:
        return await retention.run(
            session,
            inactive_days=inactive_days or settings.retention_inactive_days,
            audit_days=audit_days or settings.audit_retention_days,
            change_log_days=change_log_days or settings.change_log_days,
            dry_run=dry_run,
        )

    report = run_in_session(action)
    verb = "would erase" if report.dry_run else "erased"
    per_status = ", ".join(f"{status} {count}" for status, count in report.erased.items())
    typer.echo(
        f"{verb} {report.total} profile(s) unchanged since {report.cutoff:%Y-%m-%d %H:%M} UTC "
        f"({report.inactive_days} days): {per_status}"
    )
    deleted = "would delete" if report.dry_run else "deleted"
    typer.echo(f"audit log: {deleted} {report.audit_pruned} event(s) older than {report.audit_days} days")
    typer.echo(
        f"change log: {deleted} {report.change_log_pruned} superseded row(s) older than "
        f"{report.change_log_days} days"
    )
