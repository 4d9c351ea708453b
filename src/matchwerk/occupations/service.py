"""Occupation resolution used by candidates and vacancies on write."""

from matchwerk.occupations.models import ResolvedOccupation


def resolve(title: str, kldb_code: str | None) -> ResolvedOccupation:
    """Resolve a title to KldB/ISCO; a client-given code wins."""
    return ResolvedOccupation(kldb_code=kldb_code, isco08_code=None, resolution=None)
