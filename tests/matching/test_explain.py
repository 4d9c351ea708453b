"""Explanations: reasons per component, blockers, suggestions and flags, in German and English."""

from __future__ import annotations

from datetime import timedelta

import pytest

from matchwerk.matching.explain.explanation import explain
from matchwerk.matching.rules.profiles import CandidateProfile, LanguageSkill, VacancyProfile
from tests.matching.fakes import COLOGNE, TODAY, FakeCatalogue, make_candidate, make_vacancy, occupation

CATALOGUE = FakeCatalogue()
NURSE_VACANCY = {"kldb_code": "81302", "title": "Pflegefachkraft (m/w/d)"}


def reason(candidate: CandidateProfile, vacancy: VacancyProfile, component: str, lang: str = "de") -> str:
    return explain(candidate, vacancy, CATALOGUE, today=TODAY, lang=lang).components[component].reason


# reasons


@pytest.mark.parametrize(
    ("code", "lang", "expected"),
    [
        ("26212", "de", "Gleicher Beruf: Elektriker/in (26212) (1,00)"),
        ("26212", "en", "Same occupation: Electrician (26212) (1.00)"),
        (
            "26213",
            "de",
            "Elektrotechniker/in (26213) in derselben Berufsuntergruppe 2621 wie Elektriker/in (26212), "
            "gleiches oder höheres Anforderungsniveau (0,85)",
        ),
        (
            "26211",
            "en",
            "Electrical assistant (26211) is in the same occupational subgroup 2621 as Electrician (26212), "
            "below the required skill level (0.60)",
        ),
        (
            "26252",
            "de",
            "Elektroniker/in Betriebstechnik (26252) in derselben Berufsgruppe 262 wie Elektriker/in (26212) "
            "(0,60)",
        ),
        (
            "26312",
            "en",
            "IT systems electronics technician (26312) is related to Electrician (26212) in the catalogue "
            "(0.70)",
        ),
        (
            "52122",
            "de",
            "Kein passender Beruf: Berufskraftfahrer/in (52122) passt nicht zu Elektriker/in (26212) (0,00)",
        ),
    ],
)
def test_occupation_reason_names_both_occupations(code: str, lang: str, expected: str) -> None:
    assert (
        reason(make_candidate(occupations=(occupation(code),)), make_vacancy(), "occupation", lang)
        == expected
    )


def test_occupation_reason_for_unresolved_titles() -> None:
    candidate = make_candidate(occupations=(occupation(None, title="Elektroinstallateur"),))
    assert reason(candidate, make_vacancy(), "occupation") == (
        "Titelvergleich ohne KldB-Code: „Elektroinstallateur“ und „Elektriker/in (m/w/d)“ "
        "zu 62 % ähnlich, halb gewichtet (0,31)"
    )
    assert reason(candidate, make_vacancy(), "occupation", "en") == (
        "Title comparison without a KldB code: “Elektroinstallateur” and “Elektriker/in (m/w/d)” "
        "are 62% similar, weighted by half (0.31)"
    )


def test_occupation_reason_says_when_the_vacancy_has_no_occupation_code() -> None:
    vacancy = make_vacancy(kldb_code=None, title="Elektriker")
    assert reason(make_candidate(), vacancy, "occupation") == (
        "Die Stelle hat keinen zugeordneten Beruf (KldB); Titelvergleich ohne KldB-Code: „Elektriker“ und "
        "„Elektriker“ zu 100 % ähnlich, halb gewichtet (0,50)"
    )
    assert reason(make_candidate(occupations=()), vacancy, "occupation", "en") == (
        "The vacancy has no resolved occupation (KldB); No occupations given (0.00)"
    )


def test_language_reason_matches_the_example_of_matching_md() -> None:
    candidate = make_candidate(languages=(LanguageSkill("de", "B1"),))
    vacancy = make_vacancy(german_min="B2", offers_language_course=True)
    assert reason(candidate, vacancy, "language") == (
        "Deutsch B1, gefordert B2: eine Stufe darunter; der Betrieb bietet einen Job-BSK (0,80)"
    )
    assert reason(candidate, vacancy, "language", "en") == (
        "German B1, required B2: one level below; the employer offers a job-related German course (0.80)"
    )


def test_language_reason_lists_each_requirement_and_the_average() -> None:
    candidate = make_candidate(languages=(LanguageSkill("de", "A1"), LanguageSkill("ar", "native")))
    vacancy = make_vacancy(german_min="B2", languages=(LanguageSkill("en", "A2"), LanguageSkill("ar", "C1")))
    assert reason(candidate, vacancy, "language") == (
        "Deutsch A1, gefordert B2: 3 Stufen darunter; Englisch keine Kenntnisse, gefordert A2: zwei Stufen "
        "darunter; Arabisch Muttersprache, gefordert C1: erfüllt — Mittelwert aus 3 Anforderungen (0,43)"
    )
    assert reason(make_candidate(), make_vacancy(german_min=None), "language", "en") == (
        "No language requirements (1.00)"
    )


