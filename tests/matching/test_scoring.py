"""One test per rule of MATCHING.md §1-2 and the rules scoring.py fixes where it leaves room."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from matchwerk.matching.rules.components import (
    Components,
    availability_score,
    best_occupation,
    distance_km,
    experience_score,
    language_score,
    occupation_pair_score,
    recognition_score,
    uses_regulated_rules,
)
from matchwerk.matching.rules.profiles import LanguageSkill
from matchwerk.matching.rules.scoring import (
    capped_score,
    effective_weights,
    match,
    passes_hard_filters,
    score_match,
)
from matchwerk.matching.rules.vocabulary import Weights
from tests.matching.fakes import (
    COLOGNE,
    TODAY,
    FakeCatalogue,
    make_candidate,
    make_vacancy,
    occupation,
)

CATALOGUE = FakeCatalogue()


# §1 hard filters


@pytest.mark.parametrize("status", ["placed", "inactive"])
def test_candidate_must_be_active(status: str) -> None:
    assert not passes_hard_filters(make_candidate(status=status), make_vacancy())


@pytest.mark.parametrize("status", ["paused", "filled", "closed"])
def test_vacancy_must_be_open(status: str) -> None:
    assert not passes_hard_filters(make_candidate(), make_vacancy(status=status))


def test_candidate_must_consent_to_matching() -> None:
    assert not passes_hard_filters(make_candidate(consent_matching=False), make_vacancy())


def test_employer_callers_also_need_consent_to_share() -> None:
    candidate = make_candidate(consent_share_with_employers=False)
    assert passes_hard_filters(candidate, make_vacancy())
    assert not passes_hard_filters(candidate, make_vacancy(), for_employer=True)


def test_work_not_permitted_is_filtered_but_approval_is_not() -> None:
    assert not passes_hard_filters(make_candidate(work_authorization="not_permitted"), make_vacancy())
    assert passes_hard_filters(make_candidate(work_authorization="permitted_with_approval"), make_vacancy())


def test_outside_both_radius_and_commute_is_filtered() -> None:
    candidate = make_candidate(latitude=COLOGNE[0], longitude=COLOGNE[1], max_commute_km=20)
    assert not passes_hard_filters(candidate, make_vacancy(radius_km=30))


def test_inside_either_radius_or_commute_passes() -> None:
    candidate = make_candidate(latitude=COLOGNE[0], longitude=COLOGNE[1], max_commute_km=40)
    assert passes_hard_filters(candidate, make_vacancy(radius_km=10))
    assert passes_hard_filters(replace(candidate, max_commute_km=None), make_vacancy(radius_km=40))


def test_willing_to_relocate_is_not_filtered_but_gets_location_zero() -> None:
    candidate = make_candidate(latitude=COLOGNE[0], longitude=COLOGNE[1], willing_to_relocate=True)
    result = match(candidate, make_vacancy(radius_km=10), CATALOGUE, today=TODAY)
    assert result is not None
    assert result.components.location == 0.0
    assert result.weights.location == 0.05


def test_unknown_place_or_no_radius_applies_no_distance_filter() -> None:
    far = make_candidate(latitude=COLOGNE[0], longitude=COLOGNE[1])
    assert passes_hard_filters(make_candidate(latitude=None, longitude=None), make_vacancy(radius_km=1))
    assert passes_hard_filters(far, make_vacancy(latitude=None, longitude=None, radius_km=1))
    assert passes_hard_filters(far, make_vacancy(radius_km=None))


def test_strict_drops_results_with_blockers() -> None:
    candidate = make_candidate(work_authorization="permitted_with_approval")
    assert match(candidate, make_vacancy(), CATALOGUE, today=TODAY) is not None
    assert match(candidate, make_vacancy(), CATALOGUE, today=TODAY, strict=True) is None
    assert match(make_candidate(), make_vacancy(), CATALOGUE, today=TODAY, strict=True) is not None


# §2 occupation


@pytest.mark.parametrize(
    ("candidate_code", "vacancy_code", "expected", "kind"),
    [
        ("26212", "26212", 1.0, "same_occupation"),
        ("26213", "26212", 0.85, "same_group_at_or_above"),
        ("26211", "26212", 0.6, "same_group_below"),
        ("26252", "26212", 0.6, "same_3_digit"),
        ("26312", "26252", 0.35, "same_2_digit"),
        ("52122", "26212", 0.0, "unrelated"),
        ("26312", "26212", 0.7, "related"),
        ("26212", "26312", 0.7, "related"),
        ("81102", "29302", 0.1, "related"),
    ],
)
def test_occupation_by_kldb_hierarchy_and_related(
    candidate_code: str, vacancy_code: str, expected: float, kind: str
) -> None:
    score = occupation_pair_score(occupation(candidate_code), make_vacancy(kldb_code=vacancy_code), CATALOGUE)
    assert score == (expected, kind)


@pytest.mark.parametrize(
    ("title", "vacancy_title", "expected"),
    [
        ("Elektriker", "Elektriker/in (m/w/d)", 0.5),
        ("Koch", "Köchin", 0.3),
        ("Elektroinstallateur", "Elektriker/in", 62.06896551724138 / 100 * 0.5),
        ("електрик", "Elektriker/in", 0.0),
    ],
)
def test_unresolved_title_uses_half_the_fuzzy_similarity(
    title: str, vacancy_title: str, expected: float
) -> None:
    score, kind = occupation_pair_score(
        occupation(None, title=title), make_vacancy(title=vacancy_title, kldb_code="29302"), CATALOGUE
    )
    assert score == pytest.approx(expected)
    assert kind == "title_similarity"


def test_unresolved_vacancy_compares_titles_even_for_resolved_candidates() -> None:
    result = occupation_pair_score(occupation("26212"), make_vacancy(kldb_code=None), CATALOGUE)
    assert result == (0.5, "title_similarity")


def test_a_group_code_counts_as_unresolved() -> None:
    result = occupation_pair_score(occupation("2621", title="Elektriker"), make_vacancy(), CATALOGUE)
    assert result == (0.5, "title_similarity")


def test_best_occupation_wins_and_ties_go_to_the_first_listed() -> None:
    first, second = occupation("26213", years=1), occupation("26213", years=9)
    candidate = make_candidate(occupations=(occupation("52122"), first, second))
    best = best_occupation(candidate, make_vacancy(), CATALOGUE)
    assert (best.index, best.score) == (1, 0.85)
    result = score_match(candidate, make_vacancy(), CATALOGUE, today=TODAY)
    assert result.components.experience == 0.5


def test_no_occupations_scores_zero_and_counts_as_not_started() -> None:
    candidate = make_candidate(occupations=())
    result = score_match(candidate, make_vacancy(kldb_code="81302"), CATALOGUE, today=TODAY)
    assert result.components.occupation == 0.0
    assert result.components.recognition == 0.15
    assert result.components.experience == 0.0
    assert result.occupation.index is None


# §2 language


@pytest.mark.parametrize(
    ("level", "course", "expected"),
    [
        ("C1", False, 1.0),
        ("B2", False, 1.0),
        ("B1", False, 0.6),
        ("B1", True, 0.8),
        ("A2", False, 0.25),
        ("A2", True, 0.4),
        ("A1", False, 0.05),
        ("A1", True, 0.05),
    ],
)
def test_german_gap_table(level: str, course: bool, expected: float) -> None:
    candidate = make_candidate(languages=(LanguageSkill("de", level),))
    vacancy = make_vacancy(german_min="B2", offers_language_course=course)
    assert language_score(candidate, vacancy) == expected


def test_no_german_at_all_is_level_zero_and_native_is_top() -> None:
    vacancy = make_vacancy(german_min="A2")
    assert language_score(make_candidate(languages=()), vacancy) == 0.25
    assert language_score(make_candidate(languages=(LanguageSkill("de", "native"),)), vacancy) == 1.0


def test_other_languages_are_averaged_and_the_course_helps_only_german() -> None:
    candidate = make_candidate(languages=(LanguageSkill("de", "B1"),))
    vacancy = make_vacancy(german_min="B2", languages=(LanguageSkill("en", "A2"),))
    assert language_score(candidate, vacancy) == pytest.approx((0.6 + 0.25) / 2)
    with_course = replace(vacancy, offers_language_course=True)
    assert language_score(candidate, with_course) == pytest.approx((0.8 + 0.25) / 2)


def test_no_language_requirement_scores_one() -> None:
    assert language_score(make_candidate(languages=()), make_vacancy(german_min=None)) == 1.0


def test_the_highest_of_repeated_language_entries_counts() -> None:
    candidate = make_candidate(languages=(LanguageSkill("de", "A1"), LanguageSkill("de", "B2")))
    assert language_score(candidate, make_vacancy(german_min="B2")) == 1.0


# §2 recognition


@pytest.mark.parametrize(
    ("status", "plain", "supported"),
    [
        ("full", 1.0, 1.0),
        ("partial", 0.6, 0.75),
        ("applied", 0.4, 0.55),
        ("not_started", 0.15, 0.3),
        ("zab_evaluated", 0.15, 0.3),
        ("not_required", 0.15, 0.3),
        ("rejected", 0.0, 0.15),
    ],
)
def test_regulated_recognition_table_and_support_bonus(status: str, plain: float, supported: float) -> None:
    assert recognition_score(status, True, False) == plain
    assert recognition_score(status, True, True) == pytest.approx(supported)


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("full", 1.0),
        ("zab_evaluated", 1.0),
        ("not_required", 1.0),
        ("partial", 0.9),
        ("not_started", 0.8),
        ("applied", 0.8),
        ("rejected", 0.8),
    ],
)
def test_non_regulated_recognition_table_without_bonus(status: str, expected: float) -> None:
    assert recognition_score(status, False, False) == expected
    assert recognition_score(status, False, True) == expected


def test_which_recognition_rules_apply() -> None:
    assert uses_regulated_rules(make_vacancy(kldb_code="81302", recognition="auto"), CATALOGUE)
    assert not uses_regulated_rules(make_vacancy(kldb_code="26212", recognition="auto"), CATALOGUE)
    assert uses_regulated_rules(make_vacancy(kldb_code="26212", recognition="required"), CATALOGUE)
    assert not uses_regulated_rules(make_vacancy(kldb_code="81302", recognition="not_required"), CATALOGUE)
    assert not uses_regulated_rules(make_vacancy(kldb_code=None, recognition="auto"), CATALOGUE)


# §2 experience and availability


@pytest.mark.parametrize(
    ("years", "minimum", "expected"),
    [(1, 2, 0.5), (3, 2, 1.0), (2, None, 0.4), (7, None, 1.0), (2, 0, 0.4), (None, 2, 0.0), (0, 2, 0.0)],
)
def test_experience(years: float | None, minimum: float | None, expected: float) -> None:
    assert experience_score(years, minimum) == expected


@pytest.mark.parametrize(
    ("available_in_days", "start_in_days", "expected"),
    [
        (None, 10, 1.0),
        (5, 10, 1.0),
        (20, 10, 0.7),
        (40, 10, 0.7),
        (41, 10, 0.7 * 149 / 150),
        (115, 10, 0.35),
        (190, 10, 0.0),
        (300, 10, 0.0),
        (20, -50, 0.7),
        (31, None, 0.7 * 149 / 150),
    ],
)
def test_availability(available_in_days: int | None, start_in_days: int | None, expected: float) -> None:
    candidate = make_candidate(
        available_from=None if available_in_days is None else TODAY + timedelta(days=available_in_days)
    )
    vacancy = make_vacancy(
        start_date=None if start_in_days is None else TODAY + timedelta(days=start_in_days)
    )
    result = score_match(candidate, vacancy, CATALOGUE, today=TODAY)
    assert result.components.availability == pytest.approx(expected)


def test_availability_decays_linearly_between_30_and_180_days() -> None:
    assert availability_score(30) == 0.7
    assert availability_score(105) == pytest.approx(0.35)
    assert availability_score(180) == 0.0


# §2 location


def test_distance_is_haversine_on_the_mean_earth_radius() -> None:
    one_degree = distance_km(
        make_candidate(latitude=50.0, longitude=7.0), make_vacancy(latitude=51.0, longitude=7.0)
    )
    assert one_degree == pytest.approx(111.1950802335329, abs=1e-9)
    cologne = distance_km(make_candidate(latitude=COLOGNE[0], longitude=COLOGNE[1]), make_vacancy())
    assert cologne == pytest.approx(34.807, abs=0.001)


def test_location_component_is_one_minus_distance_over_the_larger_radius() -> None:
    candidate = make_candidate(latitude=COLOGNE[0], longitude=COLOGNE[1], max_commute_km=40)
    result = score_match(candidate, make_vacancy(radius_km=20), CATALOGUE, today=TODAY)
    assert result.components.location == pytest.approx(1 - 34.807 / 40, abs=1e-3)


def test_location_weight_counts_only_when_it_applies() -> None:
    assert effective_weights(Weights(), True).occupation == 0.45
    assert effective_weights(Weights(), True).location == 0.05
    assert effective_weights(Weights(), False).occupation == 0.45
    assert effective_weights(Weights(), False).location == 0.0
    unknown = score_match(make_candidate(latitude=None), make_vacancy(), CATALOGUE, today=TODAY)
    assert (unknown.weights.occupation, unknown.weights.location) == (0.45, 0.0)
    no_radius = score_match(make_candidate(), make_vacancy(radius_km=None), CATALOGUE, today=TODAY)
    assert (no_radius.weights.location, no_radius.components.location) == (0.0, 0.0)


# total, blockers


def test_a_perfect_match_scores_one() -> None:
    result = score_match(make_candidate(), make_vacancy(), CATALOGUE, today=TODAY)
    assert result.score == pytest.approx(1.0)
    assert result.blockers == ()


def test_score_is_occupation_times_the_capped_weighted_mean() -> None:
    candidate = make_candidate(
        occupations=(occupation("26211", years=1, recognition="partial"),),
        languages=(LanguageSkill("de", "A2"),),
        latitude=None,
        available_from=TODAY + timedelta(days=20),
    )
    result = score_match(candidate, make_vacancy(), CATALOGUE, today=TODAY)
    rest = (0.20 * 0.6 + 0.20 * 0.9 + 0.10 * 0.5 + 0.05 * 0.7) / 0.55
    assert result.score == pytest.approx(0.6 * (0.45 + 0.55 * rest))


@pytest.mark.parametrize(
    ("code", "rest_perfect", "expected"),
    [
        ("26212", True, 1.0),  # exact occupation, everything else perfect
        ("26212", False, 0.45),  # exact occupation, everything else at 0
        ("26111", True, 0.35),  # same 2-digit area: never above 0.35
    ],
)
def test_occupation_caps_the_score(code: str, rest_perfect: bool, expected: float) -> None:
    weights = Weights()
    rest = 1.0 if rest_perfect else 0.0
    components = Components(
        occupation=score_match(
            make_candidate(occupations=(occupation(code),)), make_vacancy(), CATALOGUE, today=TODAY
        ).components.occupation,
        language=rest,
        recognition=rest,
        experience=rest,
        availability=rest,
        location=rest,
    )
    assert capped_score(effective_weights(weights, True), components) == pytest.approx(expected)


def test_the_gate_drops_pairs_without_an_occupational_relation() -> None:
    welder = make_candidate(occupations=(occupation("24422"),))
    assert score_match(welder, make_vacancy(), CATALOGUE, today=TODAY).components.occupation < 0.35
    assert match(welder, make_vacancy(), CATALOGUE, today=TODAY) is None
    assert match(welder, make_vacancy(), CATALOGUE, today=TODAY, min_occupation=0.0) is not None


def test_blockers() -> None:
    candidate = make_candidate(
        occupations=(occupation("81302", recognition="applied"),),
        languages=(LanguageSkill("de", "A2"),),
        work_authorization="permitted_with_approval",
    )
    result = score_match(candidate, make_vacancy(kldb_code="81302", german_min="B2"), CATALOGUE, today=TODAY)
    assert result.blockers == ("recognition_missing", "german_gap", "work_approval")
    one_level = make_candidate(languages=(LanguageSkill("de", "B1"),))
    assert score_match(one_level, make_vacancy(german_min="B2"), CATALOGUE, today=TODAY).blockers == ()
    full = make_candidate(occupations=(occupation("81302", recognition="full"),))
    assert score_match(full, make_vacancy(kldb_code="81302"), CATALOGUE, today=TODAY).blockers == ()
