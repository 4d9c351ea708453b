"""``matchwerk occupations``: import the official classifications."""

import asyncio
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress

from matchwerk.db import database, make_sessionmaker
from matchwerk.errors import DomainError
from matchwerk.occupations import service

app = typer.Typer(help="Occupation catalogue: import official classifications.", no_args_is_help=True)


def _run(kind: str, path: Path, lang: str | None) -> None:
    async def main() -> service.ImportReport:
        async with database() as engine, make_sessionmaker(engine)() as session:
            await service.refresh_if_changed(session)
            with Progress() as bar:
                task = bar.add_task(f"importing {path.name}", total=None)

                def progress(done: int, total: int) -> None:
                    bar.update(task, completed=done, total=total)

                if kind == "kldb":
                    return await service.import_kldb(session, path, progress)
                return await service.import_esco(session, path, lang, progress)

    try:
        report = asyncio.run(main())
    except DomainError as exc:
        typer.echo(f"error: {exc.detail}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(
        f"added {report.codes_added} codes and {report.labels_added} labels "
        f"({report.labels_seen - report.labels_added} already present); catalogue revision {report.revision}"
    )


@app.command("import-kldb")
def import_kldb(
    path: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="BA KldB 2010 structure CSV")],
) -> None:
    """Import codes, titles and the 'Umfasst ferner' example job titles of the KldB 2010 structure file."""
    _run("kldb", path, None)


@app.command("import-esco")
def import_esco(
    path: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, help="ESCO occupations CSV, any language")
    ],
    lang: Annotated[
        str | None, typer.Option(help="Language of the labels (default: from the file name)")
    ] = None,
) -> None:
    """Attach ESCO labels to the KldB codes that share the occupation's ISCO-08 group."""
    _run("esco", path, lang)
