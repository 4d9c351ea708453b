"""``matchwerk keys``: create, list and revoke API keys."""

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Annotated, TypeVar
from uuid import UUID

import typer
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.auth import service
from matchwerk.auth.models import KeyPublic, KeyScope, Role
from matchwerk.db import run_in_session
from matchwerk.errors import DomainError

app = typer.Typer(help="API keys.", no_args_is_help=True)

T = TypeVar("T")


def _with_session(action: Callable[[AsyncSession], Awaitable[T]]) -> T:
    """Run ``action`` in a session on the configured database; domain errors end the command with code 2."""
    try:
        return run_in_session(action)
    except DomainError as exc:
        typer.echo(f"error: {exc.detail}", err=True)
        raise typer.Exit(2) from exc


@app.command("create")
def create(
    role: Annotated[Role, typer.Option(help="Role of the key.")],
    employer_id: Annotated[
        UUID | None, typer.Option(help="Employer the key belongs to (role employer).")
    ] = None,
    reception_centre: Annotated[str | None, typer.Option(help="Reception centre (role intake).")] = None,
    scope: Annotated[KeyScope | None, typer.Option(help="Extra right (role partner: handover).")] = None,
    name: Annotated[str, typer.Option(help="Label to recognise the key by.")] = "cli",
) -> None:
    """Create an API key and print its token once (only a hash is stored)."""

    async def action(session: AsyncSession) -> str:
        _, token = await service.create_key(
            session,
            role=role,
            name=name,
            employer_id=employer_id,
            reception_centre=reception_centre,
            scope=scope,
        )
        return token

    typer.echo(_with_session(action))


@app.command("list")
def list_keys(
    role: Annotated[Role | None, typer.Option(help="Only keys of this role.")] = None,
    all_keys: Annotated[bool, typer.Option("--all", help="Include revoked keys.")] = False,
) -> None:
    """List API keys (never their tokens): id, role, scope, name, token prefix, last use, revocation."""

    async def action(session: AsyncSession) -> list[KeyPublic]:
        keys: list[KeyPublic] = []
        cursor: str | None = None
        while True:
            rows, cursor = await service.page(
                session, limit=200, cursor=cursor, role=role, revoked=None if all_keys else False
            )
            keys.extend(KeyPublic.from_row(row) for row in rows)
            if cursor is None:
                return keys

    def when(value: datetime | None) -> str:
        return "-" if value is None else f"{value:%Y-%m-%d %H:%M}"

    for key in _with_session(action):
        scope = str(key.employer_id or key.reception_centre or key.scope or "-")
        typer.echo(
            "\t".join(
                [
                    str(key.id),
                    key.role,
                    scope,
                    key.name,
                    key.token_prefix + "…",
                    f"created {when(key.created_at)}",
                    f"last used {when(key.last_used_at)}",
                    f"revoked {when(key.revoked_at)}" if key.revoked_at else "active",
                ]
            )
        )


@app.command("revoke")
def revoke(
    key_id: Annotated[UUID, typer.Argument(help="Id of the key (see `matchwerk keys list`).")],
) -> None:
    """Revoke an API key; requests with it fail from now on, in every replica."""

    async def action(session: AsyncSession) -> KeyPublic:
        return KeyPublic.from_row(await service.revoke_key(session, key_id))

    key = _with_session(action)
    typer.echo(f"revoked {key.id} ({key.role}, {key.name})")
