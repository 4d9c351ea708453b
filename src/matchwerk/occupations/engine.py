"""Resolution engine: one index over every label of every language; exact keys first, then fuzzy.

Fuzzy search never loops over the catalogue in Python: character trigrams of the query pick candidate keys
through posting lists counted with NumPy, and rapidfuzz scores only those candidates.
"""

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from matchwerk.occupations.catalogue import Label
from matchwerk.occupations.normalise import has_letters, normalise, transliterate

MAX_QUERY_CHARS = 200
FUZZY_CANDIDATES = 16
RERANK_CODES = 8
COMMON_TRIGRAM = 1500
SHORT_QUERY = 6  # below this every trigram counts: a typo leaves few to go on
SHORT_KEY = 5
MAX_TRIGRAMS = 12
RADIX_FROM = 8000  # posting hits from which a radix sort beats NumPy's default sort
PREFIX = 6
_EMPTY_VOCABULARY: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
_STOPWORDS = frozenset(
    [
        "a",
        "ab",
        "als",
        "am",
        "an",
        "and",
        "at",
        "auf",
        "bei",
        "das",
        "dem",
        "den",
        "der",
        "des",
        "die",
        "ein",
        "eine",
        "einer",
        "for",
        "fuer",
        "full",
        "im",
        "in",
        "mit",
        "mwd",
        "of",
        "our",
        "part",
        "sofort",
        "teilzeit",
        "the",
        "time",
        "und",
        "unser",
        "unsere",
        "unseren",
        "vollzeit",
        "with",
        "wmd",
        "zum",
        "zur",
    ]
)
FUZZY_DISCOUNT = 0.99  # an exact key always outranks a fuzzy hit of the same label
_LEVEL_PREFERENCE = {"2": 0, "1": 1, "3": 2, "4": 3}  # a bare title most often means the skilled worker


@dataclass(frozen=True, slots=True)
class Hit:
    """A ranked occupation for a query, with the label that matched best."""

    kldb_code: str
    score: float
    matched_label: str
    matched_lang: str


def significant_tokens(key: str) -> list[str]:
    """The words of a normalised title that carry meaning (no stop words, no one- or two-letter words)."""
    return [
        token for token in key.split() if len(token) > 2 and token not in _STOPWORDS and not token.isdigit()
    ]


def _trigrams(key: str) -> set[str]:
    padded = f" {key} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def _count(hits: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct key numbers among the hits, ascending, and how often each occurs (as np.unique)."""
    if len(hits) < RADIX_FROM or hits.dtype != np.uint16:
        return np.unique(hits, return_counts=True)
    ordered = np.sort(hits, kind="stable")  # a radix sort for 16-bit numbers: linear, not n log n
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    return ordered[starts], np.diff(starts, append=len(ordered))


