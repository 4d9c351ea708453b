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
_OCCUPATIONS = """
SELECT o.candidate_id, o.title, o.kldb_code, o.years_experience, o.qualification_level, o.recognition_status,
       o.recognition_compensation_measure
FROM candidate_occupations o JOIN candidates c ON c.id = o.candidate_id
WHERE c.status = 'active' {where} ORDER BY o.candidate_id, o.position"""
_LANGUAGES = """
SELECT l.candidate_id, l.code, l.level FROM candidate_languages l JOIN candidates c ON c.id = l.candidate_id
WHERE c.status = 'active' {where} ORDER BY l.candidate_id, l.position"""
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


async def fetch_candidates(
    session: AsyncSession, ids: Sequence[UUID] | None = None
) -> tuple[list[Any], dict[UUID, list[Any]], dict[UUID, list[Any]]]:
    """Active candidates (all, or those of ``ids``) with their occupations and languages."""
    conn = await _raw(session)
    args: tuple[Any, ...] = ()
    if ids is None:
        where_c = where_j = ""
    else:
        where_c, where_j, args = "AND id = ANY($1::uuid[])", "AND c.id = ANY($1::uuid[])", (list(ids),)
    candidates = await conn.fetch(_CANDIDATES.format(where=where_c), *args)
    occupations: dict[UUID, list[Any]] = defaultdict(list)
    for row in await conn.fetch(_OCCUPATIONS.format(where=where_j), *args):
        occupations[row["candidate_id"]].append(row)
    languages: dict[UUID, list[Any]] = defaultdict(list)
    for row in await conn.fetch(_LANGUAGES.format(where=where_j), *args):
        languages[row["candidate_id"]].append(row)
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
