from enum import StrEnum

class ResidenceStatus(StrEnum):
    ASYLUM_SEEKER = "asylum_seeker"
    EU_CITIZEN = "eu_citizen"
    OTHER = "other"
    RESIDENCE_PERMIT = "residence_permit"
    SETTLEMENT_PERMIT = "settlement_permit"
    TEMPORARY_PROTECTION = "temporary_protection"
    TOLERATED = "tolerated"

    def __str__(self) -> str:
        return str(self.value)
