"""HTTP routes for occupations: autocomplete/resolution and details."""

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from matchwerk.auth.dependencies import require
from matchwerk.auth.models import Principal, Role
from matchwerk.db import SessionDep
from matchwerk.errors import ValidationFailed, problems
from matchwerk.occupations import service
from matchwerk.occupations.catalogue import LANGUAGES
from matchwerk.occupations.normalise import has_letters, normalise
from matchwerk.occupations.schemas import OccupationDetails, OccupationMatch, ParentGroup, RelatedOccupation

router = APIRouter(prefix="/api/v1/occupations", tags=["occupations"])

Caller = Annotated[Principal, Depends(require(*Role))]


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
        related=[
            RelatedOccupation(
                kldb_code=r.kldb_code,
                title_de=catalogue.title(r.kldb_code),
                relation=r.relation,
                strength=r.strength,
            )
            for r in catalogue.relations(kldb_code)
        ],
    )
