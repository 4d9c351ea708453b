"""In a real browser (Debian's chromium): intake to profile, an advisor reading reasons, sign-out, a wrong
password, the scope of intake staff, and axe-core on every page in German and English at 320 px."""

import re
from collections.abc import AsyncIterator
from datetime import date
from typing import Any

import pytest
from playwright.async_api import expect

from matchwerk.users.demo import DEMO_ACCOUNTS
from tests.web.browser import AXE, LiveServer, create_admin

pytestmark = pytest.mark.browser

ADVISOR = DEMO_ACCOUNTS[0]
INTAKE = DEMO_ACCOUNTS[1]
ADMIN = ("ada@demo.matchwerk.example", "Admin-Passwort-2026")
REFERENCE = "ZUE-RAT-BROWSER-1"


@pytest.fixture
async def page(browser: Any) -> AsyncIterator[Any]:
    context = await browser.new_context(locale="de-DE", viewport={"width": 1280, "height": 900})
    page = await context.new_page()
    yield page
    await context.close()


async def sign_in(page: Any, live: LiveServer, email: str, password: str) -> None:
    await page.goto(live.url + "/")
    await page.get_by_label("E-Mail").fill(email)
    await page.get_by_label("Passwort").fill(password)
    await page.get_by_role("button", name="Anmelden").click()
    await page.wait_for_url(re.compile(r".*/candidates$"))


async def test_intake_of_a_person_with_a_ukrainian_title(page: Any, live_server: LiveServer) -> None:
    await sign_in(page, live_server, INTAKE[0], INTAKE[1])
    await page.get_by_role("link", name="Person erfassen").click()
    await page.get_by_label("Referenz").fill(REFERENCE)
    await page.get_by_label("Vorname").fill("Oksana")
    await page.get_by_label("Nachname").fill("Melnyk")
    await page.get_by_label("Ich bin einverstanden, dass mein Profil mit offenen Stellen").check()
    await page.get_by_label("Ich bin einverstanden, dass Arbeitgeber mein Profil ohne Namen").check()
    await page.get_by_label("Aufenthaltsstatus").select_option("temporary_protection")
    await page.get_by_label("Arbeitserlaubnis").select_option("permitted")
    await page.get_by_label("Postleitzahl").fill("40878")
    await page.get_by_label("Postleitzahl").press("Tab")
    await expect(page.locator("#municipality")).to_have_value("Ratingen")  # filled in from the postal code
    occupation = page.locator("#occ-0-title")
    await occupation.focus()
    await page.keyboard.type("електрик")
    suggestion = page.get_by_label(re.compile(r"Elektriker / Elektrikerin · KldB 26212"))
    await suggestion.wait_for()
    assert await suggestion.is_checked()
    await page.locator("#occ-0-years").fill("6")
    await page.locator("#lang-0-level").select_option("A2")
    await page.locator("#lang-1-code").fill("uk")
    await page.locator("#lang-1-level").select_option("native")
    await page.get_by_label("Vollzeit").check()
    await page.get_by_role("button", name="Speichern").focus()
    await page.keyboard.press("Enter")  # submitted from the keyboard
    await page.wait_for_url(re.compile(r".*/candidates/[0-9a-f-]{36}\?saved=1$"))
    main = page.locator("main")
    assert "Profil gespeichert." in await main.inner_text()
    text = await main.inner_text()
    assert "Oksana Melnyk" in text
    assert "KldB 26212" in text
    assert "ZUE Ratingen" in text


async def test_an_advisor_finds_that_person_for_a_vacancy_with_german_reasons(
    page: Any, live_server: LiveServer
) -> None:
    await sign_in(page, live_server, ADVISOR[0], ADVISOR[1])
    await page.get_by_label("Suche").fill(REFERENCE)
    await page.get_by_role("button", name="Suchen").click()
    await page.get_by_role("link", name="Oksana Melnyk").click()
    person_url = page.url
    await page.get_by_role("link", name="Stellen").click()
    await page.get_by_role("link", name="Elektroniker/in (m/w/d) Energie- und Gebäudetechnik").click()
    person_id = person_url.rsplit("/", 1)[-1]
    match = page.locator("article.match", has=page.locator(f'a[href="/candidates/{person_id}"]'))
    await match.wait_for()
    reasons = await match.inner_text()
    assert "Beruf" in reasons
    assert "Deutsch" in reasons  # the German reason of the language component
    assert re.search(r"\d+ %", reasons)