class ResolutionEngine:
    """Ranked occupations for any title in any language; built once, then read-only and thread-safe."""

    def __init__(self, labels: Sequence[Label], *, cache_size: int = 50_000) -> None:
        best: dict[tuple[str, str], tuple[float, Label]] = {}
        for label in labels:
            base = normalise(label.text)
            if not base:
                continue
            for key in filter(None, (base, transliterate(base))):
                current = best.get((key, label.kldb_code))
                if current is None or label.weight > current[0]:
                    best[(key, label.kldb_code)] = (label.weight, label)
        ordered = sorted(best.items(), key=lambda item: (item[0][0], item[0][1]))
        self.keys = [key for (key, _), _ in ordered]
        self.codes = [code for (_, code), _ in ordered]
        self.labels = [label for _, (_, label) in ordered]
        self.weights = np.array([weight for _, (weight, _) in ordered], dtype=np.float64)
        self.weight_of = self.weights.tolist()
        self.exact: dict[str, list[int]] = {}
        postings: dict[str, list[int]] = {}
        for index, key in enumerate(self.keys):
            self.exact.setdefault(key, []).append(index)
            for gram in _trigrams(key):
                postings.setdefault(gram, []).append(index)
        # 16-bit key numbers while they fit: half the bytes to copy, and NumPy sorts them by radix
        key_type = np.uint16 if len(self.keys) <= np.iinfo(np.uint16).max else np.int32
        self.postings = {gram: np.array(ids, dtype=key_type) for gram, ids in postings.items()}
        tokens_by_code: dict[str, set[str]] = {}
        for key, code in zip(self.keys, self.codes, strict=True):
            tokens_by_code.setdefault(code, set()).update(significant_tokens(key))
        # German compounds and inflected forms meet on a shared stem: "seniorenzentrum" ~ "senioren…"
        self.code_tokens = {
            code: (frozenset(tokens), frozenset(t[:PREFIX] for t in tokens if len(t) >= PREFIX))
            for code, tokens in tokens_by_code.items()
        }
        self.gram_counts = np.array([len(_trigrams(key)) for key in self.keys], dtype=np.float64)
        self.key_lengths = np.array([len(key) for key in self.keys], dtype=np.int32)
        self._cache: OrderedDict[tuple[str, int], list[Hit]] = OrderedDict()
        self._cache_size = cache_size

    def __len__(self) -> int:
        return len(self.keys)

    def search(self, query: str, limit: int = 10) -> list[Hit]:
        """The best ``limit`` occupations for a query; empty for queries without letters."""
        key = normalise(query[: MAX_QUERY_CHARS * 4])[:MAX_QUERY_CHARS].strip()
        if not key or not has_letters(key):
            return []
        cached = self._cache.get((key, limit))
        if cached is not None:
            self._cache.move_to_end((key, limit))
            return cached
        hits = self._search(key, limit)
        self._cache[(key, limit)] = hits
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return hits

    def _search(self, key: str, limit: int) -> list[Hit]:
        translit = transliterate(key)
        scores: dict[int, float] = {}
        for variant in (key, translit):
            for index in self.exact.get(variant or "", ()):
                scores[index] = self.weight_of[index]
        if not scores or limit > 1 or max(scores.values()) < 0.99:
            # Cyrillic labels are indexed in both scripts, so the query's own script is enough here
            for index, score in self._fuzzy(key):
                if score > scores.get(index, 0.0):
                    scores[index] = score
        ranked = self._rank(scores, max(limit, RERANK_CODES))
        if len(ranked) > 1 and ranked[1].score >= 0.9 * ranked[0].score and len(significant_tokens(key)) >= 2:
            ranked = self._rerank_by_coverage(key, ranked)
        return ranked[:limit]

    def _rerank_by_coverage(self, key: str, ranked: list[Hit]) -> list[Hit]:
        """Favour occupations whose labels, taken together, cover more words of a long title (job ads)."""
        tokens = significant_tokens(key)
        rescored = []
        for hit in ranked:
            words, prefixes = self.code_tokens.get(hit.kldb_code, _EMPTY_VOCABULARY)
            covered = sum(1 for token in tokens if token in words or token[:PREFIX] in prefixes)
            rescored.append((hit.score * (0.85 + 0.15 * covered / len(tokens)), hit))
        rescored.sort(
            key=lambda item: (-item[0], _LEVEL_PREFERENCE.get(item[1].kldb_code[4], 9), item[1].kldb_code)
        )
        return [
            Hit(hit.kldb_code, round(score, 4), hit.matched_label, hit.matched_lang)
            for score, hit in rescored
        ]

    def _fuzzy(self, variant: str) -> list[tuple[int, float]]:
        grams = sorted((self.postings[g] for g in _trigrams(variant) if g in self.postings), key=len)
        if not grams:
            return []
        # The rarest trigrams pick the candidates; "er ", "in " and the like are shared by thousands of keys.
        selective = (
            grams[:MAX_TRIGRAMS]
            if len(variant) <= SHORT_QUERY
            else (
                [postings for postings in grams[:MAX_TRIGRAMS] if len(postings) <= COMMON_TRIGRAM]
                or grams[:3]
            )
        )
        # Counting by sorting the few thousand hits beats scanning a count array over every key.
        present, counts = _count(np.concatenate(selective))
        # Dice overlap of trigram sets, only over keys sharing at least one trigram with the query
        overlap = counts / (self.gram_counts[present] + len(selective))
        take = min(FUZZY_CANDIDATES, len(present))
        candidates = present[np.argpartition(-overlap, take - 1)[:take]] if take < len(present) else present
        chosen = candidates.tolist()
        choices = [self.keys[i] for i in chosen]
        # No partial matching for acronyms and short words: a short query or key is compared as a whole.
        scorer = fuzz.ratio if len(variant) < SHORT_KEY else fuzz.WRatio
        scores = process.cdist([variant], choices, scorer=scorer, processor=None, dtype=np.float64)[0]
        if scorer is fuzz.WRatio:
            for pos in np.flatnonzero(self.key_lengths[candidates] < SHORT_KEY).tolist():
                scores[pos] = fuzz.ratio(variant, choices[pos])
        values = scores * (0.01 * FUZZY_DISCOUNT) * self.weights[candidates]
        return list(zip(chosen, values.tolist(), strict=True))

    def _rank(self, scores: dict[int, float], limit: int) -> list[Hit]:
        per_code: dict[str, tuple[float, int]] = {}
        for index, score in scores.items():
            code = self.codes[index]
            current = per_code.get(code)
            if current is None or score > current[0] or (score == current[0] and index < current[1]):
                per_code[code] = (score, index)
        ranked = sorted(
            per_code.items(),
            key=lambda item: (-round(item[1][0], 9), _LEVEL_PREFERENCE.get(item[0][4], 9), item[0]),
        )
        return [
            Hit(code, round(score, 4), self.labels[index].text, self.labels[index].lang)
            for code, (score, index) in ranked[:limit]
        ]
