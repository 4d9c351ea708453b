"""Occupation API schemas: ranked matches for a query and an occupation's details."""

from pydantic import BaseModel


class OccupationMatch(BaseModel):
    """An occupation ranked for a query."""

    kldb_code: str
    isco08_code: str | None
    title_de: str
    regulated: bool
    score: float
    matched_label: str
    matched_lang: str


class RelatedOccupation(BaseModel):
    kldb_code: str
    title_de: str
    relation: str  # helper_level | same_group | related
    strength: float


class ParentGroup(BaseModel):
    kldb_code: str
    level: int
    title: str | None


class OccupationDetails(BaseModel):
    """An occupation with its titles, ISCO-08 code, recognition facts, groups and related occupations."""

    kldb_code: str
    isco08_code: str | None
    title_official: str
    title_de: str
    job_titles: dict[str, str | None]
    skill_level: str
    regulated: bool
    recognition_authority: str | None
    labels: dict[str, list[str]]
    parent_groups: list[ParentGroup]
    related: list[RelatedOccupation]
