"""Name search keys: case- and accent-insensitive, so "Kovalenko", "KOVALENKO" and "Kováłenko" meet."""

import unicodedata
from collections.abc import Mapping
from typing import Any

# Letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ı": "i"})


def fold(text: str | None) -> str:
    """Lower case without accents and with single spaces: the form names are searched in."""
    decomposed = unicodedata.normalize("NFKD", (text or "").translate(_UNDECOMPOSED))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


def search_columns(personal: Any) -> dict[str, str | None]:
    """``search_name`` ("given family") and ``search_name_reversed`` ("family given") of a personal row
    or dict; every writer of ``candidate_personal`` names must store them (bulk imports included)."""
    if isinstance(personal, Mapping):
        given, family = fold(personal.get("given_name")), fold(personal.get("family_name"))
    else:
        given, family = fold(personal.given_name), fold(personal.family_name)
    return {
        "search_name": f"{given} {family}".strip() or None,
        "search_name_reversed": f"{family} {given}".strip() or None,
    }
