from enum import StrEnum

class EventType(StrEnum):
    CANDIDATE_CONSENT_WITHDRAWN = "candidate.consent_withdrawn"
    PLACEMENT_CLOSED = "placement.closed"
    PLACEMENT_RELEASED = "placement.released"
    PLACEMENT_REQUESTED = "placement.requested"
    PLACEMENT_STAGE_CHANGED = "placement.stage_changed"
    VACANCY_FILLED = "vacancy.filled"

    def __str__(self) -> str:
        return str(self.value)
