"""The route class of every page: sign-in redirects, and errors as HTML pages instead of problem+json."""

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse
from fastapi.routing import APIRoute

from matchwerk.errors import DomainError
from matchwerk.web.auth import PageForbidden, SignInRequired, sign_in_url
from matchwerk.web.templating import PAGE_HEADERS, render

_NOT_FOUND = "Diesen Eintrag gibt es nicht, oder er ist für Sie nicht sichtbar."
_TITLES = {403: "Kein Zugriff", 404: "Nicht gefunden"}


def error_page(request: Request, status_code: int, message: str) -> Response:
    """An error as a page of the frontend (a fragment for htmx requests)."""
    template = "fragments/error.html" if request.headers.get("hx-request") else "error.html"
    title = _TITLES.get(status_code, "Fehler")
    return render(request, template, {"title": title, "message": message}, status_code=status_code)


class PageRoute(APIRoute):
    """Turn the frontend's exceptions into redirects and error pages."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def page_handler(request: Request) -> Response:
            try:
                return await handler(request)
            except SignInRequired as exc:
                target = sign_in_url(exc.next_path if request.method == "GET" else "/", expired=exc.expired)
                if request.headers.get("hx-request"):
                    return Response(status_code=200, headers={"HX-Redirect": target, **PAGE_HEADERS})
                return RedirectResponse(target, status_code=303, headers=PAGE_HEADERS)
            except PageForbidden as exc:
                return error_page(request, exc.status_code, exc.message)
            except RequestValidationError:
                return error_page(request, 422, "Diese Angabe ist ungültig.")
            except DomainError as exc:
                message = _NOT_FOUND if exc.status == 404 else exc.detail
                return error_page(request, exc.status, message)

        return page_handler
