from enum import StrEnum

class RecognitionRequirement(StrEnum):
    AUTO = "auto"
    NOT_REQUIRED = "not_required"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
