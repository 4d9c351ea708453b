"""SQL for users and web sessions."""

from datetime import datetime
from typing import Any
from uuid import UUID

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from matchwerk.users.models import User, WebSession

_U = User.__table__  # type: ignore[attr-defined]
_S = WebSession.__table__  # type: ignore[attr-defined]


async def by_email(session: AsyncSession, email: str) -> User | None:
    """The user with this (lower-case) e-mail address."""
    stmt = sa.select(User).where(_U.c.email == email).execution_options(populate_existing=True)
    return (await session.execute(stmt)).scalar_one_or_none()


async def get(session: AsyncSession, user_id: UUID) -> User | None:
    """One user by id."""
    stmt = sa.select(User).where(_U.c.id == user_id).execution_options(populate_existing=True)
    return (await session.execute(stmt)).scalar_one_or_none()


async def insert(session: AsyncSession, user: User) -> User:
    """Store a new user."""
    session.add(user)
    await session.flush()
    await session.refresh(user)
    return user


async def update(session: AsyncSession, user_id: UUID, values: dict[str, Any]) -> None:
    """Set columns of one user."""
    await session.execute(sa.update(_U).where(_U.c.id == user_id).values(**values))


async def all_users(session: AsyncSession, limit: int = 500) -> list[User]:
    """Users by name (an agency has dozens, not thousands)."""
    stmt = sa.select(User).order_by(_U.c.name, _U.c.id).limit(limit)
    return list((await session.execute(stmt)).scalars())


async def count(session: AsyncSession) -> int:
    """How many users exist."""
    return int((await session.execute(sa.select(sa.func.count()).select_from(_U))).scalar_one())


async def insert_session(session: AsyncSession, web_session: WebSession) -> None:
    """Store a new web session."""
    session.add(web_session)
    await session.flush()


async def active_session(
    session: AsyncSession, token_hash: str, idle_since: datetime, started_since: datetime
) -> tuple[WebSession, User] | None:
    """The session with this hash and its enabled user, unless idle or too old."""
    stmt = (
        sa.select(WebSession, User)
        .join(User, _U.c.id == _S.c.user_id)
        .where(
            _S.c.token_hash == token_hash,
            _S.c.last_seen_at > idle_since,
            _S.c.created_at > started_since,
            _U.c.disabled_at.is_(None),
        )
    )
    row = (await session.execute(stmt)).one_or_none()
    return None if row is None else (row[0], row[1])


async def touch_session(engine: AsyncEngine, token_hash: str) -> None:
    """Record activity (at most once a minute) outside the request's transaction."""
    async with engine.begin() as conn:
        await conn.execute(
            sa.text(
                "UPDATE web_sessions SET last_seen_at = now() WHERE token_hash = :hash "
                "AND last_seen_at < now() - interval '1 minute'"
            ),
            {"hash": token_hash},
        )


async def delete_session(session: AsyncSession, token_hash: str) -> None:
    """End one session."""
    await session.execute(sa.delete(_S).where(_S.c.token_hash == token_hash))


async def delete_sessions_of(session: AsyncSession, user_id: UUID) -> None:
    """End every session of a user (password reset, disabling)."""
    await session.execute(sa.delete(_S).where(_S.c.user_id == user_id))


async def delete_stale_sessions(session: AsyncSession, idle_since: datetime) -> None:
    """Forget sessions nobody used since ``idle_since``."""
    await session.execute(sa.delete(_S).where(_S.c.last_seen_at <= idle_since))
