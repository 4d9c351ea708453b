"""Great-circle distances between places, one pair or one point to many (haversine)."""

from __future__ import annotations

import math
from typing import Any, Final, Protocol

import numpy as np
import numpy.typing as npt

EARTH_RADIUS_KM: Final = 6371.0088
"""Mean Earth radius (IUGG), used by both distance functions."""


class Located(Protocol):
    """Anything with WGS84 coordinates in degrees (a ``places.Place``)."""

    @property
    def latitude(self) -> float: ...

    @property
    def longitude(self) -> float: ...


def haversine_km(lat_a: Any, lon_a: Any, cos_a: Any, lat_b: Any, lon_b: Any, cos_b: Any) -> Any:
    """Great-circle distance on radians (scalars or arrays, ``cos_*`` = cosine of the latitude); the one
    haversine of the code base: the scorer, the match index and the place registry all use it."""
    half_dlat = np.sin((lat_b - lat_a) / 2)
    half_dlon = np.sin((lon_b - lon_a) / 2)
    a = half_dlat * half_dlat + cos_a * cos_b * (half_dlon * half_dlon)
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.minimum(a, 1.0)))


def distance_km(a: Located, b: Located) -> float:
    """Great-circle (straight-line) distance in km between two places (haversine, R = 6371.0088 km)."""
    lat_a, lat_b = math.radians(a.latitude), math.radians(b.latitude)
    lon_a, lon_b = math.radians(a.longitude), math.radians(b.longitude)
    return float(haversine_km(lat_a, lon_a, math.cos(lat_a), lat_b, lon_b, math.cos(lat_b)))


def distances_km(lat: float, lon: float, lats: npt.ArrayLike, lons: npt.ArrayLike) -> npt.NDArray[np.float64]:
    """Distances in km from one point to many, vectorised; same formula and numbers as :func:`distance_km`.

    ``lats`` and ``lons`` (degrees) are broadcast against each other; NaN coordinates give NaN.
    """
    lat_arr = np.radians(np.asarray(lats, dtype=np.float64))
    lon_arr = np.radians(np.asarray(lons, dtype=np.float64))
    lat_rad, lon_rad = math.radians(lat), math.radians(lon)
    result: npt.NDArray[np.float64] = haversine_km(
        lat_rad, lon_rad, math.cos(lat_rad), lat_arr, lon_arr, np.cos(lat_arr)
    )
    return result
