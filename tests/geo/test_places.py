"""Tests of the offline place resolver (no database, no network)."""

from __future__ import annotations

import math
from importlib import resources

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matchwerk.geo.places import (
    EARTH_RADIUS_KM,
    Place,
    PlaceRegistry,
    default_registry,
    distance_km,
    distances_km,
    normalize_name,
    normalize_postal_code,
)


@pytest.fixture(scope="module")
def registry() -> PlaceRegistry:
    return default_registry()


def by_name(registry: PlaceRegistry, name: str) -> Place:
    place = registry.resolve(None, name)
    assert place is not None, name
    return place


# --- distances ---------------------------------------------------------------------------------


def test_one_degree_of_latitude_is_pi_r_over_180() -> None:
    d = distance_km(Place(0.0, 0.0, "a"), Place(1.0, 0.0, "b"))
    assert d == pytest.approx(math.pi * EARTH_RADIUS_KM / 180.0, rel=1e-12)
    assert d == pytest.approx(111.195, abs=0.001)


def test_antipodes_and_identity() -> None:
    assert distance_km(Place(0.0, 0.0, "a"), Place(0.0, 180.0, "b")) == pytest.approx(
        math.pi * EARTH_RADIUS_KM
    )
    here = Place(51.2, 6.8, "x")
    assert distance_km(here, here) == 0.0


def test_distance_is_symmetric() -> None:
    a, b = Place(51.2, 6.8, "a"), Place(52.0, 8.5, "b")
    assert distance_km(a, b) == pytest.approx(distance_km(b, a), rel=1e-15)


# Real straight-line distances between the city centres (town hall / cathedral), rounded to the km.
@pytest.mark.parametrize(
    ("a", "b", "real_km", "tolerance_km"),
    [
        ("Düsseldorf", "Köln", 34.0, 2.0),
        ("Ratingen", "Düsseldorf", 9.5, 1.5),
        ("Köln", "Bonn", 25.0, 2.0),
        ("Essen", "Dortmund", 32.0, 2.0),
        ("Münster", "Bielefeld", 63.0, 2.5),
        ("Aachen", "Köln", 64.0, 2.5),
    ],
)
def test_known_city_distances(
    registry: PlaceRegistry, a: str, b: str, real_km: float, tolerance_km: float
) -> None:
    assert distance_km(by_name(registry, a), by_name(registry, b)) == pytest.approx(real_km, abs=tolerance_km)


def test_distance_by_postal_codes(registry: PlaceRegistry) -> None:
    ratingen = registry.resolve("40878", None)
    duesseldorf = registry.resolve("40210", None)
    koeln = registry.resolve("50667", None)
    assert ratingen is not None
    assert duesseldorf is not None
    assert koeln is not None
    assert 7.0 < distance_km(ratingen, duesseldorf) < 12.0
    assert 31.0 < distance_km(duesseldorf, koeln) < 37.0


def test_vectorised_equals_scalar() -> None:
    rng = np.random.default_rng(20240611)
    lats = rng.uniform(-89.0, 89.0, size=500)
    lons = rng.uniform(-180.0, 180.0, size=500)
    origin = Place(51.2277, 6.7735, "Düsseldorf")
    vector = distances_km(origin.latitude, origin.longitude, lats, lons)
    scalar = np.array(
        [distance_km(origin, Place(float(la), float(lo), "")) for la, lo in zip(lats, lons, strict=True)]
    )
    assert vector.shape == (500,)
    assert vector.dtype == np.float64
    np.testing.assert_allclose(vector, scalar, rtol=1e-12, atol=1e-9)


def test_vectorised_on_registry_places(registry: PlaceRegistry) -> None:
    places = [registry.resolve(code, None) for code in ("40878", "40210", "50667", "44135", "48143", "33602")]
    assert all(p is not None for p in places)
    resolved = [p for p in places if p is not None]
    lats = np.array([p.latitude for p in resolved])
    lons = np.array([p.longitude for p in resolved])
    origin = resolved[0]
    expected = [distance_km(origin, p) for p in resolved]
    np.testing.assert_allclose(
        distances_km(origin.latitude, origin.longitude, lats, lons), expected, rtol=1e-12
    )
    assert distances_km(origin.latitude, origin.longitude, lats, lons)[0] == 0.0


def test_vectorised_accepts_lists_broadcasts_and_propagates_nan() -> None:
    out = distances_km(51.0, 7.0, [51.0, 52.0, math.nan], [7.0, 7.0, 7.0])
    assert out[0] == 0.0
    assert out[1] == pytest.approx(math.pi * EARTH_RADIUS_KM / 180.0)
    assert math.isnan(out[2])
    grid = distances_km(51.0, 7.0, np.array([[50.0], [51.0]]), np.array([6.0, 7.0, 8.0]))
    assert grid.shape == (2, 3)


