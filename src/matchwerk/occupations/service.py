"""Occupation rules: the process-wide resolution engine, resolution on write, autocomplete, imports."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.errors import NotFound, ValidationFailed
from matchwerk.occupations import importers, repository
from matchwerk.occupations.catalogue import OFFICIAL_WEIGHT, Catalogue, Label, Occupation, shipped_catalogue
from matchwerk.occupations.engine import Hit, ResolutionEngine
from matchwerk.occupations.models import Resolution, ResolvedOccupation

RESOLVE_THRESHOLD = 0.6  # below this a title stays unresolved and matching falls back to fuzzy titles
IMPORTED_WEIGHT = {"kldb": OFFICIAL_WEIGHT, "esco": 0.9}

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class _Snapshot:
    revision: int
    catalogue: Catalogue
    engine: ResolutionEngine


@dataclass(frozen=True)
class ImportReport:
    """What an import added."""

    codes_added: int
    labels_added: int
    labels_seen: int
    revision: int


_current: _Snapshot | None = None


def _builtin_snapshot() -> _Snapshot:
    catalogue = shipped_catalogue()
    return _Snapshot(0, catalogue, ResolutionEngine(catalogue.labels()))


def current() -> _Snapshot:
    """The engine of this process (the shipped catalogue until imports are loaded)."""
    global _current
    if _current is None:
        _current = _builtin_snapshot()
    return _current


def catalogue() -> Catalogue:
    """The catalogue in use (built-in plus imported codes)."""
    return current().catalogue


def build_snapshot(revision: int, codes: Sequence[Any], labels: Sequence[Any]) -> _Snapshot:
    """Engine over the shipped catalogue plus imported codes and labels."""
    shipped = shipped_catalogue()
    occupations = dict(shipped.occupations)
    groups = dict(shipped.groups)
    for code, title in codes:
        if len(code) < 5:
            groups[code] = title
        elif code not in occupations:
            occupations[code] = Occupation(kldb_code=code, title=title, builtin=False)
    merged = Catalogue(occupations.values(), groups)
    extra = [
        Label(code, text, lang, IMPORTED_WEIGHT.get(source, 0.9))
        for code, text, lang, source in labels
        if code in occupations
    ]
    return _Snapshot(revision, merged, ResolutionEngine(merged.labels() + extra))


async def refresh_if_changed(session: AsyncSession) -> None:
    """Reload imported labels into this process's engine when another process imported new ones."""
    global _current
    revision = await repository.revision(session)
    if revision == current().revision:
        return
    codes, labels = await repository.load_imports(session)
    _current = (
        build_snapshot(revision, codes, labels)
        if codes or labels
        else replace(_builtin_snapshot(), revision=revision)
    )


def search(query: str, limit: int = 10) -> list[Hit]:
    """Ranked occupations for a title in any language (autocomplete and resolution use the same engine)."""
    return current().engine.search(query, limit)


def resolve(title: str, kldb_code: str | None) -> ResolvedOccupation:
    """Resolve a title to KldB/ISCO; a client-given code wins but must exist (else ValidationFailed)."""
    snapshot = current()
    if kldb_code is not None:
        occupation = snapshot.catalogue.get(kldb_code)
        if occupation is None:
            raise ValidationFailed(
                f"KldB code {kldb_code} is not in the occupation catalogue.",
                errors=[
                    {
                        "loc": ["body", "kldb_code"],
                        "msg": f"unknown KldB 2010 code {kldb_code}",
                        "type": "unknown_code",
                    }
                ],
            )
        return ResolvedOccupation(kldb_code=kldb_code, isco08_code=occupation.isco08_code, resolution=None)
    hits = snapshot.engine.search(title, 1)
    if not hits or hits[0].score < RESOLVE_THRESHOLD:
        return ResolvedOccupation(
            kldb_code=None,
            isco08_code=None,
            resolution=Resolution(
                confidence=hits[0].score if hits else 0.0, matched_label=None, matched_lang=None
            ),
        )
    best = hits[0]
    occupation = snapshot.catalogue.get(best.kldb_code)
    return ResolvedOccupation(
        kldb_code=best.kldb_code,
        isco08_code=occupation.isco08_code if occupation else None,
        resolution=Resolution(
            confidence=best.score,
            matched_label=best.matched_label,
            matched_lang=best.matched_lang,
            title_de=snapshot.catalogue.title(best.kldb_code),
        ),
    )


def stored_resolution(stored: dict[str, Any] | None, kldb_code: str | None) -> Resolution | None:
    """A stored resolution for a response; rows written before titles were stored get today's title."""
    if not stored:
        return None
    resolution = Resolution.model_validate(stored)
    if resolution.title_de is None and kldb_code is not None:
        resolution.title_de = current().catalogue.title(kldb_code)
    return resolution


def details(kldb_code: str) -> tuple[Occupation, Catalogue]:
    """An occupation with the catalogue it belongs to, or NotFound."""
    snapshot = current()
    occupation = snapshot.catalogue.get(kldb_code)
    if occupation is None:
        raise NotFound(f"Occupation {kldb_code} not found.")
    return occupation, snapshot.catalogue


async def import_kldb(session: AsyncSession, path: Path, progress: Progress | None = None) -> ImportReport:
    """Import codes, titles and example job titles of the BA structure file, in one transaction."""
    try:
        rows = list(importers.read_kldb(path))
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise ValidationFailed(str(exc)) from exc
    codes = [{"kldb_code": r.code, "title": r.title, "source": "kldb"} for r in rows]
    labels = [
        {"kldb_code": r.code, "label": text, "lang": "de", "source": "kldb"}
        for r in rows
        if r.level == 5
        for text in dict.fromkeys((r.short_title, *r.examples))
        if text
    ]
    return await _store(session, codes, labels, progress)


async def import_esco(
    session: AsyncSession, path: Path, lang: str | None, progress: Progress | None = None
) -> ImportReport:
    """Attach ESCO labels to the KldB codes sharing the occupation's ISCO-08 group, in one transaction."""
    language = lang or importers.esco_language(path)
    if not language:
        raise ValidationFailed(f"Cannot tell the language of {path.name}; pass --lang.")
    try:
        rows = list(importers.read_esco(path))
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise ValidationFailed(str(exc)) from exc
    by_isco: dict[str, list[str]] = {}
    for occupation in current().catalogue.occupations.values():
        if occupation.isco08_code:
            by_isco.setdefault(occupation.isco08_code, []).append(occupation.kldb_code)
    labels = [
        {"kldb_code": code, "label": text[:200], "lang": language, "source": "esco"}
        for row in rows
        for code in by_isco.get(row.isco_group, ())
        for text in row.labels
    ]
    return await _store(session, [], labels, progress)


async def _store(
    session: AsyncSession,
    codes: list[dict[str, Any]],
    labels: list[dict[str, Any]],
    progress: Progress | None,
) -> ImportReport:
    codes_added = await repository.upsert_codes(session, codes) if codes else 0
    labels_added, chunk = 0, 5000
    for start in range(0, len(labels), chunk):
        labels_added += await repository.insert_labels(session, labels[start : start + chunk])
        if progress:
            progress(min(start + chunk, len(labels)), len(labels))
    revision = await repository.bump_revision(session)
    await session.commit()
    await refresh_if_changed(session)
    return ImportReport(codes_added, labels_added, len(labels), revision)
