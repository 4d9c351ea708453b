"""htmx fragments of the intake form: occupation suggestions in any language, postal code to municipality."""

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.db import SessionDep
from matchwerk.geo.places import default_registry
from matchwerk.occupations import service as occupation_service
from matchwerk.occupations.normalise import has_letters, normalise
from matchwerk.web.auth import AnyUser
from matchwerk.web.pages import PageRoute
from matchwerk.web.templating import render

router = APIRouter(prefix="/lookup", route_class=PageRoute, include_in_schema=False)


async def occupation_hits(session: AsyncSession, title: str) -> list[dict[str, Any]]:
    """Suggestions for a title in any language: German title and KldB code of each."""
    hits: list[dict[str, Any]] = []
    title = title[:200].strip()
    if not (title and normalise(title) and has_letters(title)):
        return hits
    await occupation_service.refresh_if_changed(session)
    catalogue = occupation_service.catalogue()
    for hit in occupation_service.search(title, 6):
        occupation = catalogue.get(hit.kldb_code)
        if occupation is not None:
            hits.append({"kldb_code": hit.kldb_code, "title_de": occupation.title_de, "hit": hit})
    return hits


@router.get("/occupations", summary="Occupation suggestions for the intake form (fragment)")
async def occupation_suggestions(
    request: Request,
    session: SessionDep,
    page: AnyUser,
    row: Annotated[int, Query(ge=0, le=9)] = 0,
) -> Response:
    title = request.query_params.get(f"occ-{row}-title") or request.query_params.get("q") or ""
    hits = await occupation_hits(session, title)
    return render(request, "fragments/occupation_suggestions.html", {"hits": hits, "row": row})


@router.get("/place", summary="Municipality for a postal code (fragment)")
async def place(
    request: Request,
    page: AnyUser,
    postal_code: Annotated[str, Query(max_length=20)] = "",
    municipality: Annotated[str, Query(max_length=200)] = "",
) -> Response:
    found = default_registry().by_postal_code(postal_code) if postal_code.strip() else None
    unknown = bool(postal_code.strip()) and found is None
    value = found.label if found is not None else municipality
    context = {"municipality": value, "unknown": unknown}
    return render(request, "fragments/municipality.html", context)
