from enum import StrEnum

class BlockerCode(StrEnum):
    GERMAN_GAP = "german_gap"
    RECOGNITION_MISSING = "recognition_missing"
    WORK_APPROVAL = "work_approval"

    def __str__(self) -> str:
        return str(self.value)
