from enum import StrEnum

class SuggestionCode(StrEnum):
    COMPENSATION_MEASURE = "compensation_measure"
    HELPER_ENTRY = "helper_entry"
    JOB_BSK = "job_bsk"
    RECOGNITION_COUNSELLING = "recognition_counselling"

    def __str__(self) -> str:
        return str(self.value)
