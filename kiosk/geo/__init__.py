# SPDX-License-Identifier: MIT
"""Pure-Python geography for the exhibit map: great circles on a sphere and the map projection.

Standard library only (no Qt, no numpy), so content checks and tests can use it anywhere.
"""

from kiosk.geo.projection import EXHIBIT_CENTRE, AzimuthalEquidistant
from kiosk.geo.sphere import (
    EARTH_RADIUS_KM,
    KM_PER_NM,
    LatLon,
    arc,
    circle,
    destination,
    distance_km,
    initial_bearing,
    interpolate,
    track_point,
)

__all__ = [
    "EARTH_RADIUS_KM",
    "EXHIBIT_CENTRE",
    "KM_PER_NM",
    "AzimuthalEquidistant",
    "LatLon",
    "arc",
    "circle",
    "destination",
    "distance_km",
    "initial_bearing",
    "interpolate",
    "track_point",
]