# --- postal codes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("postal_code", "label", "centre"),
    [
        ("40878", "Ratingen", (51.297, 6.849)),
        ("40210", "Düsseldorf", (51.225, 6.776)),
        ("50667", "Köln", (50.938, 6.957)),
        ("44135", "Dortmund", (51.514, 7.466)),
        ("48143", "Münster", (51.962, 7.626)),
        ("33602", "Bielefeld", (52.021, 8.535)),
        ("53111", "Bonn", (50.735, 7.100)),
        ("45127", "Essen", (51.455, 7.012)),
    ],
)
def test_postal_code_lookup(
    registry: PlaceRegistry, postal_code: str, label: str, centre: tuple[float, float]
) -> None:
    place = registry.resolve(postal_code, None)
    assert place is not None
    assert place.label == label
    assert distance_km(place, Place(*centre, label)) < 5.0


@pytest.mark.parametrize(
    "written", ["40878", " 40878 ", "40 878", "D-40878", "DE-40878", "de 40878", "40878.0"]
)
def test_postal_code_spellings(registry: PlaceRegistry, written: str) -> None:
    assert registry.resolve(written, None) == registry.resolve("40878", None)


def test_postal_code_normalisation() -> None:
    assert normalize_postal_code("1067") == "01067"
    assert normalize_postal_code("４０８７８") == "40878"  # full-width digits
    assert normalize_postal_code("٤٠٨٧٨") is None  # other digit scripts are no PLZ
    assert normalize_postal_code("408789") is None
    assert normalize_postal_code("4087a") is None
    assert normalize_postal_code("") is None


def test_postal_code_takes_precedence_over_name(registry: PlaceRegistry) -> None:
    assert registry.resolve("40878", "Köln") == registry.resolve("40878", None)


def test_unknown_postal_code_falls_back_to_name(registry: PlaceRegistry) -> None:
    assert registry.resolve("99999", "Köln") == by_name(registry, "Köln")
    assert registry.resolve("not a plz", "Köln") == by_name(registry, "Köln")


@pytest.mark.parametrize("code", ["99999", "00000", "00100", "62999", "abcde"])
def test_postal_codes_outside_the_table(registry: PlaceRegistry, code: str) -> None:
    assert registry.resolve(code, None) is None


def test_covers_all_nrw_postal_regions(registry: PlaceRegistry) -> None:
    codes = registry.postal_codes
    assert len(codes) > 1500
    leads = {code[:2] for code in codes}
    assert {
        "32",
        "33",
        "40",
        "41",
        "42",
        "44",
        "45",
        "46",
        "47",
        "48",
        "50",
        "51",
        "52",
        "53",
        "57",
        "59",
    } <= leads
    # A Postfach / Großkunden PLZ resolves too (Köln, 50606).
    place = registry.resolve("50606", None)
    assert place is not None
    assert distance_km(place, by_name(registry, "Köln")) < 10.0


# --- names -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("variants", "label"),
    [
        (["Köln", "Koeln", "KÖLN", "köln", "  Köln  ", "KOELN", "Koln", "Cologne"], "Köln"),
        (
            [
                "Mülheim an der Ruhr",
                "Muelheim an der Ruhr",
                "MÜLHEIM AN DER RUHR",
                "Mülheim a.d. Ruhr",
                "Mülheim a. d. Ruhr",
                "Mülheim/Ruhr",
                "Mülheim (Ruhr)",
                "Mulheim an der Ruhr",
                "Mülheim",
            ],
            "Mülheim an der Ruhr",
        ),
        (["Düsseldorf", "Duesseldorf", "Dusseldorf", "DÜSSELDORF"], "Düsseldorf"),
        (["Münster", "Muenster", "Munster"], "Münster"),
        (["Neuss", "Neuß"], "Neuss"),
        (["Sankt Augustin", "St. Augustin", "St Augustin"], "Sankt Augustin"),
        (["Halle (Westf.)", "Halle"], "Halle"),
        (["Bad Oeynhausen", "bad oeynhausen"], "Bad Oeynhausen"),
        (["Rheda-Wiedenbrück", "Rheda Wiedenbrueck"], "Rheda-Wiedenbrück"),
        (["Gronau (Westfalen)", "Gronau"], "Gronau (Westfalen)"),
    ],
)
def test_name_variants(registry: PlaceRegistry, variants: list[str], label: str) -> None:
    places = {by_name(registry, v) for v in variants}
    assert len(places) == 1, places
    assert places.pop().label == label


def test_mülheim_is_the_ruhr_city(registry: PlaceRegistry) -> None:
    muelheim = by_name(registry, "Mülheim an der Ruhr")
    assert distance_km(muelheim, Place(51.427, 6.882, "Rathaus Mülheim")) < 3.0


def test_nrw_wins_over_namesakes_in_neighbouring_states(registry: PlaceRegistry) -> None:
    # Borken exists in NRW and Hessen, Marl in NRW and Niedersachsen.
    assert by_name(registry, "Borken").latitude == pytest.approx(51.84, abs=0.05)
    assert by_name(registry, "Marl").latitude == pytest.approx(51.66, abs=0.05)


