"""SQL of the statistics: counts grouped by what the groupings need (never ids, names or free text out)."""

from collections.abc import Sequence
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

# What each grouping needs from the candidate's rows. Only the requested ones are selected and grouped by:
# grouped by everything, 100,000 people make ~100,000 groups (postal code x month x code x ...), grouped by
# what is asked, a few thousand at most.
_COLUMNS = {
    "place": ("c.postal_code", "c.municipality"),
    "occupation_area": ("substr(o.kldb_code, 1, :occupation_level) AS kldb_code",),
    "recognition_status": ("o.recognition_status",),
    "german_level": ("l.level AS german_level",),
    "residence_status": ("c.residence_status",),
    "reception_centre": ("c.reception_centre",),
    "month": ("to_char(c.created_at AT TIME ZONE 'Europe/Berlin', 'YYYY-MM') AS month",),
}
# The person's main occupation: the first listed occupation with a KldB code, else the first listed.
_MAIN_OCCUPATION = """
LEFT JOIN (
    SELECT DISTINCT ON (candidate_id) candidate_id, kldb_code, recognition_status
    FROM candidate_occupations ORDER BY candidate_id, (kldb_code IS NULL), position
) o ON o.candidate_id = c.id"""
_GERMAN = "\nLEFT JOIN candidate_languages l ON l.candidate_id = c.id AND l.code = 'de'"
_CANDIDATE_WHERE = """
WHERE (CAST(:date_from AS date) IS NULL OR c.created_at >= CAST(:date_from AS date))
  AND (CAST(:date_to AS date) IS NULL OR c.created_at < CAST(:date_to AS date) + 1)
  AND (CAST(:status AS text) IS NULL OR c.status = :status)
  AND (CAST(:reception_centre AS text) IS NULL OR c.reception_centre = :reception_centre)"""


async def candidate_counts(
    session: AsyncSession,
    *,
    needs: Sequence[str],
    occupation_level: int,
    date_from: date | None,
    date_to: date | None,
    status: str | None,
    reception_centre: str | None,
    area: str | None,
    german_levels: Sequence[str] | None,
) -> Sequence[Any]:
    """Persons per combination of what ``needs`` names (keys of ``_COLUMNS``: the place, the main
    occupation's area at ``occupation_level`` digits, its recognition status, the German level, ...)."""
    columns = [column for need in needs for column in _COLUMNS[need]]
    with_occupation = area is not None or {"occupation_area", "recognition_status"} & set(needs)
    with_german = german_levels is not None or "german_level" in needs
    sql = f"SELECT {', '.join([*columns, 'count(*) AS persons'])}\nFROM candidates c"
    sql += _MAIN_OCCUPATION if with_occupation else ""
    sql += _GERMAN if with_german else ""
    sql += _CANDIDATE_WHERE
    parameters: dict[str, Any] = {
        "date_from": date_from,
        "date_to": date_to,
        "status": status,
        "reception_centre": reception_centre,
    }
    if "occupation_area" in needs:
        parameters["occupation_level"] = occupation_level
    if area is not None:
        sql += "\n  AND o.kldb_code LIKE :area || '%'"
        parameters["area"] = area
    if german_levels is not None:
        sql += "\n  AND l.level = ANY(CAST(:levels AS text[]))"
        parameters["levels"] = list(german_levels)
    if columns:
        sql += f"\nGROUP BY {', '.join(str(number) for number in range(1, len(columns) + 1))}"
    return (await session.execute(sa.text(sql), parameters)).all()


_CANDIDATE_FILTER = """
SELECT c.postal_code, c.municipality, array_agg(c.id) AS ids
FROM candidates c
LEFT JOIN candidate_languages l ON l.candidate_id = c.id AND l.code = 'de'
WHERE c.status = 'active' AND c.consent_matching
  AND (CAST(:date_from AS date) IS NULL OR c.created_at >= CAST(:date_from AS date))
  AND (CAST(:date_to AS date) IS NULL OR c.created_at < CAST(:date_to AS date) + 1)
  AND (CAST(:reception_centre AS text) IS NULL OR c.reception_centre = :reception_centre)
  AND (CAST(:levels AS text[]) IS NULL OR l.level = ANY(CAST(:levels AS text[])))
GROUP BY c.postal_code, c.municipality
"""


async def active_candidates_by_place(
    session: AsyncSession,
    *,
    date_from: date | None,
    date_to: date | None,
    reception_centre: str | None,
    german_levels: Sequence[str] | None,
) -> Sequence[Any]:
    """The ids of the active candidates who consented to matching, per place (postal code, municipality):
    one query, and a few thousand rows instead of one per person."""
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
