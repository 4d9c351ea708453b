from enum import StrEnum

class Certificate(StrEnum):
    DTZ = "dtz"
    GOETHE = "goethe"
    NONE = "none"
    OSD = "osd"
    OTHER = "other"
    TELC = "telc"
    TESTDAF = "testdaf"

    def __str__(self) -> str:
        return str(self.value)
