"""SQL of the statistics: counts grouped by what the groupings need (never ids, names or free text out)."""

from collections.abc import Sequence
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

# The person's main occupation: the first listed occupation with a KldB code, else the first listed.
_CANDIDATES = """
SELECT c.postal_code, c.municipality, c.reception_centre, c.residence_status,
       to_char(c.created_at AT TIME ZONE 'Europe/Berlin', 'YYYY-MM') AS month,
       o.kldb_code, o.recognition_status, l.level AS german_level, count(*) AS persons
FROM candidates c
LEFT JOIN LATERAL (
    SELECT kldb_code, recognition_status FROM candidate_occupations o
    WHERE o.candidate_id = c.id ORDER BY (o.kldb_code IS NULL), o.position LIMIT 1
) o ON true
LEFT JOIN candidate_languages l ON l.candidate_id = c.id AND l.code = 'de'
WHERE (CAST(:date_from AS date) IS NULL OR c.created_at >= CAST(:date_from AS date))
  AND (CAST(:date_to AS date) IS NULL OR c.created_at < CAST(:date_to AS date) + 1)
  AND (CAST(:status AS text) IS NULL OR c.status = :status)
  AND (CAST(:reception_centre AS text) IS NULL OR c.reception_centre = :reception_centre)
  AND (CAST(:area AS text) IS NULL OR o.kldb_code LIKE :area || '%')
  AND (CAST(:levels AS text[]) IS NULL OR l.level = ANY(CAST(:levels AS text[])))
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
"""


async def candidate_counts(
    session: AsyncSession,
    *,
    date_from: date | None,
    date_to: date | None,
    status: str | None,
    reception_centre: str | None,
    area: str | None,
    german_levels: Sequence[str] | None,
) -> Sequence[Any]:
    """Persons per location, reception centre, residence status, month, main occupation and German level."""
    result = await session.execute(
        sa.text(_CANDIDATES),
        {
            "date_from": date_from,
            "date_to": date_to,
            "status": status,
            "reception_centre": reception_centre,
            "area": area,
            "levels": list(german_levels) if german_levels is not None else None,
        },
    )
    return result.all()


_CANDIDATE_FILTER = """
SELECT c.id, c.postal_code, c.municipality
FROM candidates c
LEFT JOIN candidate_languages l ON l.candidate_id = c.id AND l.code = 'de'
WHERE c.status = 'active' AND c.consent_matching
  AND (CAST(:date_from AS date) IS NULL OR c.created_at >= CAST(:date_from AS date))
  AND (CAST(:date_to AS date) IS NULL OR c.created_at < CAST(:date_to AS date) + 1)
  AND (CAST(:reception_centre AS text) IS NULL OR c.reception_centre = :reception_centre)
  AND (CAST(:levels AS text[]) IS NULL OR l.level = ANY(CAST(:levels AS text[])))
"""


async def active_candidate_places(
    session: AsyncSession,
    *,
    date_from: date | None,
    date_to: date | None,
    reception_centre: str | None,
    german_levels: Sequence[str] | None,
) -> Sequence[Any]:
    """Active candidates who consented to matching, with their location (one query for all of them)."""
    result = await session.execute(
        sa.text(_CANDIDATE_FILTER),
        {
            "date_from": date_from,
            "date_to": date_to,
            "reception_centre": reception_centre,
            "levels": list(german_levels) if german_levels is not None else None,
        },
    )
    return result.all()


_OPEN_VACANCIES = """
SELECT v.id, v.kldb_code, v.postal_code, v.municipality,
       GREATEST(v.positions - v.positions_filled, 0) AS open_positions
FROM vacancies v
WHERE v.status = 'open'
"""


async def open_vacancies(session: AsyncSession) -> Sequence[Any]:
    """Open vacancies with their occupation, location and open positions."""
    return (await session.execute(sa.text(_OPEN_VACANCIES))).all()


_PLACEMENT_STEPS = """
SELECT h.stage, p.id AS placement_id,
       to_char(h.at AT TIME ZONE 'Europe/Berlin', 'YYYY-MM') AS month,
       v.postal_code, v.municipality, v.kldb_code,
       'below_qualification' = ANY(p.flags_at_proposal) AS below_qualification,
       CASE WHEN h.stage = 'hired' AND c.created_at IS NOT NULL
            THEN EXTRACT(EPOCH FROM h.at - c.created_at) / 86400.0 END AS days_to_hire
FROM placement_history h
JOIN placements p ON p.id = h.placement_id
JOIN vacancies v ON v.id = p.vacancy_id
LEFT JOIN candidates c ON c.id = p.candidate_id
WHERE h.stage IN ('proposed', 'released', 'interview', 'hired')
  AND (CAST(:date_from AS date) IS NULL OR h.at >= CAST(:date_from AS date))
  AND (CAST(:date_to AS date) IS NULL OR h.at < CAST(:date_to AS date) + 1)
  AND (CAST(:area AS text) IS NULL OR v.kldb_code LIKE :area || '%')
"""


async def placement_steps(
    session: AsyncSession, *, date_from: date | None, date_to: date | None, area: str | None
) -> Sequence[Any]:
    """Each step of a placement into proposed, released, interview or hired, with the vacancy's place and
    occupation (no ids leave the statistics). Empty while the placement workflow's tables do not exist."""
    exists = await session.execute(sa.text("SELECT to_regclass('placement_history') IS NOT NULL"))
    if not exists.scalar_one():
        return []
    result = await session.execute(
        sa.text(_PLACEMENT_STEPS), {"date_from": date_from, "date_to": date_to, "area": area}
    )
    return result.all()
