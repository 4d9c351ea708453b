from enum import StrEnum

class ClosedReason(StrEnum):
    CANDIDATE_DECLINED = "candidate_declined"
    CANDIDATE_UNREACHABLE = "candidate_unreachable"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    DUPLICATE = "duplicate"
    EMPLOYER_DECLINED = "employer_declined"
    LANGUAGE = "language"
    NOT_SUITABLE = "not_suitable"
    NO_WORK_PERMIT = "no_work_permit"
    OTHER = "other"
    RECOGNITION = "recognition"
    VACANCY_CLOSED = "vacancy_closed"
    VACANCY_FILLED = "vacancy_filled"

    def __str__(self) -> str:
        return str(self.value)
