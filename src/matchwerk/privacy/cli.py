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
    dry_run: Annotated[bool, typer.Option(help="Only count what would be erased.")] = False,
) -> None:
    """Erase profiles with status inactive or placed whose last change is older than the retention period,
    and prune the audit log's events older than its own retention period."""
    settings = get_settings()
    days = inactive_days if inactive_days is not None else settings.retention_inactive_days
    kept = audit_days if audit_days is not None else settings.audit_retention_days

    async def action(session: AsyncSession) -> retention.RetentionReport:
        return await retention.run(session, inactive_days=days, audit_days=kept, dry_run=dry_run)

    report = run_in_session(action)
    verb = "would erase" if report.dry_run else "erased"
    per_status = ", ".join(f"{status} {count}" for status, count in report.erased.items())
    typer.echo(
        f"{verb} {report.total} profile(s) unchanged since {report.cutoff:%Y-%m-%d %H:%M} UTC "
        f"({report.inactive_days} days): {per_status}"
    )
    deleted = "would delete" if report.dry_run else "deleted"
    typer.echo(f"audit log: {deleted} {report.audit_pruned} event(s) older than {report.audit_days} days")
