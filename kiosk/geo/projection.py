# SPDX-License-Identifier: MIT
"""The exhibit map's projection: azimuthal equidistant on the sphere.

Spherical formulas from Snyder, "Map Projections — A Working Manual" (USGS Professional Paper
1395, 1987), chapter 25: forward by eqs. 22-4 and 22-5 with k' = c / sin c (25-2) and cos c from
5-3; inverse by 20-14 and 20-15 with rho from 20-18 and c = rho / R (25-15). Both are evaluated
in atan2 form so that points next to the centre keep their precision (acos of cos c near 1 would
throw away half the digits).

On this projection the distance of any point from the centre equals its great-circle distance,
and its direction from the centre equals the initial bearing, which is why range rings around a
site near the centre come out as circles on screen.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from kiosk.geo.sphere import EARTH_RADIUS_KM, LatLon

__all__ = ["EXHIBIT_CENTRE", "AzimuthalEquidistant"]

# Centred on western Cuba, a few hundred kilometres from the missile sites, so the range rings
# drawn around those sites are (almost exactly) true circles on screen; see the circularity test.
EXHIBIT_CENTRE = LatLon(22.0, -80.0)

# Within this angle (radians) of the antipode every direction from the centre reaches the same
# point, so the map position is undefined (on the map it is the whole rim of the disc).
_ANTIPODE_RAD = 1e-9


class AzimuthalEquidistant:
    """Azimuthal equidistant projection centred on centre; map units are kilometres.

    x grows east and y grows NORTH (the mathematical convention); screens flip y themselves.
    The centre's antipode has no single map position: forward raises ValueError within 1e-9 rad
    of it, and inverse raises ValueError for map points at or beyond the rim (pi * R from the
    centre, less the same margin), which forward never produces.
    """

    __slots__ = ("_cos_phi0", "_lon0", "_sin_phi0", "centre")

    def __init__(self, centre: LatLon) -> None:
        self.centre = centre
        phi0 = math.radians(centre.lat)
        self._sin_phi0 = math.sin(phi0)
        self._cos_phi0 = math.cos(phi0)
        self._lon0 = centre.lon

    def __repr__(self) -> str:
        return f"AzimuthalEquidistant({self.centre!r})"

    def forward(self, p: LatLon) -> tuple[float, float]:
        """Map position (x_km east, y_km north) of p."""
        return self.forward_many((p,))[0]

    def forward_many(self, points: Iterable[LatLon]) -> list[tuple[float, float]]:
        """forward for many points (coastlines); one tight loop over precomputed centre terms."""
        sin_phi0, cos_phi0, lon0 = self._sin_phi0, self._cos_phi0, self._lon0
        # Local names: attribute and global look-ups dominate a loop this small.
        sin, cos, atan2, hypot, radians = math.sin, math.cos, math.atan2, math.hypot, math.radians
        pi_less = math.pi - _ANTIPODE_RAD
        radius = EARTH_RADIUS_KM
        out: list[tuple[float, float]] = []
        append = out.append
        for p in points:
            phi = radians(p.lat)
            dlon = radians(p.lon - lon0)
            sin_phi, cos_phi = sin(phi), cos(phi)
            cos_dlon = cos(dlon)
            # east and north are sin c times the sine and cosine of the bearing from the
            # centre; cos_c is Snyder's 5-3.
            east = cos_phi * sin(dlon)
            north = cos_phi0 * sin_phi - sin_phi0 * cos_phi * cos_dlon
            cos_c = sin_phi0 * sin_phi + cos_phi0 * cos_phi * cos_dlon
            sin_c = hypot(east, north)
            c = atan2(sin_c, cos_c)
            if sin_c == 0.0 and cos_c > 0.0:
                append((0.0, 0.0))
                continue
            if c > pi_less:
                raise ValueError(f"{p} is the antipode of the projection centre {self.centre}")
            k = radius * c / sin_c  # R k' of eq. 25-2
            append((k * east, k * north))
        return out

    def inverse(self, x_km: float, y_km: float) -> LatLon:
        """Position at map point (x_km east, y_km north); longitude in [-180, 180)."""
        rho = math.hypot(x_km, y_km)
        if rho == 0.0:
            return self.centre
        c = rho / EARTH_RADIUS_KM
        if c > math.pi - _ANTIPODE_RAD:
            raise ValueError(
                f"map point ({x_km}, {y_km}) is {rho:.3f} km from the centre, at or beyond the"
                f" rim of the map ({math.pi * EARTH_RADIUS_KM:.3f} km, the antipode)"
            )
        sin_c, cos_c = math.sin(c), math.cos(c)
        sin_phi0, cos_phi0 = self._sin_phi0, self._cos_phi0
        # The numerator and denominator of Snyder's 20-15 (divided by rho) are cos(phi) times
        # the sine and cosine of the longitude difference; 20-14 gives sin(phi). Taking
        # latitude by atan2 of those, not asin, keeps precision near the poles.
        east = x_km * sin_c / rho
        north = cos_phi0 * cos_c - sin_phi0 * sin_c * y_km / rho
        up = sin_phi0 * cos_c + cos_phi0 * sin_c * y_km / rho
        lat = math.degrees(math.atan2(up, math.hypot(east, north)))
        lon = (self._lon0 + math.degrees(math.atan2(east, north)) + 180.0) % 360.0 - 180.0
        # A tiny negative sum rounds to 360.0 under %, which would give +180.
        return LatLon(lat, -180.0 if lon >= 180.0 else lon)
