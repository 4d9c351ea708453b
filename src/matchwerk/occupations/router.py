"""HTTP routes for occupations: autocomplete/resolution and details."""

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query
from pydantic import BaseModel

from matchwerk.auth.dependencies import require
from matchwerk.auth.models import Principal, Role
from matchwerk.db import SessionDep
from matchwerk.errors import ValidationFailed, problems
from matchwerk.occupations import service
from matchwerk.occupations.catalogue import LANGUAGES
from matchwerk.occupations.normalise import has_letters, normalise

router = APIRouter(prefix="/api/v1/occupations", tags=["occupations"])

Caller = Annotated[Principal, Depends(require(*Role))]


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


@router.get(
    "",
    summary="Find occupations by a title in any language (autocomplete and resolution)",
    responses=problems(401, 403, 422),
)
async def search_occupations(
    session: SessionDep,
    principal: Caller,
    q: Annotated[str, Query(min_length=1, max_length=10_000, description="A job title in any language")],
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> list[OccupationMatch]:
    if not normalise(q[:1000]) or not has_letters(q):
        raise ValidationFailed(
            "The query has no letters to search for.",
            errors=[{"loc": ["query", "q"], "msg": "no letters", "type": "value_error"}],
        )
    await service.refresh_if_changed(session)
    catalogue = service.catalogue()
    out = []
    for hit in service.search(q, limit):
        occupation = catalogue.get(hit.kldb_code)
        assert occupation is not None
        out.append(
            OccupationMatch(
                kldb_code=hit.kldb_code,
                isco08_code=occupation.isco08_code,
                title_de=occupation.title_de,
                regulated=occupation.regulated,
                score=hit.score,
                matched_label=hit.matched_label,
                matched_lang=hit.matched_lang,
            )
        )
    return out


@router.get(
    "/{kldb_code}",
    summary="Get an occupation with its groups and related occupations",
    responses=problems(401, 403, 404, 422),
)
async def get_occupation(
    session: SessionDep, principal: Caller, kldb_code: Annotated[str, Path(pattern=r"^[0-9]{5}$")]
) -> OccupationDetails:
    await service.refresh_if_changed(session)
    occupation, catalogue = service.details(kldb_code)
    related: list[RelatedOccupation] = []
    helper = catalogue.helper_code(kldb_code)
    if helper:
        related.append(
            RelatedOccupation(
                kldb_code=helper, title_de=catalogue.title(helper), relation="helper_level", strength=0.6
            )
        )
    for code in sorted(
        c for c in catalogue.occupations if c[:4] == kldb_code[:4] and c not in (kldb_code, helper)
    ):
        related.append(
            RelatedOccupation(
                kldb_code=code, title_de=catalogue.title(code), relation="same_group", strength=0.85
            )
        )
    for code, strength in sorted(catalogue.related(kldb_code).items(), key=lambda item: (-item[1], item[0])):
        related.append(
            RelatedOccupation(
                kldb_code=code, title_de=catalogue.title(code), relation="related", strength=strength
            )
        )
    return OccupationDetails(
        kldb_code=kldb_code,
        isco08_code=occupation.isco08_code,
        title_official=occupation.title,
        title_de=occupation.title_de,
        job_titles={"m": occupation.job_title_m, "f": occupation.job_title_f, "n": occupation.job_title_n},
        skill_level=occupation.skill_level,
        regulated=occupation.regulated,
        recognition_authority=occupation.authority,
        labels={lang: list(occupation.labels[lang]) for lang in LANGUAGES if occupation.labels.get(lang)},
        parent_groups=[
            ParentGroup(kldb_code=kldb_code[:n], level=n, title=catalogue.groups.get(kldb_code[:n]))
            for n in (1, 2, 3, 4)
        ],
        related=related,
    )
