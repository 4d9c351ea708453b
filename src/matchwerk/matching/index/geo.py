"""Place columns for the indexes and a cheap, conservative pre-filter before the exact haversine
(``rules.components.haversine_km``, the one written rule)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from matchwerk.geo.distance import EARTH_RADIUS_KM, haversine_km
from matchwerk.matching.index.columns import BoolArray, FloatArray

# The straight chord through the Earth is never longer than the great-circle distance, so a place whose
# chord exceeds the allowed distance plus this margin is certainly too far; float32 rounding of unit
# vectors (well under a metre) stays far below the margin.
CHORD_MARGIN_KM = 0.01


def chord_threshold(allowed_km: Any) -> Any:
    """Squared unit-sphere chord beyond which a place is certainly farther than ``allowed_km`` (NaN stays)."""
    return ((allowed_km + CHORD_MARGIN_KM) / EARTH_RADIUS_KM) ** 2


def place_columns(latitude: Sequence[float], longitude: Sequence[float]) -> dict[str, Any]:
    """Query-independent location columns: radians, cos(latitude) and float32 unit vectors (NaN unknown)."""
    lat_rad = np.radians(np.array(latitude, dtype=np.float64))
    lon_rad = np.radians(np.array(longitude, dtype=np.float64))
    cos_lat = np.cos(lat_rad)
    return {
        "lat_rad": lat_rad,
        "lon_rad": lon_rad,
        "cos_lat": cos_lat,
        "unit_x": (cos_lat * np.cos(lon_rad)).astype(np.float32),
        "unit_y": (cos_lat * np.sin(lon_rad)).astype(np.float32),
        "unit_z": np.sin(lat_rad).astype(np.float32),
    }


def haversine_columns(
    lat_rad: Any, lon_rad: Any, cos_lat: Any, latitude: float, longitude: float
) -> FloatArray:
    """Distances from stored places (radians, cos) to one place in degrees, by the rules' haversine."""
    lat, lon = np.radians(latitude), np.radians(longitude)
    distance: FloatArray = haversine_km(lat_rad, lon_rad, cos_lat, lat, lon, np.cos(lat))
    return distance


def certainly_outside(
    units: tuple[Any, Any, Any], latitude: float, longitude: float, threshold: Any
) -> BoolArray:
    """Places (unit vectors) certainly farther from the given one than their chord threshold allows."""
    lat_rad, lon_rad = np.radians(latitude), np.radians(longitude)
    unit = (np.cos(lat_rad) * np.cos(lon_rad), np.cos(lat_rad) * np.sin(lon_rad), np.sin(lat_rad))
    chord = np.zeros(len(units[0]), np.float32)
    for column, coordinate in zip(units, unit, strict=True):
        difference = column - np.float32(coordinate)
        difference *= difference
        chord += difference
    outside: BoolArray = chord > threshold
    return outside
