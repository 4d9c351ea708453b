"""Database rows → candidate index columns in bulk, for the full load at start (no profile objects).

``CandidateRows`` turns one profile at a time into rows; at a million candidates building the profiles and
then the rows one value at a time was most of the index build. Here each column is read out of the fetched
records in one pass, children are put into (candidate, list position) order with one ``lexsort``, strings
and occupation keys are looked up once per distinct value, and ``CandidateIndex.append_columns`` takes the
result. The columns are exactly those ``rows.candidate_from_rows`` + ``CandidateIndex.upsert`` would give
(``tests/matching/test_bulk_load.py`` compares the two).
"""

from collections.abc import Callable, Hashable, Sequence
from operator import itemgetter
from typing import Any, TypeVar

import numpy as np
from numpy.typing import NDArray

from matchwerk.matching.index.candidate_rows import AUTHORIZATION_IDS, NOT_STARTED
from matchwerk.matching.index.candidates import CandidateIndex
from matchwerk.matching.index.columns import NO_DATE, IntArray
from matchwerk.matching.index.geo import chord_threshold, place_columns
from matchwerk.matching.rules.components import is_resolved
from matchwerk.matching.rules.vocabulary import (
    CANDIDATE_STATUSES,
    CEFR_RANK,
    ELIGIBLE_AUTHORIZATIONS,
    QUALIFICATION_LEVELS,
    RECOGNITION_STATUSES,
)
from matchwerk.matching.sync.rows import (
    CANDIDATE_FIELDS,
    LANGUAGE_FIELDS,
    OCCUPATION_FIELDS,
    UNKNOWN_AUTHORIZATION,
    place_of,
)

K = TypeVar("K", bound=Hashable)
Row = Any  # an asyncpg Record (or any sequence in the *_FIELDS order)

_C = {name: index for index, name in enumerate(CANDIDATE_FIELDS)}
_O = {name: index for index, name in enumerate(OCCUPATION_FIELDS)}
_L = {name: index for index, name in enumerate(LANGUAGE_FIELDS)}
_STATUS = {name: index for index, name in enumerate(CANDIDATE_STATUSES)}
_QUALIFICATION = {name: index for index, name in enumerate(QUALIFICATION_LEVELS)}
_RECOGNITION = {name: index for index, name in enumerate(RECOGNITION_STATUSES)}


def _column(rows: Sequence[Row], at: int) -> list[Any]:
    return list(map(itemgetter(at), rows))


def _mapped(values: list[K], convert: Callable[[K], Any]) -> list[Any]:
    """``convert`` applied to every value, computed once per distinct value (in first-seen order)."""
    distinct: dict[K, Any] = dict.fromkeys(values)
    for value in distinct:
        distinct[value] = convert(value)
    return list(map(distinct.__getitem__, values))


def _halves(values: list[bytes]) -> tuple[NDArray[np.uint64], NDArray[np.uint64]]:
    """UUIDs given as their 16 bytes (``uuid_send``) → high and low 64 bits, as ``uuid_halves`` gives."""
    pairs = np.frombuffer(b"".join(values), dtype=">u8").reshape(-1, 2).astype(np.uint64)
    return pairs[:, 0].copy(), pairs[:, 1].copy()


class _Slots:
    """Candidate ids (two halves) → slot numbers, for child rows, in NumPy."""

    def __init__(self, high: NDArray[np.uint64], low: NDArray[np.uint64]) -> None:
        self.order = np.lexsort((low, high))
        self.high, self.low = high[self.order], low[self.order]
        self._exact: dict[tuple[int, int], int] | None = None
        self._by_halves = (high, low)

    def of(self, ids: list[bytes]) -> IntArray:
        """The slot of each id, -1 where the candidate is not loaded."""
        high, low = _halves(ids)
        if len(self.high) == 0:
            return np.full(len(high), -1, np.intp)
        at = np.minimum(np.searchsorted(self.high, high), len(self.high) - 1)
        same_high = self.high[at] == high
        hit = same_high & (self.low[at] == low)
        slots: IntArray = np.where(hit, self.order[at], -1).astype(np.intp)
        # Ids sharing their high half with another (never by chance, but e.g. small test ids): exactly.
        shared = np.flatnonzero(same_high & ~hit)
        if len(shared):
            if self._exact is None:
                pairs = zip(self._by_halves[0].tolist(), self._by_halves[1].tolist(), strict=True)
                self._exact = {pair: slot for slot, pair in enumerate(pairs)}
            exact = self._exact
            slots[shared] = [
                exact.get(pair, -1) for pair in zip(high[shared].tolist(), low[shared].tolist(), strict=True)
            ]
        return slots


def _float(values: list[Any]) -> NDArray[np.float64]:
    """Optional numbers as float64 (None → NaN)."""
    return np.array([np.nan if value is None else float(value) for value in values], np.float64)


def _order(owner: IntArray, position: IntArray) -> tuple[IntArray, IntArray]:
    """The child rows of known owners in (owner, list position) order, and their owners."""
    known = np.flatnonzero(owner >= 0)
    order = known[np.lexsort((position[known], owner[known]))]
    return order, owner[order]


def _starts(owners: IntArray, count: int, first: int) -> tuple[IntArray, NDArray[np.int32]]:
    """Per slot: the first row (``first`` + rows before it) and the number of rows."""
    counts = np.bincount(owners, minlength=count)
    return first + np.cumsum(counts) - counts, counts.astype(np.int32)


