# SPDX-License-Identifier: MIT
"""The map's geometry, computed once: coastlines, rings, the arc and every track, projected.

World coordinates are kilometres on the exhibit's azimuthal equidistant projection, x east and
y south (screen direction), so QML scales one item to zoom and never re-projects. Tracks are
sampled along great circles at a fixed step; the QML interpolates between samples while the
timeline plays, so no Python runs per frame.
"""

from __future__ import annotations

import json
import math
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.map_loader import MapContent
from kiosk.content.map_schema import REGION, TIMELINE_DAYS, Ship
from kiosk.geo import (
    EXHIBIT_CENTRE,
    KM_PER_NM,
    AzimuthalEquidistant,
    LatLon,
    arc,
    circle,
    track_point,
)

SAMPLE_DAYS = 1 / 8  # three hours: smooth at the play speed, a few hundred numbers a ship
GRATICULE_STEP_DEG = 10
STILL = ("stopped", "docked", "surfaced")


class CoastError(Exception):
    """The bundled coastline file cannot be read (a broken installation)."""


# A polyline as a flat array x0, y0, x1, y1, … in world km: a third of the memory of tuples.
Line = array


@dataclass(frozen=True)
class Coast:
    """The static map in world km: painted once per view (kiosk/backend/base_map.py)."""

    land: list[Line]  # closed rings (outlines and their holes; fill rule odd-even)
    borders: list[Line]  # open polylines
    graticule: list[Line]  # open polylines, every GRATICULE_STEP_DEG degrees
    bbox: tuple[float, float, float, float]  # world: min x, min y, max x, max y


EMPTY_COAST = Coast([], [], [], (-4000.0, -4000.0, 4000.0, 4000.0))


@dataclass(frozen=True)
class Track:
    """A ship's samples from its first dated position to its last (or to leaving the map)."""

    start: float  # t of the first sample
    end: float  # t after which it is no longer drawn (leaving the map), else the timeline end
    samples: list[float]  # x, y, heading (degrees clockwise from screen up) per SAMPLE_DAYS
    exact: list[tuple[float, float]]  # (from t, to t) spans where the position is sourced


