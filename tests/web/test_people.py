"""People pages: intake form, validation in German, search, scope of intake staff, profiles with reasons."""

import re

import httpx
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from tests.web.conftest import add_candidate, add_vacancy

INTAKE_FORM = {
    "reference": "ZUE-RAT-WEB-1",
    "reception_centre": "ZUE Bonn",  # ignored for intake staff: they capture for their own centre
    "given_name": "Oksana",
    "family_name": "Melnyk",
    "birth_date": "1988-02-03",
    "nationality": "ua",
    "consent_matching": "on",
    "consent_share_with_employers": "on",
    "residence_status": "temporary_protection",
    "work_authorization": "permitted",
    "postal_code": "40878",
    "municipality": "Ratingen",
    "max_commute_km": "30",
    "occ-0-title": "електрик",
    "occ-0-years": "6,5",
    "occ-0-qualification_level": "vocational",
    "occ-0-qualification_country": "UA",
    "occ-0-recognition_status": "not_started",
    "lang-0-code": "de",
    "lang-0-level": "A2",
    "lang-1-code": "uk",
    "lang-1-level": "native",
    "employment_types": "full_time",
    "driving_licences": "B",
    "skills": "Photovoltaik, Schaltschränke",
}


async def test_intake_captures_a_person_with_a_ukrainian_title(
    client: httpx.AsyncClient, session: AsyncSession, intake_csrf: str
) -> None:
    form = await client.get("/candidates/new")
    assert form.status_code == 200
    assert '<label for="occ-0-title">Beruf' in form.text
    suggestions = await client.get("/lookup/occupations", params={"row": 0, "occ-0-title": "електрик"})
    assert "Elektriker / Elektrikerin</strong> · KldB 26212" in suggestions.text
    saved = await client.post(
        "/candidates/new", data={**INTAKE_FORM, "occ-0-kldb_code": "26212", "csrf_token": intake_csrf}
    )
    assert saved.status_code == 303
    profile = await client.get(saved.headers["location"])
    assert profile.status_code == 200
    assert "Profil gespeichert." in profile.text
    assert "Oksana Melnyk" in profile.text
    assert "KldB 26212" in profile.text
    row = (
        await session.execute(
            sa.text(
                "SELECT c.reception_centre, o.kldb_code, o.years_experience, c.consent_share_with_employers "
                "FROM candidates c JOIN candidate_occupations o ON o.candidate_id = c.id "
                "WHERE c.reference = :r"
            ),
            {"r": "ZUE-RAT-WEB-1"},
        )
    ).one()
    assert tuple(row) == ("ZUE Ratingen", "26212", 6.5, True)
    assert "Passende Stellen" not in profile.text  # intake staff do not see matches (API rule: staff only)


async def test_invalid_input_is_shown_inline_in_german_and_nothing_is_written(
    client: httpx.AsyncClient, session: AsyncSession, intake_csrf: str
) -> None:
    bad = {
        **INTAKE_FORM,
        "postal_code": "4087",
        "birth_date": "",
        "lang-1-level": "",
        "csrf_token": intake_csrf,
    }
    response = await client.post("/candidates/new", data=bad)
    assert response.status_code == 422
    html = response.text
    assert "Bitte korrigieren Sie die markierten Angaben." in html
    assert (
        '<p class="field-error" id="postal_code-error">Bitte eine fünfstellige Postleitzahl eingeben.</p>'
        in html
    )
    assert re.search(r'id="postal_code"[^>]*aria-invalid="true"', html)
    assert '<p class="field-error" id="lang-1-level-error">Bitte das Niveau wählen.</p>' in html
    assert 'value="Oksana"' in html  # what was typed stays
    count = await session.execute(
        sa.text("SELECT count(*) FROM candidates WHERE reference = 'ZUE-RAT-WEB-1'")
    )
    assert count.scalar_one() == 0


async def test_a_taken_reference_is_reported_on_its_field(
    client: httpx.AsyncClient, session: AsyncSession, intake_csrf: str
) -> None:
    await add_candidate(session, "ZUE-RAT-WEB-1", "ZUE Ratingen")
    response = await client.post("/candidates/new", data={**INTAKE_FORM, "csrf_token": intake_csrf})
    assert response.status_code == 422
    assert "Diese Referenz ist schon vergeben." in response.text


