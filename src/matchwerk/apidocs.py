"""API documentation that works offline: Swagger UI and ReDoc assets served by the app, no CDN, strict CSP."""

from importlib.resources import files
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, HTMLResponse

from matchwerk.errors import NotFound

# The pinned bundles come from the fastapi-offline package; the starter script is ours.
_BUNDLES = Path(str(files("fastapi_offline") / "static"))
_OURS = Path(str(files("matchwerk") / "apidocs_static"))
ASSETS = {
    "swagger-ui-bundle.js": _BUNDLES / "swagger-ui-bundle.js",
    "swagger-ui.css": _BUNDLES / "swagger-ui.css",
    "redoc.standalone.js": _BUNDLES / "redoc.standalone.js",
    "favicon.png": _BUNDLES / "favicon.png",
    "swagger-init.js": _OURS / "swagger-init.js",
}
# Only this origin: no outside host, no inline script; the UIs inject inline styles, ReDoc runs a blob worker.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'none'"
)
_HEAD = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
    '<meta name="viewport" content="width=device-width, initial-scale=1">'
    '<link rel="icon" type="image/png" href="/docs/assets/favicon.png">{extra}</head>'
)
SWAGGER_HTML = (
    _HEAD.format(title="matchwerk API", extra='<link rel="stylesheet" href="/docs/assets/swagger-ui.css">')
    + '<body><div id="swagger-ui"></div><script src="/docs/assets/swagger-ui-bundle.js"></script>'
    '<script src="/docs/assets/swagger-init.js"></script></body></html>'
)
REDOC_HTML = (
    _HEAD.format(title="matchwerk API (ReDoc)", extra="")
    + '<body><redoc spec-url="/openapi.json"></redoc><script src="/docs/assets/redoc.standalone.js"></script>'
    "</body></html>"
)

router = APIRouter(include_in_schema=False)


@router.get("/docs")
async def swagger_ui() -> HTMLResponse:
    return HTMLResponse(SWAGGER_HTML, headers={"Content-Security-Policy": CSP})


@router.get("/redoc")
async def redoc() -> HTMLResponse:
    return HTMLResponse(REDOC_HTML, headers={"Content-Security-Policy": CSP})


@router.get("/docs/assets/{asset}")
async def docs_asset(asset: Annotated[str, PathParam(max_length=40)]) -> FileResponse:
    path = ASSETS.get(asset)
    if path is None:
        raise NotFound(f"No documentation asset {asset!r}.")
    return FileResponse(path, headers={"Cache-Control": "public, max-age=86400"})
