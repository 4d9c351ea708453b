"""Swagger UI and ReDoc work offline: every asset is served by the app, the CSP names no outside host."""

import re

import httpx
import pytest


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
async def test_docs_pages_load_only_own_assets_under_a_strict_csp(
    client: httpx.AsyncClient, page: str
) -> None:
    response = await client.get(page)
    assert response.status_code == 200
    html = response.text
    assert "http://" not in html
    assert "https://" not in html
    assert "<script>" not in html  # no inline script: the CSP forbids it
    csp = response.headers["content-security-policy"]
    assert "script-src 'self';" in csp
    assert "http" not in csp
    assert "*" not in csp
    assets = re.findall(r'(?:src|href)="(/docs/assets/[^"]+)"', html)
    assert assets
    for asset in assets:
        served = await client.get(asset)
        assert served.status_code == 200, asset
        assert len(served.content) > 100


async def test_swagger_bundle_is_the_real_one_and_unknown_assets_are_404(client: httpx.AsyncClient) -> None:
    bundle = await client.get("/docs/assets/swagger-ui-bundle.js")
    assert len(bundle.content) > 500_000
    assert b"SwaggerUIBundle" in bundle.content
    assert (await client.get("/docs/assets/..%2Fapp.py")).status_code == 404
    assert (await client.get("/docs/assets/app.py")).status_code == 404
