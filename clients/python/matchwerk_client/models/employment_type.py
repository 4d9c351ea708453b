from enum import StrEnum

class EmploymentType(StrEnum):
    APPRENTICESHIP = "apprenticeship"
    FULL_TIME = "full_time"
    INTERNSHIP = "internship"
    PART_TIME = "part_time"

    def __str__(self) -> str:
        return str(self.value)
