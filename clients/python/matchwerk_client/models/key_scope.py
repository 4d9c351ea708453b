from enum import StrEnum

class KeyScope(StrEnum):
    HANDOVER = "handover"

    def __str__(self) -> str:
        return str(self.value)
