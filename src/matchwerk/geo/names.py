"""Place names and postal codes as comparison keys: case, umlauts, diacritics, filler words, variants."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

MAX_INPUT_CHARS: Final = 200
"""Longer inputs are not place names; they resolve to ``None`` without further work."""

_UMLAUTS_SPELLED: Final = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
_UMLAUTS_BARE: Final = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})
_NON_ALNUM: Final = re.compile(r"[^0-9a-z]+")
_PARENTHESIS: Final = re.compile(r"\([^)]*\)?")
_QUALIFIER: Final = re.compile(
    r"\s+(?:an\s+der|a\.\s*d\.|an|am|im|in|i\.|ob\s+der|bei|b\.|auf\s+der|/)\s*.*$", re.IGNORECASE
)
_BAD_PREFIX: Final = re.compile(r"^bad\s+", re.IGNORECASE)
_POSTAL_PREFIX: Final = re.compile(r"^DE?\s*-?\s*")
_POSTAL_BODY: Final = re.compile(r"([0-9]{4,5})(?:\.0+)?")
# Words that carry no identity in German place names ("Mülheim an der Ruhr" == "Mülheim/Ruhr").
_FILLER: Final = frozenset(
    {"a", "am", "an", "auf", "b", "bei", "d", "dem", "den", "der", "i", "im", "in", "ob"}
)
_SYNONYMS: Final = {"st": "sankt", "skt": "sankt"}


def normalize_name(text: str, *, bare_umlauts: bool = False) -> str:
    """Comparison key of a place name.

    Case-folded (``ß`` → ``ss``), umlauts spelled out (``ä`` → ``ae``; with ``bare_umlauts`` they
    lose their dots instead, ``ä`` → ``a``), other diacritics dropped, punctuation turned into
    spaces, ``St.`` read as ``Sankt`` and filler words (``an der``, ``am``, ``a. d.`` ...) left out, so
    that ``"Mülheim a.d. Ruhr"``, ``"MUELHEIM AN DER RUHR"`` and ``"Mülheim (Ruhr)"`` share the key
    ``"muelheim ruhr"``.  Returns ``""`` for input without letters or digits.
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = folded.translate(_UMLAUTS_BARE if bare_umlauts else _UMLAUTS_SPELLED)
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch))
    tokens = (_SYNONYMS.get(tok, tok) for tok in _NON_ALNUM.sub(" ", folded).split())
    return " ".join(tok for tok in tokens if tok not in _FILLER)


def normalize_postal_code(text: str) -> str | None:
    """Five-digit PLZ from ``"40878"``, ``" 40 878 "``, ``"D-40878"``, ``"DE 40878"`` or ``"1067"``
    (leading zero lost in a spreadsheet); ``None`` if the text is no German postal code."""
    if len(text) > MAX_INPUT_CHARS:
        return None
    cleaned = _POSTAL_PREFIX.sub("", unicodedata.normalize("NFKC", text).strip().upper())
    match = _POSTAL_BODY.fullmatch(cleaned.replace(" ", ""))
    return match.group(1).zfill(5) if match else None


def name_variants(name: str) -> list[str]:
    """Shorter forms under which a place is also found, at a lower rank than its full name."""
    variants = [
        _PARENTHESIS.sub(" ", name),  # "Halle (Westf.)" -> "Halle"
        _QUALIFIER.sub("", name),  # "Mülheim an der Ruhr" -> "Mülheim", "Haltern am See" -> "Haltern"
    ]
    without_bad = _BAD_PREFIX.sub("", name)  # "Bad Oeynhausen" -> "Oeynhausen"
    if without_bad != name:
        variants.append(without_bad)
    return [v for v in variants if v.strip() and v != name]
