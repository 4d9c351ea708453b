"""All pages of the frontend and its static files, added to the app by ``install``."""

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from matchwerk.users.throttle import LoginThrottle
from matchwerk.web import (
    routes_admin,
    routes_assignments,
    routes_candidates,
    routes_lookup,
    routes_placements,
    routes_session,
    routes_statistics,
    routes_vacancies,
)
from matchwerk.web.templating import TEMPLATES

STATIC_DIR = Path(__file__).parent / "static"
ROUTERS = (
    routes_session.router,
    routes_candidates.router,
    routes_vacancies.router,
    routes_admin.router,
    routes_lookup.router,
    routes_statistics.router,
    routes_placements.router,
    routes_assignments.router,
)
# Links of the main navigation beyond "Personen" and "Stellen", for advisors and admins.
EXTRA_NAV = [
    {"href": "/placements", "text": "Vermittlungen"},
    {"href": "/assignments", "text": "Zuordnung"},
    {"href": "/statistics", "text": "Statistik"},
]


def page_paths() -> frozenset[str]:
    """The paths of every page and fragment (the access matrix calls them with a session cookie)."""
    return frozenset(route.path for router in ROUTERS for route in router.routes if hasattr(route, "path"))


def install(app: FastAPI) -> None:
    """Add the pages, the static files (our stylesheet and the vendored htmx) and the sign-in throttle."""
    app.state.login_throttle = LoginThrottle()
    TEMPLATES.env.globals["extra_nav"] = EXTRA_NAV
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
