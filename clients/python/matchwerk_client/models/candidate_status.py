from enum import StrEnum

class CandidateStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    PLACED = "placed"

    def __str__(self) -> str:
        return str(self.value)
