"""The occupation catalogue: our curated occupations completed with the official KldB 2010, plus imports."""

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from types import MappingProxyType

from matchwerk.occupations import official
from matchwerk.occupations.normalise import normalise

LANGUAGES = ("de", "en", "uk", "ru", "ar", "fa", "tr", "ku", "ti")
SKILL_LEVELS = {"1": "helper", "2": "skilled", "3": "specialist", "4": "expert"}
# Strengths of the derived relations, as matching's KldB hierarchy scores a lower level / the same group
HELPER_LEVEL_STRENGTH = 0.6
SAME_GROUP_STRENGTH = 0.85
OFFICIAL_WEIGHT = 1.0  # the BA assigns its job titles to 5-digit codes: as trusted as our own titles


@dataclass(frozen=True, slots=True)
class Occupation:
    """One KldB 2010 5-digit occupation."""

    kldb_code: str
    title: str
    job_title_m: str | None = None
    job_title_f: str | None = None
    job_title_n: str | None = None
    isco08_code: str | None = None
    regulated: bool = False
    authority: str | None = None
    labels: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    related: Mapping[str, float] = field(default_factory=dict)
    builtin: bool = True
    official_titles: tuple[str, ...] = ()  # the BA's short title and 'Umfasst ferner' job titles

    @property
    def title_de(self) -> str:
        """The plain German job title (both forms), or the official title."""
        if self.job_title_m and self.job_title_f:
            return f"{self.job_title_m} / {self.job_title_f}"
        return self.job_title_n or self.job_title_m or self.title

    @property
    def skill_level(self) -> str:
        """helper, skilled, specialist or expert (the fifth digit)."""
        return SKILL_LEVELS.get(self.kldb_code[4], "unknown")


@dataclass(frozen=True, slots=True)
class Relation:
    """An occupation related to another: the helper level, the rest of its group, or a curated relation."""

    kldb_code: str
    relation: str  # helper_level | same_group | related
    strength: float


@dataclass(frozen=True, slots=True)
class Label:
    """A title that names an occupation, with its language and how much we trust it (0..1)."""

    kldb_code: str
    text: str
    lang: str
    weight: float


class Catalogue:
    """Occupations by code; implements the matching engine's OccupationCatalogue protocol."""

    def __init__(self, occupations: Iterable[Occupation], groups: Mapping[str, str] | None = None) -> None:
        self.occupations: dict[str, Occupation] = {o.kldb_code: o for o in occupations}
        self.groups: dict[str, str] = dict(groups or {})
        self._related_back: dict[str, dict[str, float]] = {}
        self._related: dict[str, Mapping[str, float]] = {}
        for occupation in self.occupations.values():
            for other, strength in occupation.related.items():
                self._related_back.setdefault(other, {})[occupation.kldb_code] = strength

    def __contains__(self, kldb_code: object) -> bool:
        return kldb_code in self.occupations

    def __len__(self) -> int:
        return len(self.occupations)

    def get(self, kldb_code: str) -> Occupation | None:
        """The occupation with this code."""
        return self.occupations.get(kldb_code)

    def is_regulated(self, kldb_code: str) -> bool:
        """Whether full recognition is needed to work in this occupation in Germany."""
        occupation = self.occupations.get(kldb_code)
        return occupation is not None and occupation.regulated

    def related(self, kldb_code: str) -> Mapping[str, float]:
        """Curated related occupations with their strength, in both directions (read-only and cached:
        scoring and every explanation ask, and a catalogue does not change once built)."""
        found = self._related.get(kldb_code)
        if found is None:
            occupation = self.occupations.get(kldb_code)
            forward = dict(occupation.related) if occupation else {}
            for other, strength in self._related_back.get(kldb_code, {}).items():
                forward[other] = max(strength, forward.get(other, 0.0))
            found = MappingProxyType({code: s for code, s in forward.items() if code in self.occupations})
            self._related[kldb_code] = found
        return found

    def helper_code(self, kldb_code: str) -> str | None:
        """The helper-level occupation (fifth digit 1) of the same 4-digit group, if known."""
        candidate = kldb_code[:4] + "1"
        return candidate if candidate in self.occupations and candidate != kldb_code else None

    def relations(self, kldb_code: str) -> list[Relation]:
        """The group's helper level, its other levels, then curated relations (strongest first)."""
        helper = self.helper_code(kldb_code)
        out = [Relation(helper, "helper_level", HELPER_LEVEL_STRENGTH)] if helper else []
        out += [
            Relation(code, "same_group", SAME_GROUP_STRENGTH)
            for code in sorted(self.occupations)
            if code[:4] == kldb_code[:4] and code not in (kldb_code, helper)
        ]
        curated = sorted(self.related(kldb_code).items(), key=lambda item: (-item[1], item[0]))
        return out + [Relation(code, "related", strength) for code, strength in curated]

    def title(self, kldb_code: str, lang: str = "de") -> str:
        """A display title in German or English."""
        occupation = self.occupations.get(kldb_code)
        if occupation is None:
            return kldb_code
        if lang == "en" and occupation.labels.get("en"):
            return occupation.labels["en"][0]
        return occupation.title_de

    def normalise(self, title: str) -> str:
        """The comparison key of a title."""
        return normalise(title)

    def labels(self) -> list[Label]:
        """Every label of every occupation; job titles and official titles rank above synonyms."""
        out: list[Label] = []
        for occupation in self.occupations.values():
            weight = 1.0 if occupation.builtin else 0.97
            for text in (occupation.job_title_m, occupation.job_title_f, occupation.job_title_n):
                if text:
                    out.append(Label(occupation.kldb_code, text, "de", weight))
            out.append(Label(occupation.kldb_code, occupation.title, "de", 0.96 * weight))
            for lang, texts in occupation.labels.items():
                out.extend(Label(occupation.kldb_code, text, lang, 0.99 * weight) for text in texts)
            out.extend(
                Label(occupation.kldb_code, text, "de", OFFICIAL_WEIGHT)
                for text in occupation.official_titles
            )
        return out


