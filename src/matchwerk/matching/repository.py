"""SQL for the matching indexes: profiles in bulk (raw asyncpg for speed) and the change log."""

from collections import defaultdict
from collections.abc import Sequence
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

_CANDIDATES = """
SELECT id, status, consent_matching, consent_share_with_employers, work_authorization, postal_code,
       municipality, max_commute_km, willing_to_relocate, available_from
FROM candidates WHERE status = 'active' {where}"""
# Child rows come unjoined and unsorted (grouped and ordered in Python): at a million candidates a join and a
# sort in PostgreSQL cost more than the whole transfer. Column order is what rows.py reads by position.
_OCCUPATIONS = """
SELECT candidate_id, position, title, kldb_code, years_experience, qualification_level, recognition_status,
       recognition_compensation_measure
FROM candidate_occupations {where}"""
_LANGUAGES = "SELECT candidate_id, position, code, level FROM candidate_languages {where}"
_VACANCIES = """
SELECT id, employer_id, status, title, kldb_code, postal_code, municipality, radius_km, start_date,
       german_min, required_languages, min_years_experience, recognition_requirement, offers_language_course,
       offers_recognition_support
FROM vacancies WHERE status = 'open' {where}"""


async def _raw(session: AsyncSession) -> Any:
    """The asyncpg connection under the session (bulk reads skip SQLAlchemy's row processing)."""
    connection = await session.connection()
    raw = await connection.get_raw_connection()
    return raw.driver_connection


def _group(rows: list[Any]) -> dict[UUID, list[Any]]:
    """Child rows by candidate id, in list position order."""
    grouped: dict[UUID, list[Any]] = defaultdict(list)
    for row in rows:
        grouped[row[0]].append(row)
    for children in grouped.values():
        if len(children) > 1:
            children.sort(key=lambda child: child[1])
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
