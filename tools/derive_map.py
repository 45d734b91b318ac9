# SPDX-License-Identifier: MIT
"""Derive the map's coastlines and country borders (assets/map/) from Natural Earth 1:10m.

Reproducible: `pip install 'shapely==2.2.0'` (the `tools` extra), then
`.venv/bin/python tools/derive_map.py`. The tool fetches the npm package world-atlas@2.0.2 with
`npm pack` into a temporary directory, checks the tarball against the sha512 recorded below, and
reads land-10m.json and countries-10m.json straight from it. The result is committed; the
exhibit never downloads anything and never needs npm or shapely.

What it writes:

* coast.json: compact JSON, the shape kiosk.map_geometry reads. `land` is a list of polygons,
  each a list of rings (the outer boundary first, then its holes), each ring a flat list
  [lon0, lat0, lon1, lat1, ...] rounded to PRECISION decimals and NOT closed (the first point
  is not repeated at the end; the app closes every ring itself). `borders` is a list of open
  polylines in the same flat form: the arcs of countries-10m that two different countries share
  (TopoJSON's mesh with a != b), so no coastline is drawn twice.
* LICENCE.md: provenance, licences, the parameters below and the input's checksum.

Why these parameters:

* BBOX, lon -125 ... -45, lat -20 ... 66, is REGION of kiosk/content/map_schema.py, read from
  there: the graticule is drawn over that box and positions outside it are rejected, so the
  edges that clipping leaves lie on the graticule's outer lines (the clip box has a vertex every
  degree along its edges, like the graticule, so on the map a cut coast follows the curved
  parallel or meridian, not a chord). The box holds the Caribbean and the Gulf of Mexico, North
  America east of the Rockies to beyond Hudson Bay, Mexico and Central America, South America
  down past Lima (12 S; a missile range ring reaches it) and the western Atlantic well east of
  Bermuda. Its edges cut land only far from the story: British Columbia at 125 W, Baffin Island
  at 66 N, south-west Greenland at 45 W, Brazil at 45 W and Bolivia, Brazil and Chile at 20 S.
* TOLERANCE_KM, 1.75 km, is the Douglas-Peucker tolerance (shapely, topology-preserving),
  applied on the exhibit's own projection (kiosk.geo's azimuthal equidistant), so it is a
  distance on the screen's map wherever the coast is; the kept vertices are the source's own
  longitudes and latitudes. The default view shows about 8,000 km across 1,920 px (about 4 km a
  pixel) and zooms in about 6 times (about 0.7 km a pixel): the error is under half a pixel by
  default and two or three pixels fully zoomed in. 1.5 km would give about 296 KB, too close to
  MAX_BYTES for comfort; 1.75 km gives about 265 KB.
* MIN_AREA_KM2, 1.5 km2 (area on that projection): smaller islands and holes are dropped, as a
  couple of pixels at most when fully zoomed in. Every island the map must show is listed in
  CHECKPOINTS (Bermuda, the Caymans, the Bahamas, Puerto Rico, the Lesser Antilles, Isla de la
  Juventud, ...) and the tool fails if any of them is missing from the output.
* Lakes: Natural Earth's land layer has no holes for the Great Lakes (nor Lake Nicaragua; lakes
  are a separate Natural Earth layer that world-atlas does not carry), so they are land here and
  the US-Canada border runs across them. The three holes the layer has inside the box (lagoons)
  are kept.
* Antimeridian: TopoJSON positions are spherical, so rings crossing 180 degrees (Fiji,
  Chukotka) are unwrapped before any planar operation, or they would span the whole box.

The output is deterministic: the same input and shapely (GEOS) version give the same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import subprocess
import tarfile
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import shapely
from shapely.geometry import LineString, MultiLineString, Point, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.geometry.polygon import orient
from shapely.ops import linemerge

from kiosk.content.map_schema import REGION
from kiosk.geo import EARTH_RADIUS_KM, EXHIBIT_CENTRE, AzimuthalEquidistant, LatLon

T = TypeVar("T", Polygon, LineString)
TARGET = Path(__file__).resolve().parent.parent / "assets" / "map"
PACKAGE = "world-atlas@2.0.2"
# `npm view world-atlas@2.0.2 dist.integrity`
INTEGRITY = (
    "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcP"
    "BoXnyTU5lFHcYa5ChG0LQ=="
)
SOURCE = "world-atlas@2.0.2 (Natural Earth 1:10m)"
BBOX = (REGION["west"], REGION["south"], REGION["east"], REGION["north"])
TOLERANCE_KM = 1.75  # on the exhibit's map (azimuthal equidistant, kiosk.geo)
MIN_AREA_KM2 = 1.5
PRECISION = 3
MAX_BYTES = 300_000
KM_PER_DEGREE = EARTH_RADIUS_KM * math.pi / 180

# Places that must be land in the output: (name, lon, lat), each a point on the island (the
# check allows CHECK_KM of slack for the simplified outline).
CHECK_KM = 2.0
CHECKPOINTS = (
    ("Bermuda", -64.78, 32.30),
    ("Grand Cayman", -81.25, 19.32),
    ("Little Cayman", -80.06, 19.69),
    ("Cayman Brac", -79.80, 19.72),
    ("Isla de la Juventud", -82.85, 21.70),
    ("Havana", -82.38, 23.13),
    ("Key West", -81.78, 24.56),
    ("Jamaica", -77.30, 18.10),
    ("Hispaniola", -71.00, 19.00),
    ("Puerto Rico", -66.50, 18.20),
    ("New Providence", -77.35, 25.03),
    ("Andros", -78.00, 24.40),
    ("Grand Bahama", -78.40, 26.65),
    ("Great Abaco", -77.10, 26.40),
    ("Eleuthera", -76.24, 25.20),
    ("San Salvador", -74.48, 24.05),
    ("Great Inagua", -73.30, 21.05),
    ("Mayaguana", -73.00, 22.38),
    ("Providenciales", -72.27, 21.78),
    ("Grand Turk", -71.14, 21.47),
    ("St Thomas", -64.93, 18.34),
    ("St Croix", -64.75, 17.73),
    ("Tortola", -64.62, 18.43),
    ("Anguilla", -63.05, 18.22),
    ("St Martin", -63.06, 18.07),
    ("St Barthelemy", -62.83, 17.90),
    ("Saba", -63.24, 17.63),
    ("St Eustatius", -62.97, 17.49),
    ("St Kitts", -62.75, 17.33),
    ("Nevis", -62.58, 17.15),
    ("Antigua", -61.80, 17.08),
    ("Barbuda", -61.80, 17.63),
    ("Montserrat", -62.19, 16.74),
    ("Guadeloupe", -61.55, 16.25),
    ("Dominica", -61.35, 15.42),
    ("Martinique", -61.00, 14.65),
    ("St Lucia", -60.97, 13.90),
    ("St Vincent", -61.19, 13.25),
    ("Barbados", -59.55, 13.17),
    ("Grenada", -61.68, 12.12),
    ("Tobago", -60.70, 11.23),
    ("Trinidad", -61.30, 10.45),
    ("Aruba", -69.97, 12.52),
    ("Curacao", -68.95, 12.20),
    ("Bonaire", -68.27, 12.15),
    ("Isla Margarita", -63.90, 11.00),
    ("Cozumel", -86.90, 20.42),
    ("Lima", -77.03, -12.05),
    ("Hudson Bay's Belcher Islands", -79.20, 56.20),
    ("Newfoundland", -56.00, 48.50),
)


# --- fetching -------------------------------------------------------------------------------


def fetch(directory: Path) -> Path:
    """`npm pack` the package into directory and check it against INTEGRITY."""
    out = subprocess.run(
        ["npm", "pack", PACKAGE, "--json", "--pack-destination", str(directory)],
        check=True,
        capture_output=True,
        text=True,
        cwd=directory,
    ).stdout
    tarball = directory / json.loads(out)[0]["filename"]
    digest = hashlib.sha512(tarball.read_bytes()).digest()
    actual = "sha512-" + base64.b64encode(digest).decode("ascii")
    if actual != INTEGRITY:
        raise SystemExit(f"{tarball.name}: integrity {actual}, expected {INTEGRITY}")
    return tarball


def read_member(tarball: Path, name: str) -> bytes:
    with tarfile.open(tarball, "r:gz") as archive:
        member = archive.extractfile(f"package/{name}")
        if member is None:
            raise SystemExit(f"{tarball.name} has no package/{name}")
        return member.read()


# --- TopoJSON ---------------------------------------------------------------------------------

Point2 = tuple[float, float]


def decode_arcs(topology: dict[str, Any]) -> list[list[Point2]]:
    """Absolute positions of every arc: delta-decoded, then scaled and translated."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(arcs: list[list[Point2]], indices: list[int]) -> list[Point2]:
    """Join a ring's arcs; ~i (a negative index) is arc i reversed. Shared ends appear once."""
    points: list[Point2] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def unwrap(points: list[Point2]) -> list[Point2]:
    """Longitudes made continuous along a ring. TopoJSON positions are spherical, so an edge
    from 179.9 to -179.9 is 0.2 degrees long; taken as planar it would span the whole world
    (Fiji, Chukotka) and cross the clip box."""
    out: list[Point2] = []
    shift = 0.0
    for index, (lon, lat) in enumerate(points):
        if index:
            step = lon + shift - out[-1][0]
            if step > 180:
                shift -= 360
            elif step < -180:
                shift += 360
        out.append((lon + shift, lat))
    return out