async def test_a_form_without_its_token_is_refused(
    client: httpx.AsyncClient, session: AsyncSession, intake_csrf: str
) -> None:
    response = await client.post("/candidates/new", data=INTAKE_FORM)
    assert response.status_code == 403
    count = await session.execute(
        sa.text("SELECT count(*) FROM candidates WHERE reference = 'ZUE-RAT-WEB-1'")
    )
    assert count.scalar_one() == 0


async def test_intake_staff_see_only_their_own_centre(
    client: httpx.AsyncClient, session: AsyncSession, intake_csrf: str
) -> None:
    own = await add_candidate(session, "OWN-1", "ZUE Ratingen")
    other = await add_candidate(session, "OTHER-1", "ZUE Bonn")
    listing = await client.get("/candidates")
    assert "OWN-1" in listing.text
    assert "OTHER-1" not in listing.text
    search = await client.get("/candidates", params={"q": "Kovalenko"})
    assert "OWN-1" in search.text
    assert "OTHER-1" not in search.text
    filtered = await client.get("/candidates", params={"reception_centre": "ZUE Bonn", "q": "Kovalenko"})
    assert "OTHER-1" not in filtered.text
    assert (await client.get(f"/candidates/{own}")).status_code == 200
    hidden = await client.get(f"/candidates/{other}")
    assert hidden.status_code == 404
    assert "OTHER-1" not in hidden.text
    assert (await client.get("/vacancies")).status_code == 403


async def test_search_finds_people_by_occupation_in_another_language(
    client: httpx.AsyncClient, session: AsyncSession, advisor_csrf: str
) -> None:
    await add_candidate(session, "UA-ELEKTRO", "ZUE Ratingen")  # occupation "електрик", KldB 26212
    await add_candidate(
        session,
        "SY-BAKER",
        "ZUE Bonn",
        occupations=[{"title": "خباز"}],
        personal={"given_name": "Sami", "family_name": "Haddad"},
    )
    by_german_title = await client.get("/candidates", params={"q": "Elektriker"})
    assert "UA-ELEKTRO" in by_german_title.text
    assert "SY-BAKER" not in by_german_title.text
    by_name = await client.get("/candidates", params={"q": "haddad"})
    assert "SY-BAKER" in by_name.text
    assert "UA-ELEKTRO" not in by_name.text


async def test_advisor_reads_german_reasons_and_english_on_request(
    client: httpx.AsyncClient, session: AsyncSession, advisor_csrf: str
) -> None:
    person = await add_candidate(session, "UA-ELEKTRO", "ZUE Ratingen")
    vacancy = await add_vacancy(session, "WEB-1")
    page = await client.get(f"/vacancies/{vacancy}")
    assert page.status_code == 200
    assert f'href="/candidates/{person}"' in page.text
    assert "Passende Personen" in page.text
    assert '<th scope="row">Beruf</th>' in page.text
    assert "Hindernisse" in page.text or "Nächste Schritte" in page.text
    german_reasons = re.findall(r'<th scope="row">Sprache</th><td>\d+ %</td><td>([^<]+)</td>', page.text)
    assert german_reasons
    assert "Deutsch" in german_reasons[0]
    profile = await client.get(f"/candidates/{person}")
    assert "Passende Stellen" in profile.text
    assert f'href="/vacancies/{vacancy}"' in profile.text
    client.cookies.set("mw_lang", "en")
    english = await client.get(f"/vacancies/{vacancy}")
    english_reasons = re.findall(r'<th scope="row">Language</th><td>\d+ %</td><td>([^<]+)</td>', english.text)
    assert english_reasons
    assert "German" in english_reasons[0]


async def test_consent_history_lists_changes(
    client: httpx.AsyncClient, session: AsyncSession, advisor_csrf: str
) -> None:
    person = await add_candidate(session, "CONSENT-1", "ZUE Ratingen")
    profile = await client.get(f"/candidates/{person}")
    assert "Einwilligungsverlauf" in profile.text
    assert "Abgleich mit Stellen: erteilt" in profile.text
