from enum import StrEnum

class PlacementChartStatusType0(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    PLACED = "placed"

    def __str__(self) -> str:
        return str(self.value)
