"""Region keys (AGS) of the place table: every postal code maps to its Kreis and Regierungsbezirk."""

from collections import Counter

import pytest

from matchwerk.geo.places import default_registry, packaged_records
from matchwerk.geo.regions import (
    RegionLevel,
    county_key,
    default_regions,
    district_key,
    place_ags,
)

# AGS digits 1-2 by state code (Destatis).
AGS_STATE = {
    "SH": "01", "HH": "02", "NI": "03", "HB": "04", "NW": "05", "HE": "06", "RP": "07", "BW": "08",
    "BY": "09", "SL": "10", "BE": "11", "BB": "12", "MV": "13", "SN": "14", "ST": "15", "TH": "16",
}  # fmt: skip
RECORDS = packaged_records()
POSTAL = [r for r in RECORDS if r.kind == "P"]


def test_every_postal_code_has_a_key_of_its_own_state() -> None:
    assert len(POSTAL) > 10_000  # all of Germany: ~8,200 delivery PLZ + Großkunden PLZ
    wrong = [(r.key, r.state, r.ags) for r in POSTAL if r.ags[:2] != AGS_STATE[r.state]]
    assert wrong == []


def test_every_kreis_has_postal_codes_and_a_district() -> None:
    regions = default_regions()
    assert len(regions.counties) == 400  # 294 Kreise + 106 kreisfreie Städte (2024)
    assert len(regions.districts) == 19 + 12  # Regierungsbezirke + states without them
    per_county = Counter(county_key(r.ags) for r in POSTAL)
    assert set(per_county) == set(regions.counties)
    assert {district_key(k) for k in regions.counties} == set(regions.districts)


def test_nrw_postal_codes_have_municipality_keys_in_its_five_regierungsbezirke() -> None:
    nrw = [r for r in POSTAL if r.state == "NW"]
    assert len(nrw) > 1_300
    assert all(len(r.ags) == 8 for r in nrw)  # every NRW PLZ matched to its municipality
    assert {district_key(r.ags) for r in nrw} == {"051", "053", "055", "057", "059"}
    assert len({county_key(r.ags) for r in nrw}) == 53


@pytest.mark.parametrize(
    ("postal_code", "county", "district", "district_name"),
    [
        ("40878", "05158", "051", "Regierungsbezirk Düsseldorf"),  # Ratingen, Kreis Mettmann
        ("40210", "05111", "051", "Regierungsbezirk Düsseldorf"),
        ("50667", "05315", "053", "Regierungsbezirk Köln"),
        ("53111", "05314", "053", "Regierungsbezirk Köln"),  # Bonn
        ("33602", "05711", "057", "Regierungsbezirk Detmold"),  # Bielefeld
        ("48143", "05515", "055", "Regierungsbezirk Münster"),
        ("44135", "05913", "059", "Regierungsbezirk Arnsberg"),  # Dortmund
        ("80331", "09162", "091", "Oberbayern"),  # München
        ("30159", "03241", "03", "Niedersachsen"),  # Region Hannover: no Regierungsbezirk
        ("10115", "11000", "11", "Berlin"),
        ("01067", "14612", "14", "Sachsen"),  # Dresden
    ],
)
def test_known_postal_codes(postal_code: str, county: str, district: str, district_name: str) -> None:
    ags = place_ags(postal_code, None)
    assert ags is not None
    regions = default_regions()
    assert regions.key(ags, RegionLevel.COUNTY) == county
    assert regions.key(ags, RegionLevel.DISTRICT) == district
    assert regions.districts[district] == district_name


def test_municipality_names_carry_keys_too() -> None:
    assert place_ags(None, "Mülheim a.d. Ruhr") == "05117000"
    place = default_registry().resolve(None, "Ratingen")
    assert place is not None
    assert place.ags == "05158028"
    assert place_ags("99999", None) is None


def test_find_region_by_key_or_name() -> None:
    regions = default_regions()
    assert regions.find("Düsseldorf", RegionLevel.DISTRICT) == "051"
    assert regions.find("regierungsbezirk köln", RegionLevel.DISTRICT) == "053"
    assert regions.find("051", RegionLevel.DISTRICT) == "051"
    assert regions.find("Mettmann", RegionLevel.COUNTY) == "05158"
    assert regions.find("Nirgendwo", RegionLevel.COUNTY) is None
    assert regions.key("", RegionLevel.COUNTY) is None
    assert regions.key("99999999", RegionLevel.COUNTY) is None
