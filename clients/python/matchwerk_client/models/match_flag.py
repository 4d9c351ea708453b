from enum import StrEnum

class MatchFlag(StrEnum):
    BELOW_QUALIFICATION = "below_qualification"
    NEEDS_WORK_APPROVAL = "needs_work_approval"

    def __str__(self) -> str:
        return str(self.value)
