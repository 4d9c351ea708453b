"""HTTP routes for bulk import: NDJSON and CSV for both, schema.org JobPosting JSON-LD for vacancies."""

from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Depends, Request
from fastapi.responses import PlainTextResponse

from matchwerk.auth.dependencies import require
from matchwerk.auth.models import Principal, Role
from matchwerk.db import SessionDep
from matchwerk.errors import PayloadTooLarge, ValidationFailed, problems
from matchwerk.imports import candidate_csv, formats, vacancy_formats
from matchwerk.imports import candidates as candidate_import
from matchwerk.imports import vacancies as vacancy_import
from matchwerk.imports.formats import CSV, JSON_LD, NDJSON, Row
from matchwerk.imports.models import ImportResult

router = APIRouter(prefix="/api/v1", tags=["import"])

CandidateImporter = Annotated[Principal, Depends(require(Role.ADMIN, Role.ADVISOR, Role.INTAKE))]
VacancyImporter = Annotated[Principal, Depends(require(Role.ADMIN, Role.ADVISOR, Role.EMPLOYER))]
_TEXT = {"schema": {"type": "string"}}
_BYTES = {"schema": {"type": "string", "format": "binary"}}
_PROBLEMS = problems(401, 403, 413, 415, 422)


def _body_doc(*media_types: str) -> dict[str, Any]:
    # NDJSON last: generated clients that send raw bytes use the last media type listed
    return {"requestBody": {"required": True, "content": dict.fromkeys(media_types, _BYTES)}}


async def _text(request: Request) -> str:
    limit: int = request.app.state.settings.import_max_bytes
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > limit:
            raise PayloadTooLarge(f"The import exceeds {limit} bytes; split it into smaller files.")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationFailed(
            "The import is not UTF-8 text.",
            errors=[{"loc": ["body"], "msg": "not UTF-8", "type": "body_unreadable"}],
        ) from exc


@router.post(
    "/candidates/import",
    summary="Import candidates (NDJSON or CSV), upserted by reference",
    responses=_PROBLEMS,
    openapi_extra=_body_doc(CSV, NDJSON),
)
async def import_candidates(
    request: Request, session: SessionDep, principal: CandidateImporter
) -> ImportResult:
    kind = formats.media_type(request.headers.get("content-type"), (NDJSON, CSV))
    text = await _text(request)
    max_rows: int = request.app.state.settings.import_max_rows
    rows = list(
        formats.ndjson_rows(text, max_rows)
        if kind == NDJSON
        else formats.csv_rows(text, max_rows, candidate_csv.to_object)
    )
    return await candidate_import.run(session, principal, rows)


@router.post(
    "/vacancies/import",
    summary="Import vacancies (NDJSON, CSV or schema.org JobPosting JSON-LD), upserted by external_id",
    responses=_PROBLEMS,
    openapi_extra=_body_doc(CSV, JSON_LD, NDJSON),
)
async def import_vacancies(
    request: Request, session: SessionDep, principal: VacancyImporter, employer_id: UUID | None = None
) -> ImportResult:
    kind = formats.media_type(request.headers.get("content-type"), (NDJSON, CSV, JSON_LD))
    text = await _text(request)
    max_rows: int = request.app.state.settings.import_max_rows
    rows: list[Row]
    if kind == NDJSON:
        rows = list(formats.ndjson_rows(text, max_rows))
    elif kind == CSV:
        rows = list(formats.csv_rows(text, max_rows, vacancy_formats.csv_object))
    else:
        objects = formats.json_ld_objects(text, max_rows)
        rows = [vacancy_formats.job_posting_row(n, o) for n, o in enumerate(objects, start=1)]
    return await vacancy_import.run(session, principal, rows, employer_id=employer_id)


_CSV_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {"content": {CSV: _TEXT}, "description": "Header line and one example row"}
}


@router.get(
    "/candidates/import/template",
    summary="CSV template for the candidate import",
    response_class=PlainTextResponse,
    responses={**_CSV_RESPONSE, **problems(401, 403)},
)
async def get_candidate_import_template(principal: CandidateImporter) -> PlainTextResponse:
    return _csv(candidate_csv.template(), "candidates-import-template.csv")


@router.get(
    "/vacancies/import/template",
    summary="CSV template for the vacancy import",
    response_class=PlainTextResponse,
    responses={**_CSV_RESPONSE, **problems(401, 403)},
)
async def get_vacancy_import_template(principal: VacancyImporter) -> PlainTextResponse:
    return _csv(vacancy_formats.template(), "vacancies-import-template.csv")


def _csv(text: str, filename: str) -> PlainTextResponse:
    return PlainTextResponse(
        text,
        media_type=CSV,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
