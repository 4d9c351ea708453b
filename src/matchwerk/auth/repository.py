"""SQL for API keys."""

from uuid import UUID

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from matchwerk.auth.models import ApiKey

_T = ApiKey.__table__  # type: ignore[attr-defined]


async def find_active_by_hash(session: AsyncSession, token_hash: str) -> ApiKey | None:
    """The unrevoked key with this token hash."""
    result = await session.execute(
        sa.select(ApiKey).where(_T.c.token_hash == token_hash, _T.c.revoked_at.is_(None))
    )
    return result.scalar_one_or_none()


async def touch_last_used(engine: AsyncEngine, key_id: UUID) -> None:
    """Record use, at most once a minute per key, outside the request's transaction."""
    async with engine.begin() as conn:
        await conn.execute(
            sa.text(
                "UPDATE api_keys SET last_used_at = now() WHERE id = :id "
                "AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')"
            ),
            {"id": key_id},
        )


async def upsert_bootstrap_admin(session: AsyncSession, token_hash: str, token_prefix: str) -> None:
    """Make sure an admin key with this hash exists and is not revoked."""
    await session.execute(
        sa.text(
            "INSERT INTO api_keys (id, name, role, token_hash, token_prefix) "
            "VALUES (gen_random_uuid(), 'bootstrap admin', 'admin', :hash, :prefix) "
            "ON CONFLICT (token_hash) DO UPDATE SET revoked_at = NULL, role = 'admin'"
        ),
        {"hash": token_hash, "prefix": token_prefix},
    )


async def insert(session: AsyncSession, key: ApiKey) -> ApiKey:
    """Store a new key."""
    session.add(key)
    await session.flush()
    return key
