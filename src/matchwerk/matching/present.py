"""A scored pair as the API returns it: explanation, summaries and, for employers, pseudonymous ids."""

import hashlib
import hmac
from datetime import date
from uuid import UUID

from matchwerk.matching.catalogue import CATALOGUE
from matchwerk.matching.explain.explanation import explain_match
from matchwerk.matching.rules.profiles import CandidateProfile, VacancyProfile
from matchwerk.matching.rules.scoring import MatchScore
from matchwerk.matching.schemas import (
    BlockerCode,
    CandidateOccupationSummary,
    CandidateSummary,
    LanguageSummary,
    MatchComponent,
    MatchComponents,
    MatchFlag,
    MatchItem,
    SuggestionCode,
    VacancySummary,
)
from matchwerk.privacy.pseudonyms import employer_pseudonym


def employer_candidate_id(employer_id: UUID, candidate_id: UUID, secret: bytes) -> UUID:
    """A per-employer stand-in for a candidate id: stable for that employer, unlinkable across employers."""
    digest = hmac.new(
        secret, b"employer-candidate-id:v1:" + employer_id.bytes + candidate_id.bytes, hashlib.sha256
    ).digest()
    return UUID(bytes=digest[:16], version=4)


def candidate_summary(profile: CandidateProfile, pseudonym: str | None, lang: str) -> CandidateSummary:
    """The matching-relevant facts of a candidate, nothing that identifies them."""
    return CandidateSummary(
        pseudonym=pseudonym,
        occupations=[
            CandidateOccupationSummary(
                title=o.title,
                kldb_code=o.kldb_code,
                title_de=CATALOGUE.title(o.kldb_code, lang) if o.kldb_code else None,
                years_experience=o.years_experience,
                qualification_level=o.qualification_level,
                recognition_status=o.recognition_status,
            )
            for o in profile.occupations
        ],
        languages=[LanguageSummary(code=x.code, level=x.level) for x in profile.languages],
        municipality=profile.municipality,
        available_from=profile.available_from,
        willing_to_relocate=profile.willing_to_relocate,
    )


def vacancy_summary(profile: VacancyProfile, lang: str) -> VacancySummary:
    """The vacancy as shown beside a match."""
    return VacancySummary(
        id=profile.id,
        employer_id=profile.employer_id,
        title=profile.title,
        kldb_code=profile.kldb_code,
        title_de=CATALOGUE.title(profile.kldb_code, lang) if profile.kldb_code else None,
        municipality=profile.municipality,
        start_date=profile.start_date,
    )


def match_item(
    candidate: CandidateProfile,
    vacancy: VacancyProfile,
    result: MatchScore,
    *,
    day: date,
    lang: str,
    employer_secret: bytes | None,
) -> MatchItem:
    """One explained result; with ``employer_secret`` the candidate id and pseudonym are per employer."""
    explanation = explain_match(candidate, vacancy, result, CATALOGUE, today=day, lang=lang)
    candidate_id, pseudonym = candidate.id, None
    if employer_secret is not None:
        candidate_id = employer_candidate_id(vacancy.employer_id, candidate.id, employer_secret)
        pseudonym = employer_pseudonym(vacancy.employer_id, candidate.id, employer_secret)
    return MatchItem(
        candidate_id=candidate_id,
        vacancy_id=vacancy.id,
        score=round(explanation.score, 4),
        components=MatchComponents(
            **{
                name: MatchComponent(score=round(part.score, 4), weight=part.weight, reason=part.reason)
                for name, part in explanation.components.items()
            }
        ),
        blockers=list(explanation.blockers),
        blocker_codes=[BlockerCode(code) for code in explanation.blocker_codes],
        suggestions=list(explanation.suggestions),
        suggestion_codes=[SuggestionCode(code) for code in explanation.suggestion_codes],
        flags=[MatchFlag(flag) for flag in explanation.flags],
        flag_reasons=list(explanation.flag_reasons),
        candidate=candidate_summary(candidate, pseudonym, lang),
        vacancy=vacancy_summary(vacancy, lang),
    )
