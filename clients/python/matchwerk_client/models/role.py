from enum import StrEnum

class Role(StrEnum):
    ADMIN = "admin"
    ADVISOR = "advisor"
    EMPLOYER = "employer"
    INTAKE = "intake"
    PARTNER = "partner"

    def __str__(self) -> str:
        return str(self.value)