def split_at_antimeridian(points: list[Point2]) -> list[list[Point2]]:
    """An open line cut where it jumps across the antimeridian."""
    parts: list[list[Point2]] = [[]]
    for point in points:
        if parts[-1] and abs(point[0] - parts[-1][-1][0]) > 180:
            parts.append([])
        parts[-1].append(point)
    return parts


def polygons_of(geometry: dict[str, Any]) -> list[list[list[int]]]:
    """The polygons (lists of rings, each a list of arc indices) of a TopoJSON geometry."""
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def land_polygons(topology: dict[str, Any], name: str) -> Iterator[Polygon]:
    arcs = decode_arcs(topology)
    for geometry in topology["objects"][name]["geometries"]:
        for rings in polygons_of(geometry):
            # Quantization collapses the tiniest islands to fewer than four positions.
            coords = [unwrap(ring_points(arcs, ring)) for ring in rings]
            if len(set(coords[0])) < 3:
                continue
            polygon = Polygon(coords[0], [c for c in coords[1:] if len(set(c)) >= 3])
            if not polygon.is_valid:
                polygon = shapely.make_valid(polygon)
            yield from _polygon_parts(polygon)


def border_lines(topology: dict[str, Any], name: str) -> list[LineString]:
    """The mesh of arcs used by two different geometries (borders, not coasts), stitched."""
    arcs = decode_arcs(topology)
    owners: dict[int, set[int]] = {}
    for number, geometry in enumerate(topology["objects"][name]["geometries"]):
        for rings in polygons_of(geometry):
            for ring in rings:
                for index in ring:
                    owners.setdefault(index if index >= 0 else ~index, set()).add(number)
    shared = sorted(arc for arc, who in owners.items() if len(who) > 1)
    lines = [
        LineString(part)
        for arc in shared
        for part in split_at_antimeridian(arcs[arc])
        if len(set(part)) > 1
    ]
    return list(_line_parts(linemerge(MultiLineString(lines))))


