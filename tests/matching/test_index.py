"""Property tests: the columnar indexes rank exactly like the plain reference scorer."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import timedelta
from typing import Any
from uuid import UUID

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matchwerk.matching.index.candidates import CandidateIndex
from matchwerk.matching.index.vacancies import VacancyIndex
from matchwerk.matching.rules.profiles import (
    CandidateOccupation,
    CandidateProfile,
    LanguageSkill,
    VacancyProfile,
)
from matchwerk.matching.rules.scoring import ScoredMatch
from matchwerk.matching.rules.vocabulary import (
    CANDIDATE_STATUSES,
    CEFR_RANK,
    QUALIFICATION_LEVELS,
    RECOGNITION_REQUIREMENTS,
    RECOGNITION_STATUSES,
    VACANCY_STATUSES,
    WORK_AUTHORIZATIONS,
)
from tests.matching import reference
from tests.matching.fakes import (
    COLOGNE,
    DUSSELDORF,
    OCCUPATIONS,
    TODAY,
    FakeCatalogue,
    make_candidate,
    make_vacancy,
)

CATALOGUE = FakeCatalogue()
TOLERANCE = 1e-9
CODES = [*OCCUPATIONS, None, "2621"]
TITLES = ["Elektriker", "Elektriker/in (m/w/d)", "електрик", "Koch", "Köchin", "Pflegefachkraft", "IT", ""]
PLACES = [DUSSELDORF, COLOGNE, (51.5136, 7.4653), (51.9607, 7.6261), (51.2302, 6.7801), (None, None)]
DISTANCES = [None, 0.0, 5.0, 20.0, 40.0, 100.0]
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

days = st.none() | st.integers(-20, 220).map(lambda offset: TODAY + timedelta(days=offset))
languages = st.lists(
    st.builds(
        LanguageSkill, code=st.sampled_from(["de", "en", "ar"]), level=st.sampled_from(list(CEFR_RANK))
    ),
    max_size=3,
).map(tuple)
# Small numbers share the high 64 bits, so the id tie-break has to look at the low ones as well.
UNKNOWN = UUID(int=2**127)
identifiers = (st.uuids() | st.integers(0, 2**64 + 64).map(lambda number: UUID(int=number))).filter(
    lambda identifier: identifier != UNKNOWN
)
single_occupations = st.builds(
    CandidateOccupation,
    title=st.sampled_from(TITLES),
    kldb_code=st.sampled_from(CODES),
    years_experience=st.none() | st.sampled_from([0, 0.5, 1, 2, 3.3, 7]),
    qualification_level=st.none() | st.sampled_from(QUALIFICATION_LEVELS),
    recognition_status=st.sampled_from(RECOGNITION_STATUSES),
    compensation_measure=st.none() | st.just("Anpassungslehrgang"),
)


@st.composite
def occupations(draw: st.DrawFn) -> tuple[CandidateOccupation, ...]:
    """Up to three occupations, sometimes one repeated with other years and status (a tie to break)."""
    drawn = draw(st.lists(single_occupations, max_size=3))
    repeat: bool = draw(st.booleans())
    if drawn and repeat:
        repeated = replace(
            drawn[0],
            years_experience=draw(st.sampled_from([None, 1, 9])),
            recognition_status=draw(st.sampled_from(RECOGNITION_STATUSES)),
        )
        drawn.insert(draw(st.integers(0, len(drawn))), repeated)
    return tuple(drawn)


@st.composite
def candidates(draw: st.DrawFn) -> CandidateProfile:
    latitude, longitude = draw(st.sampled_from(PLACES))
    return CandidateProfile(
        id=draw(identifiers),
        status=draw(st.sampled_from(["active"] * 6 + list(CANDIDATE_STATUSES))),
        consent_matching=draw(st.sampled_from([True, True, True, False])),
        consent_share_with_employers=draw(st.booleans()),
        work_authorization=draw(st.sampled_from(["permitted", "permitted", *WORK_AUTHORIZATIONS])),
        latitude=latitude,
        longitude=longitude,
        municipality=draw(st.none() | st.just("Ratingen")),
        max_commute_km=draw(st.sampled_from(DISTANCES)),
        willing_to_relocate=draw(st.booleans()),
        occupations=draw(occupations()),
        languages=draw(languages),
        available_from=draw(days),
    )


@st.composite
def vacancies(draw: st.DrawFn) -> VacancyProfile:
    latitude, longitude = draw(st.sampled_from(PLACES))
    return VacancyProfile(
        id=draw(identifiers),
        employer_id=draw(st.uuids()),
        status=draw(st.sampled_from(["open"] * 6 + list(VACANCY_STATUSES))),
        title=draw(st.sampled_from(TITLES)),
        kldb_code=draw(st.sampled_from(CODES)),
        latitude=latitude,
        longitude=longitude,
        municipality=draw(st.none() | st.just("Düsseldorf")),
        radius_km=draw(st.sampled_from(DISTANCES)),
        start_date=draw(days),
        german_min=draw(st.none() | st.sampled_from(list(CEFR_RANK))),
        languages=draw(languages),
        min_years_experience=draw(st.none() | st.sampled_from([0, 1, 2, 5])),
        recognition=draw(st.sampled_from(RECOGNITION_REQUIREMENTS)),
        offers_language_course=draw(st.booleans()),
        offers_recognition_support=draw(st.booleans()),
    )


@st.composite
def with_duplicates(draw: st.DrawFn, items: st.SearchStrategy[Any], max_size: int) -> list[Any]:
    """Profiles plus copies under fresh ids, so that equal scores must be ordered by id."""
    originals = draw(st.lists(items, max_size=max_size))
    copies = [replace(original, id=draw(identifiers)) for original in originals if draw(st.booleans())]
    return list({profile.id: profile for profile in originals + copies}.values())


# Rows per batch of the candidate index's level walk: 1 walks level by level, 4096 takes all at once.
batches = st.sampled_from([1, 2, 4096])
options = st.fixed_dictionaries(
    {
        "min_score": st.sampled_from([0.0, 0.0, 0.3, 0.5, 0.7]),
        "strict": st.booleans(),
        "for_employer": st.booleans(),
    }
)


def assert_same(
    actual: Sequence[ScoredMatch],
    expected: Sequence[reference.ReferenceResult],
    key: Callable[[ScoredMatch | reference.ReferenceResult], UUID],
) -> None:
    assert [key(result) for result in actual] == [key(result) for result in expected]
    for got, wanted in zip(actual, expected, strict=True):
        assert abs(got.score - wanted.score) <= TOLERANCE
        components = got.components.as_dict().values()
        assert all(abs(a - b) <= TOLERANCE for a, b in zip(components, wanted.components, strict=True))


def candidate_id(result: ScoredMatch | reference.ReferenceResult) -> UUID:
    return result.candidate_id


def vacancy_id(result: ScoredMatch | reference.ReferenceResult) -> UUID:
    return result.vacancy_id


@SETTINGS
@given(with_duplicates(candidates(), 40), vacancies(), st.integers(1, 12), options, batches)
def test_candidate_top_k_equals_reference(
    profiles: list[CandidateProfile], vacancy: VacancyProfile, k: int, option: dict[str, Any], batch: int
) -> None:
    index = CandidateIndex(CATALOGUE)
    index.batch_rows = batch
    index.upsert(profiles)
    expected = reference.rank_candidates(profiles, vacancy, CATALOGUE, k, today=TODAY, **option)
    assert_same(index.top_k(vacancy, k, today=TODAY, **option), expected, candidate_id)


@SETTINGS
@given(with_duplicates(candidates(), 30), vacancies(), st.integers(1, 4), options, batches)
def test_candidate_keyset_pages_walk_the_whole_ranking(
    profiles: list[CandidateProfile],
    vacancy: VacancyProfile,
    page_size: int,
    option: dict[str, Any],
    batch: int,
) -> None:
    index = CandidateIndex(CATALOGUE)
    index.batch_rows = batch
    index.upsert(profiles)
    pages: list[ScoredMatch] = []
    after: tuple[float, UUID] | None = None
    while page := index.top_k(vacancy, page_size, today=TODAY, after=after, **option):
        pages += page
        after = (page[-1].score, page[-1].candidate_id)
    everything = reference.rank_candidates(profiles, vacancy, CATALOGUE, len(profiles), today=TODAY, **option)
    assert_same(pages, everything, candidate_id)


@SETTINGS
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["upsert", "change", "remove"]), with_duplicates(candidates(), 8), st.data()
        ),
        min_size=1,
        max_size=6,
    ),
    vacancies(),
    options,
)
def test_candidate_upserts_removals_and_compaction_keep_equivalence(
    operations: list[tuple[str, list[CandidateProfile], st.DataObject]],
    vacancy: VacancyProfile,
    option: dict[str, Any],
) -> None:
    index = CandidateIndex(CATALOGUE, compact_min_dead=1)
    current: dict[UUID, CandidateProfile] = {}
    for operation, fresh, data in operations:
        known = sorted(current, key=str)
        chosen = data.draw(st.lists(st.sampled_from(known), unique=True)) if known else []
        if operation == "upsert":
            batch = fresh
        elif operation == "change":
            batch = [
                replace(profile, id=identifier) for profile, identifier in zip(fresh, chosen, strict=False)
            ]
        else:
            index.remove([*chosen, UNKNOWN])
            for identifier in chosen:
                del current[identifier]
            continue
        index.upsert(batch)
        current.update({profile.id: profile for profile in batch})
    assert len(index) == len(current)
    assert all(index.get(identifier) == profile for identifier, profile in current.items())
    profiles = list(current.values())
    expected = reference.rank_candidates(profiles, vacancy, CATALOGUE, len(profiles), today=TODAY, **option)
    assert_same(index.top_k(vacancy, max(1, len(profiles)), today=TODAY, **option), expected, candidate_id)


@SETTINGS
@given(candidates(), with_duplicates(vacancies(), 30), st.integers(1, 12), options)
def test_vacancy_top_k_equals_reference(
    candidate: CandidateProfile, profiles: list[VacancyProfile], k: int, option: dict[str, Any]
) -> None:
    index = VacancyIndex(CATALOGUE)
    index.upsert(profiles)
    expected = reference.rank_vacancies(candidate, profiles, CATALOGUE, k, today=TODAY, **option)
    assert_same(index.top_k(candidate, k, today=TODAY, **option), expected, vacancy_id)
    assert all(index.get(profile.id) == profile for profile in profiles)


@SETTINGS
@given(candidates(), with_duplicates(vacancies(), 20), st.integers(1, 4), options)
def test_vacancy_keyset_pages_walk_the_whole_ranking(
    candidate: CandidateProfile, profiles: list[VacancyProfile], page_size: int, option: dict[str, Any]
) -> None:
    index = VacancyIndex(CATALOGUE)
    index.upsert(profiles)
    pages: list[ScoredMatch] = []
    after: tuple[float, UUID] | None = None
    while page := index.top_k(candidate, page_size, today=TODAY, after=after, **option):
        pages += page
        after = (page[-1].score, page[-1].vacancy_id)
    everything = reference.rank_vacancies(
        candidate, profiles, CATALOGUE, len(profiles), today=TODAY, **option
    )
    assert_same(pages, everything, vacancy_id)


@SETTINGS
@given(candidates(), with_duplicates(vacancies(), 12), with_duplicates(vacancies(), 12), st.data())
def test_vacancy_upserts_removals_and_compaction_keep_equivalence(
    candidate: CandidateProfile,
    first: list[VacancyProfile],
    second: list[VacancyProfile],
    data: st.DataObject,
) -> None:
    index = VacancyIndex(CATALOGUE, compact_min_dead=1)
    index.upsert(first)
    removed = data.draw(st.lists(st.sampled_from([p.id for p in first]), unique=True)) if first else []
    index.remove(removed)
    changed = [replace(profile, id=old.id) for profile, old in zip(second, first, strict=False)]
    index.upsert(changed + second)
    current = {p.id: p for p in first if p.id not in removed} | {p.id: p for p in changed + second}
    assert len(index) == len(current)
    profiles = list(current.values())
    expected = reference.rank_vacancies(candidate, profiles, CATALOGUE, len(profiles) + 1, today=TODAY)
    assert_same(index.top_k(candidate, len(profiles) + 1, today=TODAY), expected, vacancy_id)


def test_empty_index_and_zero_k_return_nothing() -> None:
    index = CandidateIndex(CATALOGUE)
    assert index.top_k(make_vacancy(), 10, today=TODAY) == []
    assert VacancyIndex(CATALOGUE).top_k(make_candidate(), 10, today=TODAY) == []
    index.upsert([make_candidate()])
    assert index.top_k(make_vacancy(), 0, today=TODAY) == []
    assert [result.candidate_id for result in index.top_k(make_vacancy(), 5, today=TODAY)] == [UUID(int=1)]
    assert index.top_k(make_vacancy(status="paused"), 5, today=TODAY) == []
    assert UUID(int=1) in index
    assert index.memory_bytes() > 0


gates = st.sampled_from([0.0, 0.3, 0.35, 0.6, 0.85, 1.0])


@SETTINGS
@given(with_duplicates(candidates(), 40), vacancies(), st.integers(1, 12), options, gates, batches)
def test_candidate_gate_equals_reference(
    profiles: list[CandidateProfile],
    vacancy: VacancyProfile,
    k: int,
    option: dict[str, Any],
    gate: float,
    batch: int,
) -> None:
    index = CandidateIndex(CATALOGUE, min_occupation=gate)
    index.batch_rows = batch
    index.upsert(profiles)
    expected = reference.rank_candidates(
        profiles, vacancy, CATALOGUE, k, today=TODAY, min_occupation=gate, **option
    )
    actual = index.top_k(vacancy, k, today=TODAY, **option)
    assert_same(actual, expected, candidate_id)
    assert all(result.components.occupation >= gate for result in actual)


@SETTINGS
@given(candidates(), with_duplicates(vacancies(), 30), st.integers(1, 12), options, gates)
def test_vacancy_gate_equals_reference(
    candidate: CandidateProfile, profiles: list[VacancyProfile], k: int, option: dict[str, Any], gate: float
) -> None:
    index = VacancyIndex(CATALOGUE, min_occupation=gate)
    index.upsert(profiles)
    expected = reference.rank_vacancies(
        candidate, profiles, CATALOGUE, k, today=TODAY, min_occupation=gate, **option
    )
    actual = index.top_k(candidate, k, today=TODAY, **option)
    assert_same(actual, expected, vacancy_id)
    assert all(result.components.occupation >= gate for result in actual)


def _random_candidate(draw: random.Random, number: int) -> CandidateProfile:
    """A candidate from the same pools as the strategies above, from a seeded generator."""
    latitude, longitude = draw.choice(PLACES)
    occupation_list = [
        CandidateOccupation(
            title=draw.choice(TITLES),
            kldb_code=draw.choice(CODES),
            years_experience=draw.choice([None, 0, 0.5, 1, 2, 3.3, 7]),
            qualification_level=draw.choice([None, *QUALIFICATION_LEVELS]),
            recognition_status=draw.choice(RECOGNITION_STATUSES),
        )
        for _ in range(draw.choice([0, 1, 1, 1, 2, 2, 3]))
    ]
    if occupation_list and draw.random() < 0.3:
        # The same occupation again with another status: the first listed must decide.
        again = replace(occupation_list[0], recognition_status=draw.choice(RECOGNITION_STATUSES))
        occupation_list.insert(draw.randrange(len(occupation_list) + 1), again)
    return CandidateProfile(
        id=UUID(int=draw.getrandbits(128) if draw.random() < 0.8 else number),
        status=draw.choice(["active"] * 6 + list(CANDIDATE_STATUSES)),
        consent_matching=draw.random() < 0.9,
        consent_share_with_employers=draw.random() < 0.7,
        work_authorization=draw.choice(["permitted", "permitted", *WORK_AUTHORIZATIONS]),
        latitude=latitude,
        longitude=longitude,
        municipality=None,
        max_commute_km=draw.choice(DISTANCES),
        willing_to_relocate=draw.random() < 0.2,
        occupations=tuple(occupation_list),
        languages=tuple(
            LanguageSkill(code=draw.choice(["de", "en", "ar"]), level=draw.choice(list(CEFR_RANK)))
            for _ in range(draw.randrange(3))
        ),
        available_from=draw.choice([None, TODAY, TODAY + timedelta(days=draw.randrange(-20, 220))]),
    )


@pytest.mark.parametrize(("seed", "batch_rows"), [(1, 1), (2, 40), (3, 4096)])
def test_candidate_level_walk_over_thousands_equals_reference(seed: int, batch_rows: int) -> None:
    """Thousands of candidates, many per occupation level and many equal scores: the walk over the levels
    (best first, stopping at the k-th score or min_score) must still return exactly the reference's
    ranking, for small k, k = 20 and k = everyone, after bulk loads, changes, removals and compaction."""
    draw = random.Random(seed)
    profiles = {profile.id: profile for profile in (_random_candidate(draw, n) for n in range(3000))}
    index = CandidateIndex(CATALOGUE, compact_min_dead=50)
    index.batch_rows = batch_rows  # 1: every level its own batch of the walk
    listed = list(profiles.values())
    index.upsert(listed[:1800])
    index.upsert(listed[1800:])
    for profile in draw.sample(listed, 300):
        changed = _random_candidate(draw, 0)
        profiles[profile.id] = replace(changed, id=profile.id)
        index.upsert([profiles[profile.id]])
    for profile in draw.sample(listed, 150):
        profiles.pop(profile.id, None)
        index.remove([profile.id])
    current = list(profiles.values())
    vacancy_pool = [
        make_vacancy(kldb_code=code, title=title) for code, title in zip(CODES, TITLES * 2, strict=False)
    ]
    for vacancy in vacancy_pool:
        latitude, longitude = draw.choice(PLACES)
        vacancy = replace(
            vacancy,
            latitude=latitude,
            longitude=longitude,
            radius_km=draw.choice(DISTANCES),
            german_min=draw.choice([None, "A2", "B1"]),
        )
        for k, min_score, strict, for_employer in [
            (1, 0.0, False, False),
            (20, 0.0, False, False),
            (20, 0.5, True, False),
            (7, 0.0, False, True),
            (len(current), 0.7, False, False),
            (len(current), 0.0, False, False),
        ]:
            expected = reference.rank_candidates(
                current,
                vacancy,
                CATALOGUE,
                k,
                today=TODAY,
                min_score=min_score,
                strict=strict,
                for_employer=for_employer,
            )
            actual = index.top_k(
                vacancy, k, today=TODAY, min_score=min_score, strict=strict, for_employer=for_employer
            )
            assert_same(actual, expected, candidate_id)