def test_recognition_reasons() -> None:
    nurse = make_candidate(occupations=(occupation("81302", recognition="partial"),))
    vacancy = make_vacancy(**NURSE_VACANCY, offers_recognition_support=True)
    assert reason(nurse, vacancy, "recognition") == (
        "Pflegefachmann/-frau (81302) ist ein reglementierter Beruf; Anerkennung dafür: teilweise "
        "gleichwertig; der Betrieb unterstützt die Anerkennung (+0,15) (0,75)"
    )
    zab = make_candidate(occupations=(occupation("81302", recognition="zab_evaluated"),))
    assert reason(zab, make_vacancy(**NURSE_VACANCY), "recognition", "en") == (
        "Registered nurse (81302) is a regulated occupation; recognition for it: ZAB statement of "
        "comparability (counts as not started here) (0.15)"
    )
    assert reason(make_candidate(), make_vacancy(recognition="required"), "recognition") == (
        "Der Betrieb verlangt für Elektriker/in (26212) eine Anerkennung; Anerkennung dafür: nicht "
        "erforderlich (zählt hier als nicht begonnen) (0,15)"
    )
    assert reason(make_candidate(), make_vacancy(), "recognition", "en") == (
        "Electrician (26212) is not regulated; recognition for it: not required (1.00)"
    )


def test_recognition_reason_names_the_vacancy_occupation_when_the_candidate_has_another() -> None:
    """Issue 9: a nurse at an electronics vacancy is not told that nursing is "not regulated"."""
    nurse = make_candidate(occupations=(occupation("81302", recognition="not_started"),))
    electronics = make_vacancy(kldb_code="26252", title="Elektroniker/in Betriebstechnik")
    assert reason(nurse, electronics, "recognition") == (
        "Elektroniker/in Betriebstechnik (26252) ist nicht reglementiert; die Anerkennung der Person "
        "(nicht begonnen) betrifft einen anderen Beruf: Pflegefachmann/-frau (81302) (0,80)"
    )
    assert reason(nurse, electronics, "recognition", "en") == (
        "Industrial electronics technician (26252) is not regulated; the candidate's recognition "
        "(not started) concerns another occupation: Registered nurse (81302) (0.80)"
    )


def test_experience_reasons() -> None:
    assert reason(make_candidate(), make_vacancy(), "experience") == (
        "5 Jahre Berufserfahrung als Elektriker/in (26212), gefordert 2 Jahre (1,00)"
    )
    one_year = make_candidate(occupations=(occupation(years=1.5),))
    assert reason(one_year, make_vacancy(min_years_experience=None), "experience", "en") == (
        "1.5 years of experience as Electrician (26212), no minimum required (full score from 5 years) (0.30)"
    )
    unknown = make_candidate(occupations=(occupation(years=None),))
    assert (
        reason(unknown, make_vacancy(), "experience")
        == "Berufserfahrung als Elektriker/in (26212) unbekannt (0,00)"
    )


def test_availability_reasons() -> None:
    late = make_candidate(available_from=TODAY + timedelta(days=50))
    vacancy = make_vacancy(start_date=TODAY + timedelta(days=10))
    assert reason(late, vacancy, "availability") == (
        "Verfügbar ab 20.04.2025, Beginn 11.03.2025: 40 Tage nach Beginn (0,65)"
    )
    assert reason(make_candidate(), make_vacancy(), "availability", "en") == (
        "Available now, start immediately: in time (1.00)"
    )


def test_location_reasons() -> None:
    cologne = make_candidate(latitude=COLOGNE[0], longitude=COLOGNE[1], max_commute_km=40)
    assert reason(cologne, make_vacancy(radius_km=20), "location") == "34,8 km entfernt, erlaubt 40 km (0,13)"
    relocating = make_candidate(latitude=COLOGNE[0], longitude=COLOGNE[1], willing_to_relocate=True)
    assert reason(relocating, make_vacancy(radius_km=20), "location", "en") == (
        "34.8 km away, 20 km allowed: outside, but willing to relocate (0.00)"
    )
    assert reason(make_candidate(), make_vacancy(radius_km=None), "location") == (
        "0,0 km entfernt, kein Umkreis angegeben: Entfernungsfilter nicht angewendet (0,00)"
    )


