# SPDX-License-Identifier: MIT
"""Great-circle geometry on a spherical Earth: distances, bearings, range rings and tracks.

The exhibit draws ranges of a few thousand kilometres at screen scale, where the sphere's error
against the WGS-84 ellipsoid (at most about 0.5 %) is far below a pixel's worth of meaning, so a
sphere of the IUGG mean radius keeps the formulas short and the results reproducible.

Latitude and longitude are decimal degrees, north and east positive; bearings are degrees
clockwise from true north; distances are kilometres.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass

__all__ = [
    "EARTH_RADIUS_KM",
    "KM_PER_NM",
    "LatLon",
    "arc",
    "circle",
    "destination",
    "distance_km",
    "initial_bearing",
    "interpolate",
    "track_point",
]

EARTH_RADIUS_KM: float = 6371.0088
"""IUGG mean Earth radius R1 = (2a + b) / 3 of WGS-84, in kilometres."""

KM_PER_NM: float = 1.852
"""Kilometres in one international nautical mile (exact by definition)."""

# Below this central angle (radians, about 6 µm on the ground) two points are treated as one:
# slerp's sin(δ) denominator would lose all its digits first.
_SAME_POINT_RAD = 1e-12


@dataclass(frozen=True)
class LatLon:
    """A position in decimal degrees; a plain value, deliberately not validated."""

    lat: float
    lon: float


def _normalise_lon(lon_deg: float) -> float:
    lon = (lon_deg + 180.0) % 360.0 - 180.0
    # A tiny negative lon_deg + 180 rounds to 360.0 under %, which would give +180.
    return -180.0 if lon >= 180.0 else lon


def _central_angle(a: LatLon, b: LatLon) -> float:
    # The atan2 (Vincenty-on-a-sphere) form: unlike acos of the law of cosines it keeps full
    # precision both for nearby points and for nearly antipodal ones.
    phi1, phi2 = math.radians(a.lat), math.radians(b.lat)
    dlon = math.radians(b.lon - a.lon)
    sin_phi1, cos_phi1 = math.sin(phi1), math.cos(phi1)
    sin_phi2, cos_phi2 = math.sin(phi2), math.cos(phi2)
    cos_dlon = math.cos(dlon)
    east = cos_phi2 * math.sin(dlon)
    north = cos_phi1 * sin_phi2 - sin_phi1 * cos_phi2 * cos_dlon
    cos_c = sin_phi1 * sin_phi2 + cos_phi1 * cos_phi2 * cos_dlon
    return math.atan2(math.hypot(east, north), cos_c)


def distance_km(a: LatLon, b: LatLon) -> float:
    """Great-circle distance from a to b in kilometres."""
    return EARTH_RADIUS_KM * _central_angle(a, b)


def initial_bearing(a: LatLon, b: LatLon) -> float:
    """Bearing in [0, 360) at which the great circle from a to b sets off.

    Undefined when a and b coincide or are antipodal; 0.0 comes back for coincident points.
    """
    phi1, phi2 = math.radians(a.lat), math.radians(b.lat)
    dlon = math.radians(b.lon - a.lon)
    y = math.sin(dlon) * math.cos(phi2)
    x = math.cos(phi1) * math.sin(phi2) - math.sin(phi1) * math.cos(phi2) * math.cos(dlon)
    bearing = math.degrees(math.atan2(y, x)) % 360.0
    # -1e-17 % 360 is 360.0, outside the promised half-open range.
    return 0.0 if bearing >= 360.0 else bearing


def destination(start: LatLon, bearing_deg: float, distance_km: float) -> LatLon:
    """The point distance_km along the great circle leaving start at bearing_deg.

    The result's longitude is normalised to [-180, 180).
    """
    delta = distance_km / EARTH_RADIUS_KM
    theta = math.radians(bearing_deg)
    phi1 = math.radians(start.lat)
    sin_phi1, cos_phi1 = math.sin(phi1), math.cos(phi1)
    sin_delta, cos_delta = math.sin(delta), math.cos(delta)
    north = sin_delta * math.cos(theta)
    # The end point as a unit vector in a frame turned so that start's meridian is longitude 0.
    # Reading latitude and longitude back with atan2, rather than asin of the z component, keeps
    # full precision near the poles and stays defined when start is a pole.
    x = cos_phi1 * cos_delta - sin_phi1 * north
    y = sin_delta * math.sin(theta)
    z = sin_phi1 * cos_delta + cos_phi1 * north
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return LatLon(lat, _normalise_lon(start.lon + math.degrees(math.atan2(y, x))))


def _to_vector(p: LatLon) -> tuple[float, float, float]:
    phi, lam = math.radians(p.lat), math.radians(p.lon)
    cos_phi = math.cos(phi)
    return (cos_phi * math.cos(lam), cos_phi * math.sin(lam), math.sin(phi))


def _from_vector(x: float, y: float, z: float) -> LatLon:
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return LatLon(lat, _normalise_lon(math.degrees(math.atan2(y, x))))


def interpolate(a: LatLon, b: LatLon, fraction: float) -> LatLon:
    """The point at fraction of the way along the shorter great-circle path from a to b.

    Spherical linear interpolation; fraction 0 and 1 return a and b themselves, and fractions
    outside 0..1 extrapolate along the same great circle. Raises ValueError for antipodal
    points: every great circle through both is then equally short, so the path is undefined.
    """
    if fraction == 0.0:
        return a
    if fraction == 1.0:
        return b
    va, vb = _to_vector(a), _to_vector(b)
    cross = (
        va[1] * vb[2] - va[2] * vb[1],
        va[2] * vb[0] - va[0] * vb[2],
        va[0] * vb[1] - va[1] * vb[0],
    )
    dot = va[0] * vb[0] + va[1] * vb[1] + va[2] * vb[2]
    delta = math.atan2(math.hypot(*cross), dot)
    if delta < _SAME_POINT_RAD:
        # A straight blend of two (nearly) equal unit vectors is exact to far below a
        # millimetre, and avoids dividing by sin(delta) ≈ 0.
        wa, wb = 1.0 - fraction, fraction
    elif math.pi - delta < _SAME_POINT_RAD:
        raise ValueError(f"no unique great circle between antipodal points {a} and {b}")
    else:
        sin_delta = math.sin(delta)
        wa = math.sin((1.0 - fraction) * delta) / sin_delta
        wb = math.sin(fraction * delta) / sin_delta
    x, y, z = (wa * pa + wb * pb for pa, pb in zip(va, vb, strict=True))
    return _from_vector(x, y, z)


def circle(centre: LatLon, radius_km: float, points: int = 180) -> list[LatLon]:
    """A closed small circle: points positions radius_km from centre, then the first again.

    Bearings run clockwise from 0 in equal steps of 360 / points, so the list has points + 1
    entries and its last entry is its first.
    """
    if points < 3:
        raise ValueError(f"a circle needs at least 3 points, not {points}")
    ring = [destination(centre, 360.0 * i / points, radius_km) for i in range(points)]
    ring.append(ring[0])
    return ring


def arc(
    centre: LatLon,
    radius_km: float,
    from_bearing: float,
    to_bearing: float,
    step_deg: float = 1.0,
) -> list[LatLon]:
    """Positions radius_km from centre, sweeping clockwise from from_bearing to to_bearing.

    Both ends are included and the bearings between are evenly spaced, at most step_deg apart.
    The sweep may cross north (300 → 40 covers 100°). Equal bearings give the single point;
    bearings a whole number of turns apart (0 → 360) give the full circle.
    """
    if not step_deg > 0.0:
        raise ValueError(f"step_deg must be positive, not {step_deg}")
    sweep = (to_bearing - from_bearing) % 360.0
    if sweep == 0.0:
        if to_bearing == from_bearing:
            return [destination(centre, from_bearing, radius_km)]
        sweep = 360.0
    # The small slack keeps a sweep that is a whole number of steps (up to rounding) from
    # gaining a needless extra sliver of a step.
    steps = max(1, math.ceil(sweep / step_deg - 1e-9))
    bearings = [from_bearing + sweep * i / steps for i in range(steps)]
    bearings.append(to_bearing)
    return [destination(centre, b, radius_km) for b in bearings]


def track_point(points: list[tuple[float, LatLon]], t: float) -> LatLon:
    """Position at time t along a track of (time, position) pairs sorted by time.

    Within a leg the position moves along the leg's great circle in proportion to time; before
    the first time it is the first position, after the last time the last position. Raises
    ValueError for an empty track.
    """
    if not points:
        raise ValueError("a track needs at least one point")
    if t <= points[0][0]:
        return points[0][1]
    if t >= points[-1][0]:
        return points[-1][1]
    # bisect keeps per-frame look-ups logarithmic for long tracks; it lands on the first point
    # strictly later than t, so the leg's start time is <= t < its end time (no zero division).
    i = bisect.bisect_right(points, t, key=lambda point: point[0])
    (t0, p0), (t1, p1) = points[i - 1], points[i]
    if t == t0:
        return p0
    return interpolate(p0, p1, (t - t0) / (t1 - t0))
