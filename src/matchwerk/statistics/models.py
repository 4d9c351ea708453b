"""Statistics: grouping dimensions, query parameters and the response shape (anonymous counts only)."""

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from pydantic import BaseModel, Field

from matchwerk.geo.regions import RegionLevel


class CandidateDimension(StrEnum):
    REGION = "region"
    OCCUPATION_AREA = "occupation_area"
    GERMAN_LEVEL = "german_level"
    RECOGNITION_STATUS = "recognition_status"
    RESIDENCE_STATUS = "residence_status"
    RECEPTION_CENTRE = "reception_centre"
    MONTH = "month"


class PlacementDimension(StrEnum):
    MONTH = "month"
    REGION = "region"
    OCCUPATION_AREA = "occupation_area"
    STAGE = "stage"


class SupplyDemandDimension(StrEnum):
    REGION = "region"
    OCCUPATION_AREA = "occupation_area"


OTHER = "other"
"""Key of the reception centres with fewer than 5 persons in a table (free text never leaks into a key)."""
UNKNOWN = "unknown"
"""Key of people or vacancies whose region, occupation or level is not known."""


@dataclass(frozen=True)
class StatisticsQuery:
    """What to count and how to group it (parsed from the query string)."""

    group_by: tuple[str, ...]
    region_level: RegionLevel = RegionLevel.DISTRICT
    occupation_level: int = 2
    date_from: date | None = None
    date_to: date | None = None
    region: str | None = None
    occupation_area: str | None = None
    german_min: str | None = None
    reception_centre: str | None = None
    status: str | None = None
    lang: str = "en"
    extra: dict[str, str] = field(default_factory=dict)


class Cell(BaseModel):
    """One group: its key (and readable names of the key's codes) and its count, unless suppressed."""

    key: dict[str, str]
    labels: dict[str, str] = Field(
        default_factory=dict, description="Names of the key's codes (region, occupation area), if known."
    )
    count: int | None = Field(description="Persons in the group; null when suppressed.")
    suppressed: bool = Field(
        default=False, description="True: 1-4 persons, or hidden so that such a cell cannot be worked out."
    )
    values: dict[str, float | int | None] = Field(
        default_factory=dict,
        description="Further figures of the group (supply/demand, placements); null when suppressed.",
    )


class StatisticsResponse(BaseModel):
    """Anonymous counts per group. Small numbers are never published (see docs/statistics.md)."""

    group_by: list[str]
    region_level: RegionLevel
    occupation_level: int
    cells: list[Cell]
    total: int | None = Field(description="All persons counted; null when it has to be suppressed too.")
    total_suppressed: bool = False
    suppressed_cells: int = Field(description="How many cells are suppressed.")
    measure: str = Field(description="What ``count`` counts.")
    value_names: list[str] = Field(
        default_factory=list, description="The figures each cell's ``values`` has."
    )
