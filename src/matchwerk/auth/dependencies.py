"""The current-principal dependency and role gates for routes."""

import math
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from matchwerk.auth import repository
from matchwerk.auth import service as auth_service
from matchwerk.auth.models import Principal, Role
from matchwerk.auth.ratelimit import FailedAuthThrottle, RateLimiter
from matchwerk.db import SessionDep
from matchwerk.errors import Forbidden, RateLimited, Unauthorized

bearer = HTTPBearer(auto_error=False, description="API key: `Authorization: Bearer <token>`")

_CHALLENGE = {"WWW-Authenticate": "Bearer"}


async def current_principal(
    request: Request,
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Principal:
    """Authenticate the bearer token (401 if missing, unknown or revoked); then the key's rate limit (429)."""
    throttle: FailedAuthThrottle = request.app.state.auth_throttle
    client = request.client.host if request.client is not None else "-"
    token = credentials.credentials if credentials is not None else ""
    token_hash = auth_service.hash_token(token)
    wait_after_failures = throttle.blocked(client, token_hash)
    if wait_after_failures is not None:
        raise RateLimited(
            "Too many failed authentications from this address; retry later.",
            headers={"Retry-After": str(max(1, math.ceil(wait_after_failures)))},
        )
    if credentials is None or credentials.scheme.lower() != "bearer":
        throttle.failed(client)
        raise Unauthorized("Send an API key as 'Authorization: Bearer <token>'.", headers=_CHALLENGE)
    principal = await auth_service.authenticate(session, credentials.credentials)
    if principal is None:
        throttle.failed(client)
        raise Unauthorized("The API key is unknown or revoked.", headers=_CHALLENGE)
    throttle.succeeded(token_hash)
    limiter: RateLimiter = request.app.state.rate_limiter
    wait = limiter.acquire(principal.key_id)
    if wait is not None:
        raise RateLimited(
            "Too many requests with this API key; retry later.",
            headers={"Retry-After": str(max(1, math.ceil(wait)))},
        )
    request.state.principal = principal
    # A write on every request would take a second pooled connection; once a minute is enough.
    if auth_service.usage_is_stale(principal, datetime.now(UTC)):
        await repository.touch_last_used(request.app.state.engine, principal.key_id)
    return principal


def require(*roles: Role) -> Callable[..., Awaitable[Principal]]:
    """A dependency that lets only the given roles through (403 otherwise)."""
    allowed = frozenset(roles)

    async def gate(principal: Annotated[Principal, Depends(current_principal)]) -> Principal:
        if principal.role not in allowed:
            raise Forbidden(f"The role '{principal.role}' may not use this operation.")
        return principal

    gate.allowed_roles = allowed  # type: ignore[attr-defined]
    return gate
