"""`make screenshots`: the main pages as PNGs in docs/screenshots (German, English, 320 px wide).

Runs only when MATCHWERK_SCREENSHOTS is set, so the suite does not rewrite docs/."""

import os
import re
from pathlib import Path
from typing import Any

import pytest

from tests.web.browser import LiveServer, create_admin

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.environ.get("MATCHWERK_SCREENSHOTS"), reason="make screenshots"),
]

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
ADMIN = ("screens@demo.matchwerk.example", "Screens-Passwort-2026")


async def test_screenshots(browser: Any, live_server: LiveServer) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    await create_admin(live_server, *ADMIN)
    for lang, width, suffix in (("de", 1280, ""), ("en", 1280, "-en"), ("de", 320, "-320")):
        context = await browser.new_context(locale=f"{lang}-DE", viewport={"width": width, "height": 800})
        page = await context.new_page()
        await page.goto(live_server.url + "/")
        await page.screenshot(path=OUT / f"sign-in{suffix}.png", full_page=True)
        await page.locator("#email").fill(ADMIN[0])
        await page.locator("#password").fill(ADMIN[1])
        await page.locator("form.stack button").click()
        await page.wait_for_url(re.compile(r".*/candidates$"))
        await page.screenshot(path=OUT / f"people{suffix}.png", full_page=True)
        await page.goto(live_server.url + "/candidates/new")
        await page.locator("#occ-0-title").fill("електрик")
        await page.locator("#occ-0-suggestions fieldset").wait_for()
        await page.screenshot(path=OUT / f"intake{suffix}.png", full_page=True)
        await page.goto(live_server.url + "/vacancies")
        await page.get_by_role("link", name="Elektroniker/in (m/w/d) Energie- und Gebäudetechnik").click()
        await page.locator("article.match").first.wait_for()
        await page.screenshot(path=OUT / f"vacancy{suffix}.png", full_page=True)
        await page.goto(live_server.url + "/candidates")
        await page.locator("main table a").first.click()
        await page.screenshot(path=OUT / f"profile{suffix}.png", full_page=True)
        await page.goto(live_server.url + "/statistics?group_by=german_level")
        await page.screenshot(path=OUT / f"statistics{suffix}.png", full_page=True)
        await page.goto(live_server.url + "/admin/audit")
        await page.screenshot(path=OUT / f"audit{suffix}.png")  # the first screen; the log is long
        await context.close()
