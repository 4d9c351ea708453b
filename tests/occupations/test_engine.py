"""The resolution engine on the built-in catalogue: titles in many languages land on the right code."""

import pytest

from matchwerk.occupations import service

# (title, expected 5-digit KldB code) — typed as people type them.
CASES = [
    ("електрик", "26212"),
    ("elektryk", "26212"),
    ("كهربائي", "26212"),
    ("برقکار", "26212"),
    ("elektrikçi", "26212"),
    ("Elektrikerin", "26212"),
    ("Elecktriker (m/w/d)", "26212"),
    ("Elektroniker/in (m/w/d) Energie- und Gebäudetechnik", "26212"),
    ("Krankenschwester", "81302"),
    ("медсестра", "81302"),
    ("nurse", "81302"),
    ("Altenpflegerin", "82102"),
    ("Automechaniker", "25212"),
    ("Lagerist", "51312"),
]


@pytest.mark.parametrize(("title", "code"), CASES)
def test_resolves_to_the_expected_code(title: str, code: str) -> None:
    resolved = service.resolve(title, None)
    assert resolved.kldb_code == code, (title, service.search(title, 3))
    assert resolved.resolution is not None
    assert 0.6 <= resolved.resolution.confidence <= 1.0
    assert resolved.isco08_code is not None
    assert len(resolved.isco08_code) == 4


def test_exact_label_reports_label_and_language() -> None:
    hit = service.search("електрик", 1)[0]
    assert (hit.kldb_code, hit.matched_label, hit.matched_lang) == ("26212", "електрик", "uk")
    assert hit.score >= 0.99


def test_ranking_is_deterministic_and_ordered() -> None:
    first = service.search("Elektro", 10)
    assert first == service.search("Elektro", 10)
    scores = [hit.score for hit in first]
    assert scores == sorted(scores, reverse=True)
    assert len({hit.kldb_code for hit in first}) == len(first)


@pytest.mark.parametrize(
    "query", ["", "   ", "😀😀😀", "\x00\x07", "x" * 10_000, "12345", "Ел😀ktriker كهرب"]
)
def test_hostile_queries_never_raise(query: str) -> None:
    hits = service.search(query, 5)
    assert len(hits) <= 5


def test_client_code_wins_and_unknown_code_is_rejected() -> None:
    resolved = service.resolve("something else entirely", "81302")
    assert (resolved.kldb_code, resolved.resolution) == ("81302", None)
    from matchwerk.errors import ValidationFailed

    with pytest.raises(ValidationFailed):
        service.resolve("Elektriker", "99999")


def test_unresolvable_title_keeps_no_code() -> None:
    resolved = service.resolve("qqqq zzzz", None)
    assert resolved.kldb_code is None
