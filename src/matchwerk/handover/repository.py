"""SQL for the hand-over: the settled change horizon, consented profiles after a change number, erasures."""

from typing import Any
from uuid import UUID

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession


async def horizon(session: AsyncSession, since: int) -> int:
    """The highest change number of transactions finished before this snapshot began (never below ``since``).

    Changes of transactions still running may carry lower numbers than ones already committed; stopping at
    the settled horizon keeps ``next_since`` from jumping over them. The reader's own writes count as settled.
    """
    found = await session.execute(
        sa.text(
            "SELECT max(change_no) FROM entity_changes "
            "WHERE entity = 'candidate' AND (xact_id < pg_snapshot_xmin(pg_current_snapshot())::text::bigint "
            "  OR xact_id = pg_current_xact_id_if_assigned()::text::bigint)"
        )
    )
    return max(since, int(found.scalar_one() or 0))


_CONSENTED = (
    "FROM candidates c LEFT JOIN candidate_personal p ON p.candidate_id = c.id "
    "WHERE c.change_no > :after AND c.change_no <= :up_to "
    "  AND c.consent_share_with_employment_agency AND c.status = 'active' "
    "ORDER BY c.change_no LIMIT :limit"
)
# The profile is built by PostgreSQL as one JSON text per person: no ORM objects, nothing kept per record.
_PROFILE_JSON = (
    "SELECT c.change_no, c.id, json_build_object("  # noqa: S608 (constant text, bound values)
    " 'change_no', c.change_no, 'id', c.id, 'reference', c.reference, 'reception_centre', c.reception_centre,"
    " 'status', c.status,"
    " 'personal', json_build_object('given_name', p.given_name, 'family_name', p.family_name,"
    "   'birth_date', p.birth_date, 'phone', p.phone, 'email', p.email, 'nationality', p.nationality),"
    " 'consent', json_build_object('matching', c.consent_matching,"
    "   'share_with_employers', c.consent_share_with_employers,"
    "   'share_with_employment_agency', c.consent_share_with_employment_agency),"
    " 'residence', json_build_object('status', c.residence_status,"
    "   'work_authorization', c.work_authorization),"
    " 'location', json_build_object('postal_code', c.postal_code, 'municipality', c.municipality),"
    " 'max_commute_km', c.max_commute_km, 'willing_to_relocate', c.willing_to_relocate,"
    " 'occupations', coalesce((SELECT json_agg(json_build_object('title', o.title, 'kldb_code', o.kldb_code,"
    "   'isco08_code', o.isco08_code, 'years_experience', o.years_experience, 'resolution', o.resolution,"
    "   'qualification', json_build_object('level', o.qualification_level,"
    "     'country', o.qualification_country),"
    "   'recognition', json_build_object('status', o.recognition_status,"
    "     'reference_occupation', o.recognition_reference_occupation,"
    "     'compensation_measure', o.recognition_compensation_measure)) ORDER BY o.position)"
    "   FROM candidate_occupations o WHERE o.candidate_id = c.id), '[]'),"
    " 'languages', coalesce((SELECT json_agg(json_build_object('code', l.code, 'level', l.level,"
    "   'certificate', l.certificate) ORDER BY l.position)"
    "   FROM candidate_languages l WHERE l.candidate_id = c.id), '[]'),"
    " 'skills', c.skills, 'driving_licences', c.driving_licences, 'available_from', c.available_from,"
    " 'employment_types', c.employment_types, 'created_at', c.created_at, 'updated_at', c.updated_at)::text "
    + _CONSENTED
)
_PROFILE_FLAT = (
    "SELECT c.change_no, c.id, c.reference, c.reception_centre, p.given_name, p.family_name, p.birth_date,"  # noqa: S608 (constant text, bound values)
    " p.phone, p.email, p.nationality, c.residence_status, c.work_authorization, c.postal_code,"
    " c.municipality,"
    " c.max_commute_km, c.willing_to_relocate,"
    " (SELECT string_agg(coalesce(o.kldb_code, '') || ':' || o.title, ';' ORDER BY o.position)"
    "   FROM candidate_occupations o WHERE o.candidate_id = c.id),"
    " (SELECT string_agg(l.code || ':' || l.level, ';' ORDER BY l.position)"
    "   FROM candidate_languages l WHERE l.candidate_id = c.id),"
    " array_to_string(c.skills, ';'), array_to_string(c.driving_licences, ';'), c.available_from,"
    " array_to_string(c.employment_types, ';'), c.updated_at " + _CONSENTED
)


async def consented_after(
    session: AsyncSession, after: int, up_to: int, limit: int, *, flat: bool
) -> list[Any]:
    """Active profiles that consented to the hand-over, changed in (after, up_to], oldest change first.

    Each row starts with (change_no, id); then the profile as JSON text, or its CSV columns when ``flat``.
    """
    rows = await session.execute(
        sa.text(_PROFILE_FLAT if flat else _PROFILE_JSON), {"after": after, "up_to": up_to, "limit": limit}
    )
    return list(rows)


async def erasures_after(
    session: AsyncSession, after: int, up_to: int, limit: int
) -> list[tuple[int, UUID, str]]:
    """People who once consented to the hand-over and were erased or withdrew it, changed after ``after``."""
    rows = await session.execute(
        sa.text(
            "WITH latest AS ("
            "  SELECT entity_id, max(change_no) AS change_no FROM entity_changes "
            "  WHERE entity = 'candidate' AND change_no > :after AND change_no <= :up_to GROUP BY entity_id) "
            "SELECT l.change_no, l.entity_id, "
            "  CASE WHEN c.id IS NULL THEN 'erased' ELSE 'consent_withdrawn' END "
            "FROM latest l LEFT JOIN candidates c ON c.id = l.entity_id "
            "WHERE (c.id IS NULL OR NOT c.consent_share_with_employment_agency) "
            "  AND EXISTS (SELECT 1 FROM audit_log a WHERE a.resource_id = l.entity_id "
            "    AND a.action = 'consent.change' "
            "    AND a.details -> 'to' ->> 'share_with_employment_agency' = 'true') "
            "ORDER BY l.change_no LIMIT :limit"
        ),
        {"after": after, "up_to": up_to, "limit": limit},
    )
    return [(int(r[0]), r[1], str(r[2])) for r in rows]