def _parts(geometry: BaseGeometry, kind: type[T]) -> Iterator[T]:
    """The non-empty polygons (or lines) in a geometry, however deeply collections nest them."""
    if isinstance(geometry, kind):
        if not geometry.is_empty:
            yield geometry
    elif hasattr(geometry, "geoms"):
        for part in geometry.geoms:
            yield from _parts(part, kind)


def _polygon_parts(geometry: BaseGeometry) -> Iterator[Polygon]:
    return _parts(geometry, Polygon)


def _line_parts(geometry: BaseGeometry) -> Iterator[LineString]:
    return _parts(geometry, LineString)


# --- clipping, simplifying, rounding --------------------------------------------------------


class MapSpace:
    """The exhibit's projection (km), remembering where each projected position came from.

    Douglas-Peucker only ever keeps input vertices, so a simplified outline maps back to the
    exact source longitudes and latitudes by look-up, with no inverse projection and its
    rounding noise.
    """

    def __init__(self) -> None:
        self._projection = AzimuthalEquidistant(EXHIBIT_CENTRE)
        self._source: dict[Point2, Point2] = {}

    def forward(self, coords: Iterable[tuple[float, ...]]) -> list[Point2]:
        lonlat = [(x, y) for x, y, *_ in coords]
        xy = self._projection.forward_many(LatLon(lat, lon) for lon, lat in lonlat)
        self._source.update(zip(xy, lonlat, strict=True))
        return xy

    def back(self, coords: Iterable[tuple[float, ...]]) -> list[Point2]:
        return [self._source[(x, y)] for x, y, *_ in coords]

    def polygon(self, polygon: Polygon) -> Polygon:
        return Polygon(
            self.forward(polygon.exterior.coords),
            [self.forward(h.coords) for h in polygon.interiors],
        )


