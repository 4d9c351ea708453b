"""Property tests: ``CandidateIndex.reaching`` (the statistics' bulk query) returns exactly the candidates
the reference scorer gives at least ``min_score``, as the slots the index holds them in."""

from __future__ import annotations

from dataclasses import replace
from uuid import UUID

from hypothesis import given
from hypothesis import strategies as st

from matchwerk.matching.index.candidates import CandidateIndex
from matchwerk.matching.rules.profiles import CandidateProfile, VacancyProfile
from tests.matching import reference
from tests.matching.fakes import TODAY, make_candidate
from tests.matching.test_index import (
    CATALOGUE,
    SETTINGS,
    batches,
    candidates,
    gates,
    vacancies,
    with_duplicates,
)

thresholds = st.sampled_from([0.0, 0.35, 0.5, 0.7, 0.9])


@SETTINGS
@given(with_duplicates(candidates(), 40), vacancies(), thresholds, gates, batches, st.data())
def test_reaching_equals_every_reference_match_at_or_above_min_score(
    profiles: list[CandidateProfile],
    vacancy: VacancyProfile,
    min_score: float,
    gate: float,
    batch: int,
    data: st.DataObject,
) -> None:
    index = CandidateIndex(CATALOGUE, min_occupation=gate, compact_min_dead=1)
    index.batch_rows = batch
    index.upsert(profiles)
    # Replace and remove a few so that dead slots and a compaction are in play.
    latest = list({profile.id: profile for profile in profiles}.values())
    changed = data.draw(st.lists(st.sampled_from(latest), max_size=5)) if latest else []
    index.upsert(changed)
    removed = data.draw(st.lists(st.sampled_from(latest), max_size=3)) if latest else []
    index.remove(profile.id for profile in removed)
    alive = [profile for profile in latest if profile.id in index]
    expected = reference.rank_candidates(
        alive, vacancy, CATALOGUE, len(alive) + 1, today=TODAY, min_score=min_score, min_occupation=gate
    )
    slots = index.reaching(vacancy, today=TODAY, min_score=min_score)
    assert slots.tolist() == sorted(slots.tolist())
    assert {index.slot_id(int(slot)) for slot in slots} == {result.candidate_id for result in expected}
    assert all(index.slot_of(index.slot_id(int(slot))) == slot for slot in slots)


def test_slots_move_only_when_the_index_compacts() -> None:
    first, second = (reference_candidate(number) for number in (1, 2))
    index = CandidateIndex(CATALOGUE, compact_min_dead=1)
    index.upsert([first, second])
    before = index.slot_of(second.id)
    index.upsert([first])  # a new slot for the first; the old one is dead and a compaction follows
    assert index.compactions == 1
    assert index.slot_of(second.id) == 0 != before
    assert index.slot_of(first.id) == 1
    assert index.slot_of(reference_candidate(3).id) is None


def reference_candidate(number: int) -> CandidateProfile:
    return replace(make_candidate(), id=UUID(int=number))
