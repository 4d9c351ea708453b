from enum import StrEnum

class ErasedPersonReason(StrEnum):
    CONSENT_WITHDRAWN = "consent_withdrawn"
    ERASED = "erased"

    def __str__(self) -> str:
        return str(self.value)
