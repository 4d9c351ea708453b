"""The built-in catalogue is checked against the official KldB 2010 and ISCO-08 files."""

import csv
from collections import Counter

import pytest

from matchwerk.matching.explain.explanation import explain
from matchwerk.occupations.catalogue import LANGUAGES, builtin_catalogue, regulation_facts, shipped_catalogue
from tests.conftest import SHARED_DATA
from tests.matching.fakes import TODAY, make_candidate, make_vacancy
from tests.matching.fakes import occupation as candidate_occupation

KLDB = SHARED_DATA / "kldb2010_structure.csv"
ISCO = SHARED_DATA / "esco_isco_groups_en.csv"
needs_reference = pytest.mark.skipif(
    not KLDB.exists() or not ISCO.exists(), reason="official reference files (../shared/data) not available"
)


@needs_reference
def test_every_code_exists_at_level_5_with_its_official_title() -> None:
    with KLDB.open(encoding="utf-8-sig", newline="") as handle:
        official = {
            row[0]: row[2] for row in csv.reader(handle, delimiter=";") if len(row) > 2 and row[1] == "5"
        }
    catalogue = builtin_catalogue()
    unknown = [code for code in catalogue.occupations if code not in official]
    assert unknown == []
    wrong = {
        code: (o.title, official[code])
        for code, o in catalogue.occupations.items()
        if o.title != official[code]
    }
    assert wrong == {}


@needs_reference
def test_every_isco_code_exists() -> None:
    with ISCO.open(encoding="utf-8", newline="") as handle:
        groups = {row["code"] for row in csv.DictReader(handle)}
    catalogue = builtin_catalogue()
    missing = {
        code: o.isco08_code for code, o in catalogue.occupations.items() if o.isco08_code not in groups
    }
    assert missing == {}


@needs_reference
def test_regulation_facts_describe_official_codes_the_curated_catalogue_lacks() -> None:
    with KLDB.open(encoding="utf-8-sig", newline="") as handle:
        official = {row[0] for row in csv.reader(handle, delimiter=";") if len(row) > 2 and row[1] == "5"}
    with ISCO.open(encoding="utf-8", newline="") as handle:
        groups = {row["code"] for row in csv.DictReader(handle) if len(row["code"]) == 4}
    facts = regulation_facts()
    assert len(facts) >= 20
    assert [code for code in facts if code not in official] == []
    assert [code for code in facts if code in builtin_catalogue().occupations] == []
    assert {code: f["isco08"] for code, f in facts.items() if f["isco08"] not in groups} == {}
    assert all(f["authority"] for f in facts.values())


def test_shipped_catalogue_knows_which_official_codes_are_regulated() -> None:
    catalogue = shipped_catalogue()
    vet = catalogue.occupations["81524"]
    assert (vet.regulated, vet.isco08_code, vet.builtin) == (True, "2250", False)
    assert "Approbation Tierärzte" in str(vet.authority)
    pilot = catalogue.occupations["52383"]
    assert not pilot.regulated
    assert "keine Anerkennung" in str(pilot.authority)
    germanist = catalogue.occupations["91114"]  # no facts written: not regulated, no ISCO code claimed
    assert (germanist.regulated, germanist.isco08_code, germanist.authority) == (False, None, None)


def test_a_vet_vacancy_from_the_official_codes_is_explained_as_regulated() -> None:
    """Issue 9: the recognition reason must not call a regulated occupation free."""
    vet = make_candidate(
        occupations=(candidate_occupation("81504", title="Tierarzt", recognition="not_started"),)
    )
    vacancy = make_vacancy(kldb_code="81524", title="Tierarzt/Tierärztin Kleintierpraxis")
    explanation = explain(vet, vacancy, shipped_catalogue(), today=TODAY)
    assert explanation.components["recognition"].reason == (
        "Tierarzt/-ärztin - Haus- und Heimtiere (81524) ist ein reglementierter Beruf; die Anerkennung der "
        "Person (nicht begonnen) betrifft einen anderen Beruf: Tierarzt / Tierärztin (81504) (0,15)"
    )
    assert "recognition_missing" in explanation.blocker_codes


def test_size_levels_and_languages() -> None:
    catalogue = builtin_catalogue()
    assert len(catalogue) >= 400
    levels = Counter(code[4] for code in catalogue.occupations)
    assert all(levels[level] > 0 for level in "1234"), levels
    per_language = Counter(
        lang for o in catalogue.occupations.values() for lang, texts in o.labels.items() if texts
    )
    for lang in ("de", "en", "uk", "ru", "ar", "fa", "tr"):
        assert per_language[lang] >= 0.9 * len(catalogue), (lang, per_language[lang])
    assert set(per_language) <= set(LANGUAGES)
    assert per_language["ku"] > 0
    assert per_language["ti"] > 0


def test_relations_are_consistent() -> None:
    catalogue = builtin_catalogue()
    for code, occupation in catalogue.occupations.items():
        for other, strength in occupation.related.items():
            assert 0 < strength <= 1, (code, other)
        helper = catalogue.helper_code(code)
        assert helper is None or helper == code[:4] + "1"
    assert catalogue.helper_code("81302") == "81301"
    assert catalogue.is_regulated("81302")
    assert not catalogue.is_regulated("26212")
    assert catalogue.related("82102").get("81302", 0) >= 0.5


def test_relations_for_the_details_route() -> None:
    from matchwerk.occupations import service
    from matchwerk.occupations.catalogue import HELPER_LEVEL_STRENGTH, SAME_GROUP_STRENGTH, Relation

    catalogue = service.catalogue()
    nursing = catalogue.relations("81302")
    assert nursing[0] == Relation("81301", "helper_level", HELPER_LEVEL_STRENGTH)
    curated = [r.strength for r in nursing if r.relation == "related"]
    assert curated == sorted(curated, reverse=True)
    assert curated[0] == catalogue.related("81302")["81382"]
    welding = catalogue.relations("24422")
    assert [(r.kldb_code, r.relation, r.strength) for r in welding if r.relation != "related"] == [
        ("24423", "same_group", SAME_GROUP_STRENGTH),
        ("24424", "same_group", SAME_GROUP_STRENGTH),
    ]
    assert "24422" not in {r.kldb_code for r in welding}
