from enum import StrEnum

class CandidateChartStatusType0(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    PLACED = "placed"

    def __str__(self) -> str:
        return str(self.value)
