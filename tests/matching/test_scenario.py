"""A hand-graded scenario on the real catalogue: multilingual titles, recognition and language gaps, consent
and work-permit exclusions, distances. Reports nDCG@10; an excluded candidate must never appear."""

import math
from datetime import date, timedelta
from uuid import UUID, uuid5

import pytest

from matchwerk.geo.places import default_registry
from matchwerk.matching.index.candidates import CandidateIndex
from matchwerk.matching.rules.profiles import (
    CandidateOccupation,
    CandidateProfile,
    LanguageSkill,
    VacancyProfile,
)
from matchwerk.matching.service import CATALOGUE
from matchwerk.occupations import service as occupation_service

TODAY = date(2026, 3, 2)
NS = UUID("6f1c3f5e-0000-4000-8000-000000000000")


def _place(postal_code: str) -> tuple[float, float]:
    place = default_registry().resolve(postal_code, None)
    assert place is not None, postal_code
    return place.latitude, place.longitude


def _candidate(
    name: str,
    title: str,
    recognition: str,
    german: str | None,
    postal_code: str,
    *,
    years: float = 4,
    consent: bool = True,
    authorization: str = "permitted",
    status: str = "active",
    commute: float = 30,
    qualification: str = "vocational",
) -> CandidateProfile:
    resolved = occupation_service.resolve(title, None)
    latitude, longitude = _place(postal_code)
    return CandidateProfile(
        id=uuid5(NS, name),
        status=status,
        consent_matching=consent,
        consent_share_with_employers=True,
        work_authorization=authorization,
        latitude=latitude,
        longitude=longitude,
        municipality=postal_code,
        max_commute_km=commute,
        willing_to_relocate=False,
        occupations=(CandidateOccupation(title, resolved.kldb_code, years, qualification, recognition),),
        languages=(LanguageSkill("de", german),) if german else (),
        available_from=TODAY + timedelta(days=7),
    )


# (candidate, grade): 3 excellent, 2 good, 1 weak, 0 wrong occupation
GRADED = [
    (_candidate("full-elderly-carer", "Altenpflegerin", "full", "C1", "50667", years=6), 3),
    (_candidate("uk-nurse-full", "медсестра", "full", "B2", "50733"), 2),
    (_candidate("partial-elderly-carer", "Altenpfleger (m/w/d)", "partial", "B1", "50823", years=3), 2),
    (_candidate("ar-nurse-applied", "ممرضة", "applied", "B1", "53111"), 1),
    (_candidate("care-helper", "Pflegehelferin Altenpflege", "not_required", "B2", "51063"), 1),
    (_candidate("fa-nurse-a2", "پرستار", "not_started", "A2", "50667"), 1),
    (_candidate("tr-elderly-carer", "yaşlı bakıcısı", "not_started", "B1", "51105"), 1),
    (_candidate("electrician", "elektryk", "not_required", "C1", "50667"), 0),
    (_candidate("cook", "aşçı", "not_required", "B2", "50667"), 0),
    (_candidate("warehouse", "Lagerhelfer", "not_required", "B1", "50667"), 0),
]
EXCLUDED = [
    _candidate("no-consent", "Altenpflegerin", "full", "C1", "50667", consent=False),
    _candidate("no-permit", "Altenpflegerin", "full", "C1", "50667", authorization="not_permitted"),
    _candidate("too-far", "Altenpflegerin", "full", "C1", "48143", commute=20),
    _candidate("inactive", "Altenpflegerin", "full", "C1", "50667", status="inactive"),
]
VACANCY = VacancyProfile(
    id=uuid5(NS, "vacancy"),
    employer_id=uuid5(NS, "employer"),
    status="open",
    title="Pflegefachkraft (m/w/d) Altenpflege",
    kldb_code="82102",
    latitude=_place("50667")[0],
    longitude=_place("50667")[1],
    municipality="Köln",
    radius_km=25,
    start_date=TODAY + timedelta(days=14),
    german_min="B2",
    languages=(),
    min_years_experience=2,
    recognition="auto",
    offers_language_course=True,
    offers_recognition_support=True,
)


def ndcg_at(k: int, ranked: list[UUID], grades: dict[UUID, int]) -> float:
    """Normalised discounted cumulative gain of the first k results."""

    def dcg(values: list[int]) -> float:
        return sum((2.0**g - 1) / math.log2(i + 2) for i, g in enumerate(values[:k]))

    ideal = dcg(sorted(grades.values(), reverse=True))
    return dcg([grades.get(candidate_id, 0) for candidate_id in ranked]) / ideal


@pytest.fixture(scope="module")
def index() -> CandidateIndex:
    index = CandidateIndex(CATALOGUE)
    index.upsert([candidate for candidate, _ in GRADED] + EXCLUDED)
    return index


def test_titles_resolved_as_graded() -> None:
    codes = {candidate.occupations[0].title: candidate.occupations[0].kldb_code for candidate, _ in GRADED}
    assert codes["Altenpflegerin"] == "82102"
    assert codes["медсестра"] == "81302"
    assert codes["ممرضة"] == "81302"


def test_ndcg_at_10_and_exclusions(index: CandidateIndex) -> None:
    ranked = [hit.candidate_id for hit in index.top_k(VACANCY, 10, today=TODAY)]
    grades = {candidate.id: grade for candidate, grade in GRADED}
    assert not {c.id for c in EXCLUDED} & set(ranked)
    score = ndcg_at(10, ranked, grades)
    print(f"\nnDCG@10 = {score:.3f}")
    assert score >= 0.9
    assert ranked[0] == GRADED[0][0].id


def test_strict_keeps_only_unblocked(index: CandidateIndex) -> None:
    ranked = {hit.candidate_id for hit in index.top_k(VACANCY, 10, today=TODAY, strict=True)}
    assert GRADED[0][0].id in ranked
    assert uuid5(NS, "partial-elderly-carer") not in ranked  # regulated, recognition only partial
    assert uuid5(NS, "fa-nurse-a2") not in ranked