async def test_the_placement_flow(page: Any, live_server: LiveServer) -> None:
    await sign_in(page, live_server, ADVISOR[0], ADVISOR[1])
    await page.get_by_label("Suche").fill(REFERENCE)
    await page.get_by_role("button", name="Suchen").click()
    await page.get_by_role("link", name="Oksana Melnyk").click()
    person_id = page.url.rsplit("/", 1)[-1]
    await page.goto(live_server.url + "/vacancies")
    await page.get_by_role("link", name="Elektroniker/in (m/w/d) Energie- und Gebäudetechnik").click()
    vacancy_url = page.url
    match = page.locator("article.match", has=page.locator(f'a[href="/candidates/{person_id}"]'))
    await match.get_by_role("button", name="Vorschlagen").click()
    await page.wait_for_url(re.compile(r".*/placements/[0-9a-f-]{36}$"))
    assert "Vorgeschlagen" in await page.locator("dl.facts").inner_text()
    await page.goto(vacancy_url)
    await match.get_by_role("button", name="Freigeben").click()
    await page.wait_for_url(vacancy_url)
    assert "Freigegeben" in await match.locator(".badge").first.inner_text()
    await match.get_by_role("link", name="Vermittlung öffnen").click()
    await page.get_by_label("Neue Phase").select_option("contacted")
    await page.get_by_label("Nächster Schritt").fill("Termin Probearbeit vereinbaren")
    await page.get_by_label("Fällig am").fill(date.today().isoformat())
    await page.get_by_role("button", name="Speichern").click()
    history = await page.locator("main table").inner_text()
    assert "Vorgeschlagen" in history
    assert "Freigegeben" in history
    assert "Kontaktiert" in history
    await page.get_by_role("link", name="Vermittlungen").click()
    due = await page.locator("section[aria-labelledby=h-due]").inner_text()
    assert "Termin Probearbeit vereinbaren" in due
    contacted = await page.locator("section[aria-labelledby=h-contacted]").inner_text()
    assert "Elektroniker/in" in contacted


async def test_wrong_password(page: Any, live_server: LiveServer) -> None:
    await page.goto(live_server.url + "/")
    await page.get_by_label("E-Mail").fill(ADVISOR[0])
    await page.get_by_label("Passwort").fill("falsches Passwort")
    await page.get_by_role("button", name="Anmelden").click()
    alert = page.get_by_role("alert")
    assert await alert.inner_text() == "E-Mail oder Passwort ist falsch."
    assert page.url.endswith("/login")


async def test_sign_out(page: Any, live_server: LiveServer) -> None:
    await sign_in(page, live_server, ADVISOR[0], ADVISOR[1])
    await page.get_by_role("button", name="Abmelden").click()
    await page.wait_for_url(re.compile(r".*/login\?signed_out=1$"))
    assert "Sie wurden abgemeldet." in await page.locator("main").inner_text()
    await page.goto(live_server.url + "/candidates")
    assert "/login?next=/candidates" in page.url


async def test_intake_staff_cannot_see_another_centres_people(page: Any, live_server: LiveServer) -> None:
    await sign_in(page, live_server, INTAKE[0], INTAKE[1])
    listing = await page.locator("main table").inner_text()
    assert "ZUE-DEMO-000001" in listing  # Ratingen
    assert "ZUE-DEMO-000002" not in listing  # Bonn
    await page.get_by_label("Suche").fill("ZUE-DEMO-000002")
    await page.get_by_role("button", name="Suchen").click()
    assert "Keine Personen gefunden." in await page.locator("main").inner_text()


PAGES = [
    "/candidates",
    "/candidates/new",
    "/vacancies",
    "/placements",
    "/assignments?run=true&min_score=0",
    "/statistics",
    "/statistics?view=supply-demand&group_by=occupation_area",
    "/admin/users",
    "/admin/keys",
    "/admin/audit",
]


async def _pages_with_details(page: Any, live: LiveServer) -> list[str]:
    await page.goto(live.url + "/candidates")
    person = await page.locator("main table a").first.get_attribute("href")
    await page.goto(live.url + "/vacancies")
    vacancy = await page.locator("main table a").first.get_attribute("href")
    await page.goto(live.url + "/placements")
    cases = page.locator("main .board a")
    placement = [await cases.first.get_attribute("href")] if await cases.count() else []
    return [*PAGES, person, vacancy, *placement]


@pytest.mark.parametrize("lang", ["de", "en"])
async def test_axe_finds_no_serious_violation_and_pages_fit_320px(
    browser: Any, live_server: LiveServer, lang: str
) -> None:
    if lang == "de":
        await create_admin(live_server, *ADMIN)
    context = await browser.new_context(
        locale=f"{lang}-DE", viewport={"width": 320, "height": 800}, bypass_csp=True
    )
    page = await context.new_page()
    await page.goto(live_server.url + "/login")
    results = {"/login": await _audit(page)}
    await page.locator("#email").fill(ADMIN[0])
    await page.locator("#password").fill(ADMIN[1])
    await page.locator("form.stack button").click()
    await page.wait_for_url(re.compile(r".*/candidates$"))
    for path in await _pages_with_details(page, live_server):
        await page.goto(live_server.url + path)
        results[path] = await _audit(page)
    await page.goto(live_server.url + "/candidates/new")
    await page.locator("form.profile button[type=submit]").click()  # empty form: inline errors
    await page.wait_for_load_state()
    results["/candidates/new (errors)"] = await _audit(page)
    await context.close()
    problems = {path: found for path, found in results.items() if found}
    assert problems == {}


async def _audit(page: Any) -> list[str]:
    """Serious/critical axe violations and horizontal overflow at the current width."""
    assert await page.evaluate("document.documentElement.lang") in ("de", "en")
    await page.add_script_tag(path=str(AXE))
    result = await page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    found = [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    width = await page.evaluate("document.documentElement.scrollWidth")
    if width > 320:
        found.append(f"page is {width}px wide at a 320px viewport")
    return found
