"""SQL for the matching indexes: profiles in bulk (raw asyncpg for speed) and the change log."""

from collections import defaultdict
from collections.abc import Sequence
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.matching.sync.rows import CANDIDATE_FIELDS, LANGUAGE_FIELDS, OCCUPATION_FIELDS, VACANCY_FIELDS

# Built from constant column-name tuples, never from input.
_CANDIDATES = f"SELECT {', '.join(CANDIDATE_FIELDS)} FROM candidates WHERE status = 'active' {{where}}"  # noqa: S608
# Child rows come unjoined and unsorted (grouped and ordered in Python): at a million candidates a join and a
# sort in PostgreSQL cost more than the whole transfer.
_OCCUPATIONS = f"SELECT {', '.join(OCCUPATION_FIELDS)} FROM candidate_occupations {{where}}"  # noqa: S608
_LANGUAGES = f"SELECT {', '.join(LANGUAGE_FIELDS)} FROM candidate_languages {{where}}"  # noqa: S608
_VACANCIES = f"SELECT {', '.join(VACANCY_FIELDS)} FROM vacancies WHERE status = 'open' {{where}}"  # noqa: S608


async def _raw(session: AsyncSession) -> Any:
    """The asyncpg connection under the session (bulk reads skip SQLAlchemy's row processing)."""
    connection = await session.connection()
    raw = await connection.get_raw_connection()
    return raw.driver_connection


def _group(rows: list[Any]) -> dict[UUID, list[Any]]:
    """Child rows by candidate id, in list position order."""
    grouped: dict[UUID, list[Any]] = defaultdict(list)
    for row in rows:
        grouped[row["candidate_id"]].append(row)
    for children in grouped.values():
        if len(children) > 1:
            children.sort(key=lambda child: child["position"])
    return grouped


async def fetch_candidates(
    session: AsyncSession, ids: Sequence[UUID] | None = None
) -> tuple[list[Any], dict[UUID, list[Any]], dict[UUID, list[Any]]]:
    """Active candidates (all, or those of ``ids``) with their occupations and languages."""
    conn = await _raw(session)
    args: tuple[Any, ...] = ()
    where_c = where_child = ""
    if ids is not None:
        where_c, where_child = "AND id = ANY($1::uuid[])", "WHERE candidate_id = ANY($1::uuid[])"
        args = (list(ids),)
    candidates = await conn.fetch(_CANDIDATES.format(where=where_c), *args)
    occupations = _group(await conn.fetch(_OCCUPATIONS.format(where=where_child), *args))
    languages = _group(await conn.fetch(_LANGUAGES.format(where=where_child), *args))
    return candidates, occupations, languages


def _id_bytes(fields: Sequence[str], query: str) -> str:
    """A query over ``fields`` with the id columns as their 16 bytes (``uuid_send``): the bulk load turns
    them into integer columns in one NumPy call instead of a UUID object per row."""
    columns = [f"uuid_send({name}) AS {name}" if name in ("id", "candidate_id") else name for name in fields]
    return query.replace(", ".join(fields), ", ".join(columns), 1)


_BULK_CANDIDATES = _id_bytes(CANDIDATE_FIELDS, _CANDIDATES.format(where=""))
_BULK_OCCUPATIONS = _id_bytes(OCCUPATION_FIELDS, _OCCUPATIONS.format(where=""))
_BULK_LANGUAGES = _id_bytes(LANGUAGE_FIELDS, _LANGUAGES.format(where=""))


_BULK_BY_ID = (
    _id_bytes(CANDIDATE_FIELDS, _CANDIDATES.format(where="AND id = ANY($1::uuid[])")),
    _id_bytes(OCCUPATION_FIELDS, _OCCUPATIONS.format(where="WHERE candidate_id = ANY($1::uuid[])")),
    _id_bytes(LANGUAGE_FIELDS, _LANGUAGES.format(where="WHERE candidate_id = ANY($1::uuid[])")),
)


async def fetch_all_candidate_rows(
    session: AsyncSession, ids: Sequence[UUID] | None = None
) -> tuple[list[Any], list[Any], list[Any]]:
    """Every active candidate (or those of ``ids``), their occupation and language rows, ungrouped, with the
    candidate ids as 16 bytes (``sync.bulk`` reads them)."""
    conn = await _raw(session)
    args: tuple[Any, ...] = ()
    if ids is None:
        queries = (_BULK_CANDIDATES, _BULK_OCCUPATIONS, _BULK_LANGUAGES)
    else:
        queries, args = _BULK_BY_ID, (list(ids),)
    candidates, occupations, languages = [await conn.fetch(query, *args) for query in queries]
    return candidates, occupations, languages


async def fetch_vacancies(session: AsyncSession, ids: Sequence[UUID] | None = None) -> list[Any]:
    """Open vacancies (all, or those of ``ids``)."""
    conn = await _raw(session)
    if ids is None:
        return list(await conn.fetch(_VACANCIES.format(where="")))
    return list(await conn.fetch(_VACANCIES.format(where="AND id = ANY($1::uuid[])"), list(ids)))


async def snapshot_xmin(session: AsyncSession) -> int:
    """The oldest transaction still running as seen by this transaction's snapshot."""
    conn = await _raw(session)
    return int(await conn.fetchval("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint"))


async def changes_since(session: AsyncSession, xmin: int) -> list[Any]:
    """Change-log rows of every transaction that was not finished at the snapshot with ``xmin``."""
    conn = await _raw(session)
    return list(
        await conn.fetch(
            "SELECT change_no, entity, entity_id, deleted FROM entity_changes "
            "WHERE xact_id >= $1 ORDER BY change_no",
            xmin,
        )
    )


async def open_positions(
    session: AsyncSession, kldb_prefix: str | None, municipality: str | None, employer_id: UUID | None
) -> list[tuple[UUID, int]]:
    """(id, open positions = positions − hires) of the open vacancies that meet every given condition."""
    conn = await _raw(session)
    rows = await conn.fetch(
        "SELECT id, positions - (SELECT count(*) FROM placements p WHERE p.vacancy_id = vacancies.id "
        "AND p.stage = 'hired') AS positions FROM vacancies WHERE status = 'open' "
        "AND ($1::text IS NULL OR starts_with(kldb_code, $1)) "
        "AND ($2::text IS NULL OR lower(municipality) = lower($2)) "
        "AND ($3::uuid IS NULL OR employer_id = $3) ORDER BY id",
        kldb_prefix,
        municipality,
        employer_id,
    )
    return [(row["id"], int(row["positions"])) for row in rows]