def test_district_notations_resolve_to_the_municipality(registry: PlaceRegistry) -> None:
    koeln = by_name(registry, "Köln")
    assert by_name(registry, "Köln-Ehrenfeld") == koeln
    assert by_name(registry, "Ehrenfeld, Köln") == koeln
    assert by_name(registry, "40878 Ratingen") == registry.resolve("40878", None)


def test_every_nrw_municipality_resolves_by_its_own_name(registry: PlaceRegistry) -> None:
    text = resources.files("matchwerk.geo").joinpath("data").joinpath("places_de.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.startswith("M\t")]
    nrw = [row for row in rows if row[5] == "NW"]
    assert len(nrw) >= 390  # NRW has 396 municipalities
    for _kind, key, lat, lon, label, _state, ags in nrw:
        assert registry.resolve(None, key) == Place(float(lat), float(lon), label, ags), key


@pytest.mark.parametrize(
    "garbage",
    [
        "",
        " ",
        "\t\n",
        "-",
        "???",
        "Atlantis",
        "Xyzzy Plugh",
        "🙂",
        "\x00",
        "'; DROP TABLE places; --",
        "a" * 10_000,
        "Köln" * 1_000,
        "1234",
        "00000",
        "()",
        "an der",
    ],
)
def test_unknown_and_garbage_names(registry: PlaceRegistry, garbage: str) -> None:
    assert registry.resolve(None, garbage) is None
    assert registry.resolve(garbage, None) is None
    assert registry.resolve(garbage, garbage) is None


def test_nothing_given(registry: PlaceRegistry) -> None:
    assert registry.resolve(None, None) is None


@settings(max_examples=300, deadline=None)
@given(postal_code=st.one_of(st.none(), st.text()), municipality=st.one_of(st.none(), st.text()))
def test_resolve_never_raises(postal_code: str | None, municipality: str | None) -> None:
    result = default_registry().resolve(postal_code, municipality)
    assert result is None or isinstance(result, Place)


def test_normalize_name() -> None:
    assert normalize_name("Mülheim a.d. Ruhr") == "muelheim ruhr"
    assert normalize_name("MUELHEIM AN DER RUHR") == "muelheim ruhr"
    assert normalize_name("Neuß") == "neuss"
    assert normalize_name("St. Augustin") == "sankt augustin"
    assert normalize_name("Mülheim", bare_umlauts=True) == "mulheim"
    assert normalize_name("Mu\u0308lheim") == "muelheim"  # decomposed umlaut
    assert normalize_name("!!!") == ""


# --- registry construction ---------------------------------------------------------------------

_HEADER = "kind\tkey\tlatitude\tlongitude\tlabel\tstate\tags\n"


def test_registry_ranks_and_ambiguity() -> None:
    registry = PlaceRegistry.from_tsv(
        "# test table\n"
        + _HEADER
        + "P\t40878\t51.3\t6.85\tRatingen\tNW\t05158028\n"
        + "M\tBorken\t51.84\t6.86\tBorken\tNW\t05554012\n"
        + "M\tBorken\t51.05\t9.28\tBorken\tHE\t06634003\n"
        + "M\tNeustadt\t50.0\t8.0\tNeustadt\tRP\t\n"
        + "M\tNeustadt\t51.5\t10.5\tNeustadt\tTH\t\n"
        + "A\tKoeln-Alt\t50.9\t6.9\tKöln\tNW\t05315000\n"
        + "K\t05315\t50.9\t6.9\tKöln, Kreisfreie Stadt\tNW\t05315\n"
    )
    assert registry.resolve(None, "Borken") == Place(51.84, 6.86, "Borken", "05554012")
    assert registry.resolve(None, "Neustadt") is None  # two equally ranked, far apart
    assert registry.resolve("40878", None) == Place(51.3, 6.85, "Ratingen", "05158028")
    assert registry.resolve(None, "koeln alt") == Place(50.9, 6.9, "Köln", "05315000")
    assert registry.resolve(None, "Köln, Kreisfreie Stadt") is None  # region rows are no places
    assert len(registry) > 0


def test_registry_rejects_malformed_tables() -> None:
    with pytest.raises(ValueError, match="header"):
        PlaceRegistry.from_tsv("kind\tkey\n")
    with pytest.raises(ValueError, match="fields"):
        PlaceRegistry.from_tsv(_HEADER + "P\t40878\t51.3\n")


def test_default_registry_is_cached() -> None:
    assert default_registry() is default_registry()


# --- the packaged data file --------------------------------------------------------------------


def test_data_file_is_compact_and_attributed() -> None:
    resource = resources.files("matchwerk.geo").joinpath("data").joinpath("places_de.tsv")
    data = resource.read_bytes()
    assert len(data) < 1_500_000  # all of Germany; ~1.36 MB
    header = data.decode("utf-8").split("\nkind\t", 1)[0]
    assert "GeoNames" in header
    assert "CC BY 4.0" in header
    assert "scripts/build_places.py" in header
