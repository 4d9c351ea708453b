"""Great-circle distances between places, one pair or one point to many (haversine)."""

from __future__ import annotations

import math
from typing import Final, Protocol

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


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dlat = math.radians(lat2 - lat1)
    dlon = math.radians(lon2 - lon1)
    h = math.sin(dlat / 2.0) ** 2 + math.cos(math.radians(lat1)) * math.cos(math.radians(lat2)) * (
        math.sin(dlon / 2.0) ** 2
    )
    return 2.0 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, max(0.0, h))))


def distance_km(a: Located, b: Located) -> float:
    """Great-circle (straight-line) distance in km between two places (haversine, R = 6371.0088 km)."""
    return _haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


def distances_km(lat: float, lon: float, lats: npt.ArrayLike, lons: npt.ArrayLike) -> npt.NDArray[np.float64]:
    """Distances in km from one point to many, vectorised; same formula and numbers as :func:`distance_km`.

    ``lats`` and ``lons`` (degrees) are broadcast against each other; NaN coordinates give NaN.
    """
    lat_arr = np.asarray(lats, dtype=np.float64)
    lon_arr = np.asarray(lons, dtype=np.float64)
    dlat = np.radians(lat_arr - lat)
    dlon = np.radians(lon_arr - lon)
    h = np.sin(dlat / 2.0) ** 2 + math.cos(math.radians(lat)) * np.cos(np.radians(lat_arr)) * (
        np.sin(dlon / 2.0) ** 2
    )
    result: npt.NDArray[np.float64] = 2.0 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))
    return result