def test_location_reason_says_the_filter_was_not_applied_when_a_place_is_unknown() -> None:
    assert reason(make_candidate(latitude=None, longitude=None), make_vacancy(), "location") == (
        "Ort unbekannt (Wohnort): Entfernungsfilter nicht angewendet (0,00)"
    )
    assert reason(make_candidate(), make_vacancy(latitude=None, longitude=None), "location", "en") == (
        "Location unknown (place of work): the distance filter was not applied (0.00)"
    )


def test_components_carry_score_and_weight() -> None:
    result = explain(make_candidate(), make_vacancy(), CATALOGUE, today=TODAY).as_dict()
    assert list(result["components"]) == [
        "occupation",
        "language",
        "recognition",
        "experience",
        "availability",
        "location",
    ]
    assert result["components"]["occupation"]["score"] == 1.0
    assert result["components"]["occupation"]["weight"] == 0.45
    assert result["components"]["location"]["weight"] == 0.05
    assert result["score"] == pytest.approx(1.0)
    assert (result["blockers"], result["suggestions"], result["flags"]) == ([], [], [])


def test_unknown_language_falls_back_to_german() -> None:
    assert reason(make_candidate(), make_vacancy(), "occupation", "fr") == (
        "Gleicher Beruf: Elektriker/in (26212) (1,00)"
    )


# blockers


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "de",
            [
                "Reglementierter Beruf Pflegefachmann/-frau (81302): ohne volle Anerkennung keine "
                "Tätigkeit im Beruf (Stand: beantragt)",
                "Deutsch A2, gefordert B2: zwei Stufen darunter",
                "Die Beschäftigung braucht die Zustimmung der Ausländerbehörde",
            ],
        ),
        (
            "en",
            [
                "Regulated occupation Registered nurse (81302): working in it requires full recognition "
                "(status: applied for)",
                "German A2, required B2: two levels below",
                "Employment needs approval from the foreigners' authority (Ausländerbehörde)",
            ],
        ),
    ],
)
def test_blockers(lang: str, expected: list[str]) -> None:
    candidate = make_candidate(
        occupations=(occupation("81302", recognition="applied"),),
        languages=(LanguageSkill("de", "A2"),),
        work_authorization="permitted_with_approval",
    )
    vacancy = make_vacancy(**NURSE_VACANCY, german_min="B2")
    result = explain(candidate, vacancy, CATALOGUE, today=TODAY, lang=lang)
    assert list(result.blockers) == expected
    assert result.blocker_codes == ("recognition_missing", "german_gap", "work_approval")


def test_recognition_blocker_when_the_employer_requires_it() -> None:
    result = explain(
        make_candidate(), make_vacancy(recognition="required"), CATALOGUE, today=TODAY, lang="en"
    )
    assert result.blockers == ("The employer requires full recognition (status: not required)",)


# suggestions


def test_recognition_counselling_and_helper_entry_while_recognition_is_pending() -> None:
    candidate = make_candidate(occupations=(occupation("81302", recognition="not_started"),))
    result = explain(candidate, make_vacancy(**NURSE_VACANCY), CATALOGUE, today=TODAY)
    assert result.suggestion_codes == ("recognition_counselling", "helper_entry")
    assert list(result.suggestions) == [
        "Anerkennungsberatung, z. B. beim IQ Netzwerk NRW, für Pflegefachmann/-frau (81302)",
        "Einstieg als Pflegehelfer/in (81301), solange die Anerkennung läuft",
    ]
    english = explain(candidate, make_vacancy(**NURSE_VACANCY), CATALOGUE, today=TODAY, lang="en")
    assert list(english.suggestions) == [
        "Recognition counselling, e.g. at IQ Netzwerk NRW, for Registered nurse (81302)",
        "Start as Nursing assistant (81301) while recognition is pending",
    ]


def test_counselling_for_a_formal_qualification_in_a_free_occupation() -> None:
    candidate = make_candidate(occupations=(occupation(recognition="not_started"),))
    result = explain(candidate, make_vacancy(), CATALOGUE, today=TODAY)
    assert result.suggestion_codes == ("recognition_counselling",)
    untrained = make_candidate(
        occupations=(occupation(recognition="not_started", qualification="on_the_job"),)
    )
    assert explain(untrained, make_vacancy(), CATALOGUE, today=TODAY).suggestion_codes == ()


