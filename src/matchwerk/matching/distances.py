"""Vectorised distances for the indexes: the exact haversine and a cheap, conservative pre-filter."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from matchwerk.matching.columns import BoolArray, Columns, FloatArray
from matchwerk.matching.components import EARTH_RADIUS_KM

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


def haversine_km(
    candidate_lat: Any,
    candidate_lon: Any,
    candidate_cos: Any,
    vacancy_lat: Any,
    vacancy_lon: Any,
    vacancy_cos: Any,
) -> FloatArray:
    """``components.distance_km`` on radians (scalars or arrays): same operations, same order."""
    half_dlat = np.sin((vacancy_lat - candidate_lat) / 2)
    half_dlon = np.sin((vacancy_lon - candidate_lon) / 2)
    a = half_dlat * half_dlat + candidate_cos * vacancy_cos * (half_dlon * half_dlon)
    distance: FloatArray = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.minimum(a, 1.0)))
    return distance


def certainly_outside(slots: Columns, latitude: float, longitude: float, threshold: Any) -> BoolArray:
    """Slots whose place is certainly farther from the given one than their chord threshold allows."""
    lat_rad, lon_rad = np.radians(latitude), np.radians(longitude)
    unit = (np.cos(lat_rad) * np.cos(lon_rad), np.cos(lat_rad) * np.sin(lon_rad), np.sin(lat_rad))
    chord = np.zeros(len(slots), np.float32)
    for axis, coordinate in zip(("unit_x", "unit_y", "unit_z"), unit, strict=True):
        difference = slots[axis] - np.float32(coordinate)
        difference *= difference
        chord += difference
    outside: BoolArray = chord > threshold
    return outside
