"""ASGI middleware: security headers, request body limit, last-resort error rendering."""

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from matchwerk.asgi import HttpMiddleware
from matchwerk.errors import problem_response, unexpected_error


class _TooLarge(Exception):
    pass


class _TrackedSend:
    """``send`` that notes when the response has started: after that no other response may be sent."""

    def __init__(self, send: Send) -> None:
        self.send = send
        self.started = False

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.started = True
        await self.send(message)


class BodyLimitMiddleware(HttpMiddleware):
    """Answer 413 problem+json when a request body exceeds ``max_bytes`` (declared or streamed).

    Paths ending in one of ``larger`` 's suffixes (bulk imports) get that suffix's own, larger limit."""

    def __init__(self, app: ASGIApp, max_bytes: int, larger: dict[str, int] | None = None) -> None:
        super().__init__(app)
        self.max_bytes = max_bytes
        self.larger = larger or {}

    async def _reject(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = problem_response(
            413, f"The request body exceeds {self.max_bytes} bytes.", request=Request(scope)
        )
        await response(scope, receive, send)

    def _declared_too_large(self, scope: Scope) -> bool:
        return any(
            name == b"content-length" and value.isdigit() and int(value) > self.max_bytes
            for name, value in scope.get("headers", [])
        )

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = str(scope.get("path", ""))
        if any(path.endswith(suffix) for suffix in self.larger):
            await self.app(scope, receive, send)  # the route enforces its own limit with its own message
            return
        if self._declared_too_large(scope):
            await self._reject(scope, receive, send)
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise _TooLarge
            return message

        tracked = _TrackedSend(send)
        try:
            await self.app(scope, limited_receive, tracked)
        except _TooLarge:
            if not tracked.started:
                await self._reject(scope, receive, send)


_SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
}


class SecurityHeadersMiddleware(HttpMiddleware):
    """Headers that keep browsers from sniffing, framing, leaking referrers and caching personal data."""

    def __init__(self, app: ASGIApp, no_store_prefix: str = "/api/") -> None:
        super().__init__(app)
        self.no_store_prefix = no_store_prefix

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        no_store = str(scope.get("path", "")).startswith(self.no_store_prefix)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                headers = MutableHeaders(scope=message)
                for name, value in _SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
                if no_store:
                    headers["Cache-Control"] = "no-store"
            await send(message)

        await self.app(scope, receive, send_with_headers)


class UnexpectedErrorMiddleware(HttpMiddleware):
    """Render an unhandled error as problem+json inside the other middleware, so a 500 still carries the
    request id and the security headers (Starlette's own last-resort handler sits outside all of them)."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        tracked = _TrackedSend(send)
        try:
            await self.app(scope, receive, tracked)
        except Exception as exc:
            if tracked.started:
                raise
            response = await unexpected_error(Request(scope), exc)
            await response(scope, receive, send)