def test_compensation_measure_for_partial_equivalence() -> None:
    usual = make_candidate(occupations=(occupation("81302", recognition="partial"),))
    result = explain(usual, make_vacancy(**NURSE_VACANCY), CATALOGUE, today=TODAY)
    assert result.suggestion_codes == ("compensation_measure", "helper_entry")
    assert result.suggestions[0] == (
        "Ausgleichsmaßnahme für die teilweise Gleichwertigkeit: Anpassungslehrgang oder Kenntnis- bzw. "
        "Eignungsprüfung"
    )
    own = make_candidate(
        occupations=(occupation("81302", recognition="partial", compensation="Kenntnisprüfung Pflege"),)
    )
    english = explain(own, make_vacancy(**NURSE_VACANCY), CATALOGUE, today=TODAY, lang="en")
    assert (
        english.suggestions[0] == "Compensation measure for the partial equivalence: Kenntnisprüfung Pflege"
    )
    usual_en = explain(usual, make_vacancy(**NURSE_VACANCY), CATALOGUE, today=TODAY, lang="en")
    assert usual_en.suggestions[0] == (
        "Compensation measure for the partial equivalence: adaptation course or knowledge/aptitude test"
    )


@pytest.mark.parametrize(
    ("level", "expected"),
    [("A1", ()), ("A2", ("job_bsk",)), ("B1", ("job_bsk",)), ("B2", ())],
)
def test_job_bsk_from_a2_below_the_minimum(level: str, expected: tuple[str, ...]) -> None:
    candidate = make_candidate(languages=(LanguageSkill("de", level),))
    result = explain(candidate, make_vacancy(german_min="B2"), CATALOGUE, today=TODAY)
    assert result.suggestion_codes == expected


def test_job_bsk_wording() -> None:
    candidate = make_candidate(languages=(LanguageSkill("de", "A2"),))
    german = explain(candidate, make_vacancy(german_min="B1"), CATALOGUE, today=TODAY)
    english = explain(candidate, make_vacancy(german_min="B1"), CATALOGUE, today=TODAY, lang="en")
    assert german.suggestions == ("Berufsbezogener Deutschkurs (Job-BSK) von A2 Richtung B1",)
    assert english.suggestions == ("Job-related German course (Job-BSK) from A2 towards B1",)


def test_no_helper_entry_outside_the_candidates_own_group() -> None:
    """Issue 9: an electrician at a nursing vacancy is not advised to enter as a nursing assistant."""
    electrician = make_candidate(occupations=(occupation("26212", recognition="not_started"),))
    result = explain(electrician, make_vacancy(**NURSE_VACANCY), CATALOGUE, today=TODAY)
    assert "helper_entry" not in result.suggestion_codes
    nurse = make_candidate(occupations=(occupation("81302", recognition="applied"),))
    assert (
        "helper_entry"
        in explain(nurse, make_vacancy(**NURSE_VACANCY), CATALOGUE, today=TODAY).suggestion_codes
    )


def test_no_helper_entry_once_recognised() -> None:
    candidate = make_candidate(occupations=(occupation("81302", recognition="full"),))
    assert explain(candidate, make_vacancy(**NURSE_VACANCY), CATALOGUE, today=TODAY).suggestion_codes == ()


# flags


def test_below_qualification_by_skill_level() -> None:
    specialist = make_candidate(occupations=(occupation("26213", qualification="vocational"),))
    result = explain(specialist, make_vacancy(), CATALOGUE, today=TODAY)
    assert result.flags == ("below_qualification",)
    assert result.flag_reasons == (
        "Elektrotechniker/in (26213) liegt auf einem höheren Anforderungsniveau (Spezialist) als "
        "Elektriker/in (26212) (Fachkraft): die Person würde unter ihrer Qualifikation arbeiten",
    )
    helper = make_candidate(occupations=(occupation("26211", qualification="vocational"),))
    assert explain(helper, make_vacancy(), CATALOGUE, today=TODAY).flags == ()


@pytest.mark.parametrize(
    ("candidate_code", "vacancy_code", "flagged"),
    [
        ("81302", "81301", True),  # a nurse at a nursing-assistant job: same group, higher level
        ("43104", "26211", False),  # a computer scientist at an electrical helper job: another group
        ("26213", "26312", False),  # higher level, but neither the same group nor related
        ("26312", "26211", False),  # related to 26212 only, not to the helper code
        ("26212", "26212", False),  # the same occupation, whatever the degree
    ],
)
def test_below_qualification_only_within_the_group_or_a_relation(
    candidate_code: str, vacancy_code: str, flagged: bool
) -> None:
    """Issue 9: below_qualification needs the same 4-digit group (or a relation) at a higher level."""
    candidate = make_candidate(occupations=(occupation(candidate_code, qualification="bachelor"),))
    flags = explain(candidate, make_vacancy(kldb_code=vacancy_code), CATALOGUE, today=TODAY).flags
    assert ("below_qualification" in flags) is flagged


def test_needs_work_approval_flag() -> None:
    candidate = make_candidate(work_authorization="permitted_with_approval")
    assert explain(candidate, make_vacancy(), CATALOGUE, today=TODAY).flags == ("needs_work_approval",)
