from enum import StrEnum

class WorkAuthorization(StrEnum):
    NOT_PERMITTED = "not_permitted"
    PERMITTED = "permitted"
    PERMITTED_WITH_APPROVAL = "permitted_with_approval"

    def __str__(self) -> str:
        return str(self.value)
