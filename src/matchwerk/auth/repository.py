"""SQL for API keys."""

from uuid import UUID

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from matchwerk.auth.models import ApiKey
from matchwerk.repository import keyset_page, table_of

_T = table_of(ApiKey)


async def find_active_by_hash(session: AsyncSession, token_hash: str) -> ApiKey | None:
    """The unrevoked key with this token hash (read on every request, so a revocation applies at once)."""
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


async def upsert_bootstrap_admin(session: AsyncSession, token_hash: str, token_prefix: str) -> UUID | None:
    """Make sure an admin key with this hash exists and is not revoked; the key's id when this changed it."""
    result = await session.execute(
        sa.text(
            "INSERT INTO api_keys (id, name, role, token_hash, token_prefix) "
            "VALUES (gen_random_uuid(), 'bootstrap admin', 'admin', :hash, :prefix) "
            "ON CONFLICT (token_hash) DO UPDATE SET revoked_at = NULL, role = 'admin' "
            "WHERE api_keys.revoked_at IS NOT NULL OR api_keys.role <> 'admin' "
            "RETURNING id"
        ),
        {"hash": token_hash, "prefix": token_prefix},
    )
    return result.scalar_one_or_none()


async def insert(session: AsyncSession, key: ApiKey) -> ApiKey:
    """Store a new key."""
    session.add(key)
    await session.flush()
    await session.refresh(key)
    return key


async def get(session: AsyncSession, key_id: UUID, *, for_update: bool = False) -> ApiKey | None:
    """One key by id, revoked or not."""
    stmt = sa.select(ApiKey).where(_T.c.id == key_id).execution_options(populate_existing=True)
    if for_update:
        stmt = stmt.with_for_update()
    return (await session.execute(stmt)).scalar_one_or_none()


async def revoke(session: AsyncSession, key_id: UUID) -> bool:
    """Revoke a key now; False when it was already revoked."""
    result = await session.execute(
        sa.update(_T).where(_T.c.id == key_id, _T.c.revoked_at.is_(None)).values(revoked_at=sa.func.now())
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def page(
    session: AsyncSession, *, limit: int, cursor: str | None, role: str | None, revoked: bool | None
) -> tuple[list[ApiKey], str | None]:
    """A filtered page of keys."""
    stmt = sa.select(ApiKey)
    if role is not None:
        stmt = stmt.where(_T.c.role == role)
    if revoked is not None:
        stmt = stmt.where(_T.c.revoked_at.is_not(None) if revoked else _T.c.revoked_at.is_(None))
    return await keyset_page(session, stmt, ApiKey, limit=limit, cursor=cursor)
