"""The request id: from ``X-Request-ID`` or generated, returned on the response, read by logs and audit."""

import re
import uuid
from contextvars import ContextVar

from starlette.datastructures import MutableHeaders
from starlette.types import Message, Receive, Scope, Send

from matchwerk.asgi import HttpMiddleware

REQUEST_ID_HEADER = "X-Request-ID"
REQUEST_ID_SCOPE_KEY = "matchwerk.request_id"
# Accept a caller's id only when it is short and harmless in logs; otherwise make our own.
_SAFE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:@/+=-]{1,128}$")
_request_id: ContextVar[str | None] = ContextVar("matchwerk_request_id", default=None)


def current_request_id() -> str | None:
    """The id of the request being served (None outside a request, e.g. in CLI commands)."""
    return _request_id.get()


class RequestIdMiddleware(HttpMiddleware):
    """Take ``X-Request-ID`` from the request (or generate one) and return it on the response."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        given = next((v for k, v in scope.get("headers", []) if k == b"x-request-id"), b"")
        text = given.decode("latin-1")
        request_id = text if _SAFE_REQUEST_ID.match(text) else uuid.uuid4().hex
        scope[REQUEST_ID_SCOPE_KEY] = request_id

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                MutableHeaders(scope=message)[REQUEST_ID_HEADER] = request_id
            await send(message)

        token = _request_id.set(request_id)
        try:
            await self.app(scope, receive, send_with_id)
        finally:
            _request_id.reset(token)
