from enum import StrEnum

class QualificationLevel(StrEnum):
    BACHELOR = "bachelor"
    DOCTORATE = "doctorate"
    MASTER = "master"
    NONE = "none"
    ON_THE_JOB = "on_the_job"
    VOCATIONAL = "vocational"

    def __str__(self) -> str:
        return str(self.value)
