"""``matchwerk users``: create and list accounts for the web frontend."""

from typing import Annotated

import typer
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.auth.cli import _with_session
from matchwerk.users import service
from matchwerk.users.models import User, UserRole

app = typer.Typer(help="User accounts for the web frontend.", no_args_is_help=True)


@app.command("create")
def create(
    role: Annotated[UserRole, typer.Option(help="Role of the person.")],
    email: Annotated[str, typer.Option(help="E-mail address to sign in with.")],
    name: Annotated[str, typer.Option(help="Full name, as colleagues see it.")],
    reception_centre: Annotated[
        str | None, typer.Option(help="Reception centre (required for role intake).")
    ] = None,
    password: Annotated[
        str | None, typer.Option(help="Password (at least 12 characters); omitted: one is generated.")
    ] = None,
) -> None:
    """Create a user; without --password a generated password is printed once."""
    chosen = password or service.generate_password()

    async def action(session: AsyncSession) -> User:
        return await service.create_user(
            session, email=email, name=name, role=role, password=chosen, reception_centre=reception_centre
        )

    user = _with_session(action)
    typer.echo(f"created {user.role} {user.email} ({user.id})")
    if password is None:
        typer.echo(f"password (shown once): {chosen}")


@app.command("list")
def list_users() -> None:
    """List users: id, role, reception centre, e-mail, name, state."""

    async def action(session: AsyncSession) -> list[User]:
        return await service.list_users(session)

    for user in _with_session(action):
        state = "disabled" if user.disabled_at else "active"
        typer.echo(
            "\t".join([str(user.id), user.role, user.reception_centre or "-", user.email, user.name, state])
        )
