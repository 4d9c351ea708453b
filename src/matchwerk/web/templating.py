"""The Jinja2 environment, page rendering and the headers every page carries."""

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from matchwerk.common import CEFR_ORDER
from matchwerk.web import i18n
from matchwerk.web.labels import choices, label

TEMPLATES = Jinja2Templates(directory=Path(__file__).parent / "templates")
TEMPLATES.env.globals.update(
    label=label, choices=choices, extra_nav=[], cefr_levels=tuple(str(level) for level in CEFR_ORDER)
)
TEMPLATES.env.trim_blocks = True
TEMPLATES.env.lstrip_blocks = True

# Pages load only our own script and stylesheet; htmx runs with eval off (see base.html's htmx-config).
PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)
PAGE_HEADERS = {"Content-Security-Policy": PAGE_CSP, "Cache-Control": "no-store", "Vary": "Cookie"}


def render(
    request: Request, template: str, context: dict[str, Any] | None = None, *, status_code: int = 200
) -> HTMLResponse:
    """Render a page (or an htmx fragment) in the request's language."""
    lang = getattr(request.state, "lang", None) or i18n.pick_language(request)
    request.state.lang = lang

    def _(text: str, **values: Any) -> str:
        translated = i18n.translate(text, lang)
        return translated.format(**values) if values else translated

    base: dict[str, Any] = {
        "lang": lang,
        "_": _,
        "page": getattr(request.state, "page", None),
        "path": request.url.path,
        "query": str(request.url.query),
    }
    return TEMPLATES.TemplateResponse(
        request, template, base | (context or {}), status_code=status_code, headers=PAGE_HEADERS
    )