def clip_box() -> Polygon:
    """BBOX with a vertex every degree or so along its edges (like the graticule's lines), so a
    coast cut by an edge follows the graticule's curve on the map rather than a chord."""
    west, south, east, north = BBOX
    lons, lats = _steps(west, east), _steps(south, north)
    ring = (
        [(lon, south) for lon in lons[:-1]]
        + [(east, lat) for lat in lats[:-1]]
        + [(lon, north) for lon in lons[:0:-1]]
        + [(west, lat) for lat in lats[:0:-1]]
    )
    return Polygon(ring)


def _steps(low: float, high: float) -> list[float]:
    """Evenly spaced, about a degree apart, ends included (as kiosk.map_geometry's graticule)."""
    count = max(2, math.ceil(high - low) + 1)
    return [low + (high - low) * i / (count - 1) for i in range(count)]


def flat(coords: Iterable[Point2], closed: bool) -> list[float]:
    """Rounded [lon, lat, ...], without repeated positions (and without the closing one)."""
    points: list[Point2] = []
    for x, y in coords:
        point = (round(x, PRECISION) + 0.0, round(y, PRECISION) + 0.0)  # + 0.0: no -0.0
        if not points or point != points[-1]:
            points.append(point)
    if closed and len(points) > 1 and points[0] == points[-1]:
        points.pop()
    return [value for point in points for value in point]


def derive_land(polygons: Iterable[Polygon]) -> list[list[list[float]]]:
    clip = clip_box()
    space = MapSpace()
    kept: list[tuple[float, list[list[float]]]] = []
    for source in polygons:
        if not source.intersects(clip):
            continue
        for part in _polygon_parts(source.intersection(clip)):
            projected = space.polygon(part)
            area = projected.area
            if area < MIN_AREA_KM2:
                continue
            holes = [h for h in projected.interiors if Polygon(h).area >= MIN_AREA_KM2]
            projected = Polygon(projected.exterior, holes)
            simple = shapely.simplify(projected, TOLERANCE_KM, preserve_topology=True)
            for piece in _polygon_parts(simple):
                piece = Polygon(
                    space.back(piece.exterior.coords),
                    [space.back(h.coords) for h in piece.interiors],
                )
                piece = orient(piece, sign=1.0)  # outer ring anticlockwise, holes clockwise
                outer = flat(piece.exterior.coords, closed=True)
                if len(outer) < 6:
                    continue
                rings = [outer]
                for hole in piece.interiors:
                    ring = flat(hole.coords, closed=True)
                    if len(ring) >= 6:
                        rings.append(ring)
                kept.append((area, rings))
    # Largest first; ties broken by the coordinates, so the order never depends on GEOS.
    kept.sort(key=lambda item: (-round(item[0], 3), item[1]))
    return [rings for _, rings in kept]


def derive_borders(lines: Iterable[LineString]) -> list[list[float]]:
    clip = clip_box()
    space = MapSpace()
    kept = []
    for line in lines:
        if not line.intersects(clip):
            continue
        for part in _line_parts(line.intersection(clip)):
            projected = LineString(space.forward(part.coords))
            simple = shapely.simplify(projected, TOLERANCE_KM, preserve_topology=True)
            for piece in _line_parts(simple):
                points = flat(space.back(piece.coords), closed=False)
                if len(points) >= 4:
                    kept.append(points)
    kept.sort()
    return kept


def check(land: list[list[list[float]]]) -> None:
    outlines = [
        Polygon(list(zip(polygon[0][::2], polygon[0][1::2], strict=True))) for polygon in land
    ]
    tree = shapely.STRtree(outlines)
    slack = CHECK_KM / KM_PER_DEGREE
    missing = []
    for name, lon, lat in CHECKPOINTS:
        point = Point(lon, lat)
        near = tree.query(point, predicate="dwithin", distance=slack)
        if len(near) == 0:
            missing.append(name)
    if missing:
        raise SystemExit(f"not land in the output: {', '.join(missing)}")


