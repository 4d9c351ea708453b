"""The domain vocabulary of matching, written once: levels, statuses, weights, rule constants, eligibility.

Enumerations come from the API contract's enums (``common``, ``candidates.models``, ``vacancies.models``);
everything in the matching core that needs a list, a rank or a table derives it from here.
"""

from __future__ import annotations

from collections.abc import Mapping

from matchwerk.candidates.models import (
    CandidateStatus,
    QualificationLevel,
    RecognitionStatus,
    WorkAuthorization,
)
from matchwerk.common import CEFR_ORDER
from matchwerk.matching.rules.profiles import CandidateProfile
from matchwerk.matching.rules.weights import DEFAULT_MIN_OCCUPATION, DEFAULT_WEIGHTS, Weights
from matchwerk.vacancies.models import RecognitionRequirement, VacancyStatus

# CEFR ranks 1..7 (native highest); no knowledge of a language ranks 0, so a missing language is "below A1".
CEFR_LEVELS: tuple[str, ...] = tuple(str(level) for level in CEFR_ORDER)
CEFR_RANK: Mapping[str, int] = {level: rank for rank, level in enumerate(CEFR_LEVELS, start=1)}
NATIVE_RANK = CEFR_RANK["native"]
JOB_BSK_FROM_RANK = CEFR_RANK["A2"]

QUALIFICATION_LEVELS: tuple[str, ...] = tuple(str(level) for level in QualificationLevel)
ACADEMIC_QUALIFICATIONS = ("bachelor", "master", "doctorate")
FORMAL_QUALIFICATIONS = ("vocational", *ACADEMIC_QUALIFICATIONS)
RECOGNITION_STATUSES: tuple[str, ...] = tuple(str(status) for status in RecognitionStatus)
WORK_AUTHORIZATIONS: tuple[str, ...] = tuple(str(value) for value in WorkAuthorization)
ELIGIBLE_AUTHORIZATIONS = ("permitted", "permitted_with_approval")
CANDIDATE_STATUSES: tuple[str, ...] = tuple(str(status) for status in CandidateStatus)
VACANCY_STATUSES: tuple[str, ...] = tuple(str(status) for status in VacancyStatus)
RECOGNITION_REQUIREMENTS: tuple[str, ...] = tuple(str(value) for value in RecognitionRequirement)

__all__ = ["DEFAULT_MIN_OCCUPATION", "DEFAULT_WEIGHTS", "Weights"]  # re-exported: the vocabulary's home

COMPONENTS = ("occupation", "language", "recognition", "experience", "availability", "location")


# The KldB hierarchy: occupation component by the kind of relation between two resolved 5-digit codes.
KLDB_LEVEL_SCORES: Mapping[str, float] = {
    "same_occupation": 1.0,
    "same_group_at_or_above": 0.85,
    "same_group_below": 0.6,
    "same_3_digit": 0.6,
    "same_2_digit": 0.35,
    "unrelated": 0.0,
}
# How many leading digits two codes share for each kind (a 5-digit code: area 2, group 3, subgroup 4).
KLDB_SHARED_DIGITS: Mapping[str, int] = {
    "same_occupation": 5,
    "same_group_at_or_above": 4,
    "same_group_below": 4,
    "same_3_digit": 3,
    "same_2_digit": 2,
}
TITLE_SIMILARITY_FACTOR = 0.5

REGULATED_RECOGNITION: Mapping[str, float] = {
    "full": 1.0,
    "partial": 0.6,
    "applied": 0.4,
    "not_started": 0.15,
    "rejected": 0.0,
}
NON_REGULATED_RECOGNITION: Mapping[str, float] = {
    "full": 1.0,
    "zab_evaluated": 1.0,
    "not_required": 1.0,
    "partial": 0.9,
}
NON_REGULATED_OTHERWISE = 0.8
RECOGNITION_SUPPORT_BONUS = 0.15

EXPERIENCE_SATURATION_YEARS = 5.0
AVAILABILITY_GRACE_DAYS = 30
AVAILABILITY_HORIZON_DAYS = 180

BLOCKER_RECOGNITION = "recognition_missing"
BLOCKER_GERMAN = "german_gap"
BLOCKER_WORK_APPROVAL = "work_approval"
GERMAN_BLOCKER_GAP = 2


def candidate_eligible(candidate: CandidateProfile, *, for_employer: bool) -> bool:
    """MATCHING.md §1 for the candidate alone: active, consenting and allowed to work."""
    if candidate.status != "active" or not candidate.consent_matching:
        return False
    if for_employer and not candidate.consent_share_with_employers:
        return False
    return candidate.work_authorization in ELIGIBLE_AUTHORIZATIONS


def cefr_rank(level: str | None) -> int:
    """The CEFR rank of a level, 0 for None or an unknown level."""
    return 0 if level is None else CEFR_RANK.get(level, 0)