def load_candidates(
    index: CandidateIndex, candidates: Sequence[Row], occupations: Sequence[Row], languages: Sequence[Row]
) -> None:
    """Append candidates (rows in ``CANDIDATE_FIELDS`` order, none indexed yet) with their child rows
    (``OCCUPATION_FIELDS`` / ``LANGUAGE_FIELDS``; rows of other candidates are ignored). Ids and candidate
    ids come as their 16 bytes (``repository.fetch_all_candidate_rows``)."""
    count = len(candidates)
    first_slot = len(index.slots)
    if count == 0:
        return
    id_high, id_low = _halves(_column(candidates, _C["id"]))
    slot_of = _Slots(id_high, id_low)
    strings = index.strings

    # Occupations: (owner, position) order, keys per distinct value.
    owner = slot_of.of(_column(occupations, _O["candidate_id"]))
    order, occupation_owner = _order(owner, np.array(_column(occupations, _O["position"]), np.int64))
    ordered = list(map(occupations.__getitem__, order.tolist()))
    row_start, occupation_count = _starts(occupation_owner, count, len(index.occupations))

    def keys_of(pair: tuple[str, str | None]) -> tuple[int, int, int, int]:
        title, code = pair
        title_key = index.keys.title_key(title, unresolved=not is_resolved(code))
        match_key = index.keys.code_key(code) if code is not None and is_resolved(code) else title_key
        return match_key, title_key, strings.id(title), strings.optional_id(code)

    pairs = list(zip(_column(ordered, _O["title"]), _column(ordered, _O["kldb_code"]), strict=True))
    keys = np.array(_mapped(pairs, keys_of), np.int32).reshape(-1, 4)
    occupation_columns: dict[str, Any] = {
        "owner": occupation_owner + first_slot,
        "match_key": keys[:, 0],
        "title_key": keys[:, 1],
        "title": keys[:, 2],
        "code": keys[:, 3],
        "years": _float(_column(ordered, _O["years_experience"])),
        "qualification": _mapped(
            _column(ordered, _O["qualification_level"]), lambda level: _QUALIFICATION.get(level, -1)
        ),
        # An unknown status is scored like not_started, as in ``CandidateRows``.
        "status": _mapped(
            _column(ordered, _O["recognition_status"]), lambda status: _RECOGNITION.get(status, NOT_STARTED)
        ),
        "compensation": _mapped(
            _column(ordered, _O["recognition_compensation_measure"]), strings.optional_id
        ),
    }

    # Languages: as entered, in (owner, position) order; German's best rank per slot; other languages'
    # best rank per (slot, language), first appearance first.
    owner = slot_of.of(_column(languages, _L["candidate_id"]))
    order, language_owner = _order(owner, np.array(_column(languages, _L["position"]), np.int64))
    ordered = list(map(languages.__getitem__, order.tolist()))
    language_start, language_count = _starts(language_owner, count, len(index.languages))
    code = np.array(_mapped(_column(ordered, _L["code"]), strings.id), np.int32)
    levels = _column(ordered, _L["level"])
    level = np.array(_mapped(levels, strings.id), np.int32)
    rank = np.array(_mapped(levels, lambda value: CEFR_RANK.get(value, 0)), np.int8)
    german_id = strings.id("de")
    german = np.zeros(count, np.int8)
    is_german = code == german_id
    np.maximum.at(german, language_owner[is_german], rank[is_german])
    other = np.flatnonzero(~is_german)
    pair = language_owner[other].astype(np.int64) * (int(code.max(initial=0)) + 1) + code[other]
    _, first, inverse = np.unique(pair, return_index=True, return_inverse=True)
    best = np.zeros(len(first), np.int8)
    np.maximum.at(best, inverse, rank[other])
    appearance = np.argsort(first, kind="stable")
    spoken: dict[str, Any] = {
        "owner": language_owner[other][first][appearance] + first_slot,
        "code": code[other][first][appearance],
        "rank": best[appearance],
    }

    # Slots.
    status = _column(candidates, _C["status"])
    consent = np.array(_column(candidates, _C["consent_matching"]), np.bool_)
    authorization = [
        value or UNKNOWN_AUTHORIZATION for value in _column(candidates, _C["work_authorization"])
    ]
    places = [
        place_of(postal, municipality)
        for postal, municipality in zip(
            _column(candidates, _C["postal_code"]), _column(candidates, _C["municipality"]), strict=True
        )
    ]
    latitude = _float([place[0] for place in places])
    longitude = _float([place[1] for place in places])
    max_commute = _float(_column(candidates, _C["max_commute_km"]))
    slots: dict[str, Any] = {
        "id_high": id_high,
        "id_low": id_low,
        "alive": np.ones(count, np.bool_),
        "eligible": (np.array([value == "active" for value in status], np.bool_))
        & consent
        & np.array([value in ELIGIBLE_AUTHORIZATIONS for value in authorization], np.bool_),
        "share": np.array(_column(candidates, _C["consent_share_with_employers"]), np.bool_),
        "status": _mapped(status, lambda value: _STATUS.get(value, -1)),
        "consent_matching": consent,
        "authorization": _mapped(
            authorization, lambda value: AUTHORIZATION_IDS.get(value, AUTHORIZATION_IDS["not_permitted"])
        ),
        "latitude": latitude,
        "longitude": longitude,
        "municipality": _mapped(_column(candidates, _C["municipality"]), strings.optional_id),
        "max_commute": max_commute,
        "commute_threshold": chord_threshold(max_commute),
        "relocate": np.array(_column(candidates, _C["willing_to_relocate"]), np.bool_),
        "available": [
            NO_DATE if day is None else day.toordinal() for day in _column(candidates, _C["available_from"])
        ],
        "german": german,
        "row_start": row_start,
        "occupation_count": occupation_count,
        "language_start": language_start,
        "language_count": language_count,
    }
    slots.update(place_columns(latitude.tolist(), longitude.tolist()))
    index.append_columns(slots, occupation_columns, {"code": code, "level": level}, spoken)
