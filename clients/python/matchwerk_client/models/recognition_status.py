from enum import StrEnum

class RecognitionStatus(StrEnum):
    APPLIED = "applied"
    FULL = "full"
    NOT_REQUIRED = "not_required"
    NOT_STARTED = "not_started"
    PARTIAL = "partial"
    REJECTED = "rejected"
    ZAB_EVALUATED = "zab_evaluated"

    def __str__(self) -> str:
        return str(self.value)