# --- output -----------------------------------------------------------------------------------


def licence_text(copyright_line: str, size: int, counts: dict[str, int]) -> str:
    west, south, east, north = BBOX
    centre = EXHIBIT_CENTRE
    return f"""# Map data: provenance and licence

`coast.json` is derived from **Natural Earth** 1:10m vector data (version 4.1.0), as
redistributed in TopoJSON by the npm package **{PACKAGE}** (files `land-10m.json` for the land
and `countries-10m.json` for the country borders).

## Natural Earth: public domain

Natural Earth's terms of use (naturalearthdata.com, "Terms of Use"): "All versions of Natural
Earth raster + vector map data found on this website are in the public domain." and "No
permission is needed to use Natural Earth. Crediting the authors is unnecessary." We credit it
anyway: made with Natural Earth.

## world-atlas: ISC licence

The TopoJSON packaging is by Mike Bostock, under the ISC licence; its LICENSE file reads:

> {copyright_line}
>
> Permission to use, copy, modify, and/or distribute this software for any purpose with or
> without fee is hereby granted, provided that the above copyright notice and this permission
> notice appear in all copies.
>
> THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS
> SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL
> THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY
> DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF
> CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE
> OR PERFORMANCE OF THIS SOFTWARE.

## How it was made

Regenerate with (needs npm and the `tools` extra, shapely {shapely.__version__}):

    .venv/bin/python tools/derive_map.py

- input: `{PACKAGE}` fetched with `npm pack`, integrity
  `{INTEGRITY}`
- clip box: lon {west:g} to {east:g}, lat {south:g} to {north:g} (west, south, east, north)
- simplification: Douglas-Peucker (shapely, topology-preserving) on the exhibit's own
  projection (azimuthal equidistant centred on lat {centre.lat:g}, lon {centre.lon:g}),
  tolerance {TOLERANCE_KM:g} km
- dropped: islands and holes under {MIN_AREA_KM2:g} km2
- coordinates rounded to {PRECISION} decimals; rings are not closed (the first point is not
  repeated); borders are the arcs shared by two different countries, clipped to the box
- output: `coast.json`, {size:,} bytes: {counts["polygons"]:,} land polygons
  ({counts["rings"]:,} rings, {counts["land_points"]:,} points) and {counts["borders"]:,}
  border lines ({counts["border_points"]:,} points)
"""


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="derive-map-") as temporary:
        tarball = fetch(Path(temporary))
        land_topology = json.loads(read_member(tarball, "land-10m.json"))
        countries_topology = json.loads(read_member(tarball, "countries-10m.json"))
        licence = read_member(tarball, "LICENSE").decode("utf-8")
    copyright_line = licence.splitlines()[0].strip()
    if not copyright_line.startswith("Copyright"):
        raise SystemExit(f"unexpected first line of the package's LICENSE: {copyright_line!r}")

    land = derive_land(land_polygons(land_topology, "land"))
    borders = derive_borders(border_lines(countries_topology, "countries"))
    check(land)
    data = {
        "format": 1,
        "source": SOURCE,
        "bbox": list(BBOX),
        "precision": PRECISION,
        "land": land,
        "borders": borders,
    }
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=True)
    size = len(text.encode("utf-8"))
    if size > MAX_BYTES:
        raise SystemExit(f"coast.json would be {size:,} bytes, over the {MAX_BYTES:,} limit")
    counts = {
        "polygons": len(land),
        "rings": sum(len(polygon) for polygon in land),
        "land_points": sum(len(ring) // 2 for polygon in land for ring in polygon),
        "borders": len(borders),
        "border_points": sum(len(line) // 2 for line in borders),
    }
    TARGET.mkdir(parents=True, exist_ok=True)
    (TARGET / "coast.json").write_text(text, encoding="utf-8", newline="\n")
    (TARGET / "LICENCE.md").write_text(
        licence_text(copyright_line, size, counts), encoding="utf-8", newline="\n"
    )
    print(f"coast.json: {size:,} bytes, {counts}")


if __name__ == "__main__":
    main()
