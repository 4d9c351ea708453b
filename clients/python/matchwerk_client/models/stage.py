from enum import StrEnum

class Stage(StrEnum):
    CLOSED = "closed"
    CONTACTED = "contacted"
    HIRED = "hired"
    INTERVIEW = "interview"
    OFFER = "offer"
    PROPOSED = "proposed"
    RELEASED = "released"
    REQUESTED = "requested"
    TRIAL_WORK = "trial_work"

    def __str__(self) -> str:
        return str(self.value)