class Projector:
    def __init__(self) -> None:
        self._projection = AzimuthalEquidistant(EXHIBIT_CENTRE)

    def xy(self, lat: float, lon: float) -> tuple[float, float]:
        x, y = self._projection.forward(LatLon(lat, lon))
        return x, -y

    # --- the coastline ----------------------------------------------------------------------

    def coast(self, file: Path) -> Coast:
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
            rings = [self._flat(ring) for polygon in data["land"] for ring in polygon if ring]
            borders = [self._flat(line) for line in data["borders"] if line]
        except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
            raise CoastError(f"{file} cannot be read ({exc}); reinstall the exhibit") from exc
        if not rings:
            raise CoastError(f"{file} holds no land; reinstall the exhibit")
        return Coast(
            land=rings,
            borders=borders,
            graticule=self.graticule(**REGION),
            bbox=(
                min(min(ring[0::2]) for ring in rings),
                min(min(ring[1::2]) for ring in rings),
                max(max(ring[0::2]) for ring in rings),
                max(max(ring[1::2]) for ring in rings),
            ),
        )

    def _flat(self, lonlat: list[float]) -> Line:
        """A flat lon, lat, lon, lat, … list projected to a flat x, y, … array (y south)."""
        points = self._projection.forward_many(_pairs(lonlat))
        return array("d", (v for x, y in points for v in (x, -y)))

    def graticule(self, west: float, south: float, east: float, north: float) -> list[Line]:
        lines = []
        for lon in range(_ceil(west), math.floor(east) + 1, GRATICULE_STEP_DEG):
            lines.append(self._flat([v for lat in _steps(south, north) for v in (lon, lat)]))
        for lat in range(_ceil(south), math.floor(north) + 1, GRATICULE_STEP_DEG):
            lines.append(self._flat([v for lon in _steps(west, east) for v in (lon, lat)]))
        return lines

    # --- the content ------------------------------------------------------------------------

    def ring(self, centre: LatLon, radius_nm: float) -> Line:
        """A range ring, closed, as a flat x, y, … array in world km."""
        points = circle(centre, radius_nm * KM_PER_NM, 360)
        return self._flat([v for p in points for v in (p.lon, p.lat)])

    def arc_points(self, map_content: MapContent) -> list[tuple[float, float]]:
        drawn = map_content.arc
        if drawn is None:
            return []
        centre = LatLon(drawn.centre.lat, drawn.centre.lon)
        points = arc(centre, drawn.radius_nm * KM_PER_NM, drawn.from_bearing, drawn.to_bearing)
        return [self.xy(p.lat, p.lon) for p in points]

    def track(self, ship: Ship) -> Track:
        points = [(p.at, LatLon(p.lat, p.lon)) for p in ship.track]
        start = points[0][0]
        gone = next((p.at for p in ship.track if p.state == "gone"), None)
        end = gone if gone is not None else TIMELINE_DAYS
        samples: list[float] = []
        heading = 0.0
        count = max(1, math.ceil((end - start) / SAMPLE_DAYS)) + 1
        positions = [
            self.xy(*_latlon(track_point(points, start + i * SAMPLE_DAYS))) for i in range(count)
        ]
        for index, (x, y) in enumerate(positions):
            ahead = positions[index + 1] if index + 1 < len(positions) else None
            if ahead and math.hypot(ahead[0] - x, ahead[1] - y) > 1e-3:
                heading = math.degrees(math.atan2(ahead[0] - x, -(ahead[1] - y))) % 360
            samples.extend((round(x, 2), round(y, 2), round(heading, 1)))
        exact = []
        for index, point in enumerate(ship.track):
            if point.exact:
                last = index + 1 == len(ship.track)
                # Exact while it stays put there: stopped, docked or surfaced until its next
                # point, or for good after its last one; under way, only at that moment.
                until = end if last else ship.track[index + 1].at
                exact.append((point.at, until if last or point.state in STILL else point.at + 1e-6))
        return Track(start, end, samples, exact)


def _pairs(flat: list[float]) -> Iterator[LatLon]:
    return (LatLon(flat[i + 1], flat[i]) for i in range(0, len(flat) - 1, 2))


def _latlon(point: LatLon) -> tuple[float, float]:
    return point.lat, point.lon


def thin(line: Line, min_km: float) -> Line:
    """Drop each vertex within min_km of the last one kept (a radial-distance filter)."""
    kept = array("d", line[:2])
    last_x, last_y = line[0], line[1]
    for i in range(2, len(line) - 1, 2):
        x, y = line[i], line[i + 1]
        if abs(x - last_x) + abs(y - last_y) >= min_km:
            kept.extend((x, y))
            last_x, last_y = x, y
    return kept


def pieces(rings: list[Line], vertices: int) -> list[list[Line]]:
    """The rings' outlines cut into groups of about `vertices` vertices each, as open polylines
    (a ring closed by repeating its first vertex): stroking the groups one by one draws the
    same outline as stroking the rings, in steps short enough to stop between."""
    groups: list[list[Line]] = [[]]
    count = 0
    for ring in rings:
        closed = array("d", ring)
        closed.extend(ring[:2])
        start = 0
        while start < len(closed) - 2:
            take = max(2, vertices - count) * 2
            stop = min(len(closed), start + take)
            groups[-1].append(closed[start:stop])
            count += (stop - start) // 2
            start = stop - 2  # the next part begins where this one ends
            if count >= vertices:
                groups.append([])
                count = 0
    return [group for group in groups if group]


def _ceil(value: float) -> int:
    step = GRATICULE_STEP_DEG
    return int(math.ceil(value / step) * step)


def _steps(low: float, high: float) -> list[float]:
    count = max(2, math.ceil(high - low) + 1)
    return [low + (high - low) * i / (count - 1) for i in range(count)]
