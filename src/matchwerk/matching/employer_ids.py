"""Employers see candidates under keyed ids of their own; this finds the person behind such an id."""

import asyncio
import hmac
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.candidates import repository as candidate_repository
from matchwerk.matching.present import employer_candidate_id
from matchwerk.privacy.pseudonyms import pseudonym_secret


def _find_employer_candidate(
    secret: bytes, employer_id: UUID, public_id: UUID, candidate_ids: list[UUID]
) -> UUID | None:
    # The first 6 bytes of the HMAC reach the id unchanged (version bits come later): one C call per
    # candidate filters, employer_candidate_id confirms (the interest tests fail if the two drift apart).
    prefix, wanted = b"employer-candidate-id:v1:" + employer_id.bytes, public_id.bytes[:6]
    for candidate_id in candidate_ids:
        if hmac.digest(secret, prefix + candidate_id.bytes, "sha256")[:6] == wanted and (
            employer_candidate_id(employer_id, candidate_id, secret) == public_id
        ):
            return candidate_id
    return None


async def resolve_employer_candidate_id(
    session: AsyncSession, employer_id: UUID, public_id: UUID, *, kldb_code: str | None = None
) -> UUID | None:
    """The candidate behind the id an employer saw, among those employers may see; None if there is none.

    The id is a keyed hash, so it is resolved by recomputing it per candidate who shares with employers
    (a few µs each, in a worker thread): first among those in the occupation area (KldB 2 digits) of
    ``kldb_code``, where a match almost always is, then among all. Another employer's id never resolves.
    """
    secret = await pseudonym_secret(session)
    for area in [kldb_code[:2], None] if kldb_code else [None]:
        candidate_ids = await candidate_repository.employer_visible_ids(session, kldb_prefix=area)
        found = await asyncio.to_thread(
            _find_employer_candidate, secret, employer_id, public_id, candidate_ids
        )
        if found is not None:
            return found
    return None
