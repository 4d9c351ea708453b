"""Telling a database outage (answer 503, retry later) from an error the request itself caused."""

import asyncpg
from sqlalchemy import exc as sa_exc

RETRY_AFTER_SECONDS = 5
CONNECT_TIMEOUT_SECONDS = 2.0  # a request must answer within 5 s even when the server does not answer at all
POOL_TIMEOUT_SECONDS = 2.0

# connection exceptions, admin/crash shutdown and "cannot connect now" (starting up / shutting down),
# too many connections, read-only standby after a failover
_UNAVAILABLE_SQLSTATES = ("08", "57P01", "57P02", "57P03", "53300", "25006")


def database_unavailable(error: BaseException) -> bool:
    """Whether ``error`` (or anything it wraps) says the database cannot be reached right now."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(
            current,
            OSError | TimeoutError | sa_exc.TimeoutError | asyncpg.PostgresConnectionError,
        ):
            return True
        if isinstance(current, sa_exc.DBAPIError) and current.connection_invalidated:
            return True
        if isinstance(current, asyncpg.InterfaceError) and "closed" in str(current):
            return True
        sqlstate = getattr(current, "sqlstate", None)
        if isinstance(sqlstate, str) and sqlstate.startswith(_UNAVAILABLE_SQLSTATES):
            return True
        wrapped = getattr(current, "orig", None)
        current = (
            wrapped if isinstance(wrapped, BaseException) else (current.__cause__ or current.__context__)
        )
    return False
