"""Interned occupation keys for the indexes: KldB codes as integers per level, and normalised titles."""

from __future__ import annotations

import numpy as np
from rapidfuzz import fuzz, process

from matchwerk.matching.index.columns import Column, FloatArray, Table
from matchwerk.matching.rules.components import is_resolved
from matchwerk.matching.rules.profiles import OccupationCatalogue
from matchwerk.matching.rules.vocabulary import KLDB_LEVEL_SCORES, TITLE_SIMILARITY_FACTOR

NO_OCCUPATION_KEY = 0


class KeyLevels(Table):
    """Per key: the KldB prefixes of 2, 3, 4 and 5 digits as integers and the skill level (fifth digit)."""

    kldb2 = Column(np.int32)
    kldb3 = Column(np.int32)
    kldb4 = Column(np.int32)
    kldb5 = Column(np.int32)
    skill = Column(np.int8)


_LEVELS = KeyLevels.names()
# More distinct titles than this are compared on all cores.
_PARALLEL_FUZZY_FROM = 20_000


def sorted_tokens(text: str) -> str:
    """A string's whitespace tokens sorted and joined: ``ratio`` on these is ``token_sort_ratio``."""
    return " ".join(sorted(text.split()))


class _TitleList:
    """Title keys and their normalised strings, with the key array cached for vectorised assignment."""

    def __init__(self) -> None:
        self.keys: list[int] = []
        self.strings: list[str] = []
        self._members: set[int] = set()
        self._array = np.zeros(0, np.intp)

    def add(self, key: int, string: str) -> None:
        """Add a key once; the string is stored with its tokens sorted (what token_sort_ratio compares)."""
        if key not in self._members:
            self._members.add(key)
            self.keys.append(key)
            self.strings.append(sorted_tokens(string))

    def key_array(self) -> np.ndarray[tuple[int], np.dtype[np.intp]]:
        """The keys as an index array."""
        if len(self._array) != len(self.keys):
            self._array = np.array(self.keys, dtype=np.intp)
        return self._array


class OccupationKeys:
    """One integer key per distinct resolved code or normalised title, with the code's KldB levels."""

    def __init__(self, catalogue: OccupationCatalogue) -> None:
        self._catalogue = catalogue
        self._code_keys: dict[str, int] = {}
        self._title_keys: dict[str, int] = {}
        self._normalised: dict[str, str] = {}
        self._related_back: dict[str, list[tuple[int, float]]] = {}
        self._cutoff = 0.0
        self.codes: list[str | None] = [None]
        self._all_titles = _TitleList()
        self._unresolved_titles = _TitleList()
        # Levels are -1 for title keys so that they never equal a code's prefix.
        self.levels = KeyLevels()
        self.levels.extend({name: [-1] for name in _LEVELS})

    def __len__(self) -> int:
        return self.levels.size

    def normalise(self, title: str) -> str:
        """The catalogue's normalised form of a title, cached."""
        normalised = self._normalised.get(title)
        if normalised is None:
            normalised = self._normalised[title] = self._catalogue.normalise(title)
        return normalised

    def code_key(self, code: str) -> int:
        """The key of a resolved 5-digit code."""
        key = self._code_keys.get(code)
        if key is None:
            key = self._code_keys[code] = self._append(code, int(code))
            for other, strength in self._catalogue.related(code).items():
                self._related_back.setdefault(other, []).append((key, strength))
        return key

    def title_key(self, title: str, *, unresolved: bool) -> int:
        """The key of a title's normalised form; unresolved titles are compared against resolved queries."""
        normalised = self.normalise(title)
        key = self._title_keys.get(normalised)
        if key is None:
            key = self._title_keys[normalised] = self._append(None, -1)
            self._all_titles.add(key, normalised)
        if unresolved:
            self._unresolved_titles.add(key, normalised)
        return key

    def _append(self, code: str | None, number: int) -> int:
        self.codes.append(code)
        levels = (
            [number // 1000, number // 100, number // 10, number, number % 10] if number >= 0 else [-1] * 5
        )
        self.levels.extend({name: [value] for name, value in zip(_LEVELS, levels, strict=True)})
        return self.levels.size - 1

    def scores(
        self, code: str | None, title: str, *, query_is_vacancy: bool, floor: float = 0.0
    ) -> tuple[FloatArray, bool]:
        """Occupation component per key for a query occupation; True when rows should use their match key.

        A resolved query scores code keys by the KldB hierarchy and related strength, and the titles of
        unresolved rows by fuzzy similarity (rows use their match key). An unresolved query compares every
        row's title (rows use their title key). Title values below ``floor`` (the occupation gate) may come
        out as 0: they can decide nothing, and the fuzzy comparison stops early for them.
        """
        values = np.zeros(self.levels.size, np.float64)
        query_title = sorted_tokens(self.normalise(title))
        self._cutoff = min(100.0, max(0.0, floor / TITLE_SIMILARITY_FACTOR * 100 - 1e-6))
        if not is_resolved(code):
            self._fuzzy_into(values, query_title, self._all_titles)
            return values, False
        number = int(code)
        levels = self.levels
        # Broadest first, so each narrower relation overwrites: the rules' KldB hierarchy as array masks.
        values[levels.kldb2 == number // 1000] = KLDB_LEVEL_SCORES["same_2_digit"]
        values[levels.kldb3 == number // 100] = KLDB_LEVEL_SCORES["same_3_digit"]
        same_group = levels.kldb4 == number // 10
        skill = levels.skill
        at_or_above = skill >= number % 10 if query_is_vacancy else skill <= number % 10
        values[same_group] = np.where(
            at_or_above[same_group],
            KLDB_LEVEL_SCORES["same_group_at_or_above"],
            KLDB_LEVEL_SCORES["same_group_below"],
        )
        values[levels.kldb5 == number] = KLDB_LEVEL_SCORES["same_occupation"]
        related = [
            (self._code_keys.get(other), strength)
            for other, strength in self._catalogue.related(code).items()
        ]
        for key, strength in related + [(key, s) for key, s in self._related_back.get(code, [])]:
            if key is not None and strength > values[key]:
                values[key] = strength
        self._fuzzy_into(values, query_title, self._unresolved_titles)
        return values, True

    def _fuzzy_into(self, values: FloatArray, query_title: str, titles: _TitleList) -> None:
        if not titles.keys:
            return
        workers = -1 if len(titles.keys) >= _PARALLEL_FUZZY_FROM else 1
        ratios = process.cdist(
            [query_title],
            titles.strings,
            scorer=fuzz.ratio,
            dtype=np.float64,
            workers=workers,
            score_cutoff=self._cutoff,
        )[0]
        values[titles.key_array()] = ratios / 100 * TITLE_SIMILARITY_FACTOR

    def nbytes(self) -> int:
        """A rough size of the key tables."""
        strings = sum(len(text) + 49 for text in self._all_titles.strings)
        return self.levels.nbytes() + strings + 200 * (len(self._normalised) + self.levels.size)