def _from_json(entry: dict[str, object]) -> Occupation:
    job_title = entry.get("job_title") or {}
    assert isinstance(job_title, dict)
    labels = entry.get("labels") or {}
    assert isinstance(labels, dict)
    related = entry.get("related") or []
    assert isinstance(related, list)
    return Occupation(
        kldb_code=str(entry["kldb"]),
        title=str(entry["title"]),
        job_title_m=job_title.get("m"),
        job_title_f=job_title.get("f"),
        job_title_n=job_title.get("n"),
        isco08_code=entry.get("isco08"),  # type: ignore[arg-type]
        regulated=bool(entry.get("regulated")),
        authority=entry.get("authority"),  # type: ignore[arg-type]
        labels={lang: tuple(texts) for lang, texts in labels.items()},
        related={str(r["kldb"]): float(r["strength"]) for r in related},
    )


def _package_json(name: str) -> object:
    data = resources.files("matchwerk.occupations").joinpath(f"data/{name}")
    return json.loads(data.read_text(encoding="utf-8"))


@cache
def builtin_catalogue() -> Catalogue:
    """Our curated catalogue (``data/catalogue.json``) alone, loaded once per process."""
    entries = _package_json("catalogue.json")
    assert isinstance(entries, list)
    return Catalogue(_from_json(entry) for entry in entries)


@cache
def regulation_facts() -> Mapping[str, dict[str, object]]:
    """Our regulation facts (regulated, authority, ISCO-08) for official codes the curated catalogue lacks."""
    document = _package_json("regulation.json")
    assert isinstance(document, dict)
    return MappingProxyType({str(entry["kldb"]): entry for entry in document["codes"]})


@cache
def shipped_catalogue() -> Catalogue:
    """The curated catalogue completed with every official KldB code, its job titles and the group titles."""
    curated = builtin_catalogue()
    occupations = dict(curated.occupations)
    groups: dict[str, str] = {}
    for code in official.codes():
        if code.level < 5:
            groups[code.kldb_code] = code.title
            continue
        titles = tuple(dict.fromkeys(t for t in (code.short_title, *code.job_titles) if t))
        known = occupations.get(code.kldb_code)
        occupations[code.kldb_code] = (
            replace(known, official_titles=titles)
            if known is not None
            else _official_occupation(code, titles)
        )
    return Catalogue(sorted(occupations.values(), key=lambda o: o.kldb_code), groups)


def _official_occupation(code: official.OfficialCode, titles: tuple[str, ...]) -> Occupation:
    facts = regulation_facts().get(code.kldb_code, {})
    return Occupation(
        kldb_code=code.kldb_code,
        title=code.title,
        job_title_n=code.display_title,
        isco08_code=facts.get("isco08"),  # type: ignore[arg-type]
        regulated=bool(facts.get("regulated")),
        authority=facts.get("authority"),  # type: ignore[arg-type]
        builtin=False,
        official_titles=titles,
    )
