"""Normalisation of occupation titles in any script, so that spelling variants meet in one key."""

import re
import unicodedata
from functools import lru_cache

# German gender forms: "(m/w/d)", "m/w/d", "(all genders)", "/-in", "*in", ":in", "_in", "(in)", "/-frau".
_GENDER_MARKERS = re.compile(
    r"\(\s*(?:[mwdfxi]|div|gn)(?:\s*[/|,]\s*(?:[mwdfxi]|div|gn))+\s*\)\*?"
    r"|\b[mwdf]\s*/\s*[mwdf]\s*/\s*[mwdfx]\b"
    r"|\(\s*(?:all\s+genders?|gn\*?|alle\s+geschlechter)\s*\)",
    re.IGNORECASE,
)
_GENDER_SUFFIX = re.compile(
    r"(?<=\w)\s*(?:[/*:_]\s*-?\s*|\(-?)(?:innen|in|frau|mann|r|e|n)\b\)?", re.IGNORECASE
)
_BINNEN_I = re.compile(r"(?<=[a-zäöüß])(?:In|Innen)\b")

_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# Arabic-script variants that people type interchangeably (Arabic and Persian keyboards).
_ARABIC = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ی": "ي",
        "ئ": "ي",
        "ک": "ك",
        "ؤ": "و",
        "ۀ": "ه",
        "ھ": "ه",
        "ے": "ي",
        "ـ": "",
        "\u200c": "",
        "\u200d": "",
        "\u200f": "",
        "\u200e": "",
    }
)
_TURKISH = str.maketrans({"ı": "i", "İ": "i"})
_CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": "ye",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "y",
    "і": "i",
    "ї": "yi",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    "'": "",
    "’": "",
}
_CYRILLIC_TABLE = str.maketrans(_CYRILLIC)
_NON_WORD = re.compile(r"[^\w]+|_")
# Combining marks (Latin/Cyrillic diacritics, Arabic harakat) and control/format characters.
_MARKS = re.compile(
    r"[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    r"\u06d6-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")
_HAS_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_HAS_LETTER = re.compile(r"[^\W\d_]")


def _strip_marks(text: str) -> str:
    # Drops diacritics and Arabic harakat; base letters of every script stay.
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", _MARKS.sub("", unicodedata.normalize("NFKD", text)))


@lru_cache(maxsize=65536)
def normalise(title: str) -> str:
    """The comparison key of a title: gender forms, case, diacritics, script variants, punctuation folded."""
    text = unicodedata.normalize("NFKC", title).replace("\u200c", "").replace("\u200d", "")
    text = _CONTROL.sub(" ", text)
    text = _GENDER_MARKERS.sub(" ", text)
    text = _BINNEN_I.sub("", text)
    text = _GENDER_SUFFIX.sub("", text)
    text = text.translate(_TURKISH).casefold().translate(_GERMAN).translate(_ARABIC)
    text = _strip_marks(text)
    return " ".join(_NON_WORD.sub(" ", text).split())


def transliterate(key: str) -> str | None:
    """A Latin spelling of a normalised Cyrillic key (as people type on Latin phone keyboards), else None."""
    if not _HAS_CYRILLIC.search(key):
        return None
    return key.translate(_CYRILLIC_TABLE)


def has_letters(text: str) -> bool:
    """Whether the text has at least one letter of any script (emoji- or digit-only queries have none)."""
    return _HAS_LETTER.search(text) is not None
