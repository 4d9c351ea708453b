"""Title normalisation: gender forms, case, umlauts, Arabic/Persian letter variants, transliteration."""

import pytest

from matchwerk.occupations.normalise import has_letters, normalise, transliterate


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("Elektriker/in", "elektriker"),
        ("Elektriker/-in (m/w/d)", "elektriker"),
        ("ElektrikerIn", "elektriker"),
        ("Elektriker*in", "elektriker"),
        ("Elektriker:innen", "elektriker"),
        ("Elektriker_in (w/m/d)", "elektriker"),
        ("Kaufmann/-frau im Einzelhandel", "kaufmann im einzelhandel"),
        ("Pflegefachkraft (all genders) Altenpflege", "pflegefachkraft altenpflege"),
        ("Köchin", "koechin"),
        ("Schweißer", "schweisser"),
        ("  ELEKTRİKÇİ  ", "elektrikci"),
        ("elektrikçi", "elektrikci"),
    ],
)
def test_latin_titles(title: str, key: str) -> None:
    assert normalise(title) == key


def test_arabic_and_persian_variants_meet() -> None:
    assert normalise("کهربائی") == normalise("كهربائي")  # Persian yeh/kaf vs Arabic
    assert normalise("برق\u200cکار") == normalise("برقکار")  # zero-width non-joiner
    assert normalise("مُهَنْدِس") == normalise("مهندس")  # harakat
    assert normalise("أخصائي") == normalise("اخصائي")  # hamza on alef


def test_cyrillic_gets_a_latin_key() -> None:
    assert transliterate(normalise("Електрик")) == "elektryk"
    assert transliterate(normalise("Сварщик")) == "svarshchyk"
    assert transliterate("elektriker") is None


@pytest.mark.parametrize("text", ["😀😀", "12345", "   ", "\x00\x01", "---"])
def test_no_letters(text: str) -> None:
    assert not has_letters(normalise(text))
