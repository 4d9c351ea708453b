from enum import StrEnum

class VacancyStatus(StrEnum):
    CLOSED = "closed"
    FILLED = "filled"
    OPEN = "open"
    PAUSED = "paused"

    def __str__(self) -> str:
        return str(self.value)
