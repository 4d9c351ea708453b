"""All pages of the frontend and its static files, added to the app by ``install``."""

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from matchwerk.users.throttle import LoginThrottle
from matchwerk.web import routes_admin, routes_candidates, routes_lookup, routes_session, routes_vacancies

STATIC_DIR = Path(__file__).parent / "static"
ROUTERS = (
    routes_session.router,
    routes_candidates.router,
    routes_vacancies.router,
    routes_admin.router,
    routes_lookup.router,
)


def page_paths() -> frozenset[str]:
    """The paths of every page and fragment (the access matrix calls them with a session cookie)."""
    return frozenset(route.path for router in ROUTERS for route in router.routes if hasattr(route, "path"))


def install(app: FastAPI) -> None:
    """Add the pages, the static files (our stylesheet and the vendored htmx) and the sign-in throttle."""
    app.state.login_throttle = LoginThrottle()
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
