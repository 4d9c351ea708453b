from enum import StrEnum

class RegionLevel(StrEnum):
    COUNTY = "county"
    DISTRICT = "district"

    def __str__(self) -> str:
        return str(self.value)
