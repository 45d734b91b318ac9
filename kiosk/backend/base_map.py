# SPDX-License-Identifier: MIT
"""The map's still layers (sea, graticule, shelf, land, coast, borders), painted once per view.

Sixteen thousand coastline vertices cost tens of milliseconds to paint, far too much for every
frame. Painted into this item's image, they are drawn again only when the view settles after a
pinch, pan or zoom; while ships move the scene graph re-uses the image (the software renderer
copies back only the small rectangles the ships leave). During a gesture QML scales and moves
the painted image, and asks for a fresh painting when the fingers lift.

Each view is painted twice. First plainly (no antialiasing, the coast thinned to about a pixel:
some 15-40 ms), so a map that has just opened shows its whole coast in its first frame; then,
once the view has been still for a moment, finely (antialiased coastline: 80-150 ms), which a
visitor sees as the coast sharpening. Measured under Xvfb at 1920×1080 (docs/PERFORMANCE.md).
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import Property, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF, QTransform
from PySide6.QtQml import QmlElement
from PySide6.QtQuick import QQuickItem, QQuickPaintedItem

from kiosk.backend.map_view import MapView
from kiosk.map_geometry import Line, thin

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

# Theme's map colours (kiosk/qml/Kiosk/Theme/Theme.qml); docs/VISUAL.md has their contrast.
NIGHT = QColor("#0E1A24")
SHELF = QColor("#132634")
GRATICULE = QColor("#1B3142")
LAND = QColor("#2E3B40")
COAST = QColor("#9FB3BD")
BORDER = QColor("#6F828C")
# The coast is thinned to about this many pixels between vertices (kiosk.map_geometry.thin):
# closer vertices change nothing a visitor can see, and each one costs painting time.
PIXELS_PER_VERTEX = 1.0
LEVELS_KM = (0.0, 1.0, 2.0, 4.0, 8.0)  # 0: the coast as derived (about 1.75 km apart)
FINE_AFTER_MS = 350  # the view has been still this long: paint it finely


def _path(lines: list[Line], closed: bool) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for line in lines:
        polygon = QPolygonF([QPointF(line[i], line[i + 1]) for i in range(0, len(line) - 1, 2)])
        if closed:
            path.addPolygon(polygon)
            path.closeSubpath()
        else:
            path.addPolygon(polygon)
    return path


class _Paths:
    """QPainterPaths of one MapView's coast, built once and shared by every BaseMap; the land
    at a few levels of detail, each built when a zoom first needs it."""

    def __init__(self, view: MapView) -> None:
        self._coast = view.coast()
        self._land: dict[float, QPainterPath] = {}
        self.borders = _path(self._coast.borders, closed=False)
        self.graticule = _path(self._coast.graticule, closed=False)

    def land(self, zoom: float) -> QPainterPath:
        """The land, thinned for `zoom` (pixels per km)."""
        level = max(km for km in LEVELS_KM if km <= PIXELS_PER_VERTEX / zoom)
        if level not in self._land:
            rings = self._coast.land
            if level > 0:
                rings = [kept for ring in rings if len(kept := thin(ring, level)) >= 6]
            self._land[level] = _path(rings, closed=True)
        return self._land[level]


_PATHS: weakref.WeakKeyDictionary[MapView, _Paths] = weakref.WeakKeyDictionary()


def _paths_of(view: MapView) -> _Paths:
    if view not in _PATHS:
        _PATHS[view] = _Paths(view)
    return _PATHS[view]


@QmlElement
class BaseMap(QQuickPaintedItem):
    """Paints the still map for the view (centre in world km, zoom in pixels per km)."""

    viewChanged = Signal()
    mapChanged = Signal()
    fineChanged = Signal()

    def __init__(self, parent: QQuickItem | None = None) -> None:
        super().__init__(parent)
        self._map: MapView | None = None
        self._x = 0.0
        self._y = 0.0
        self._zoom = 0.0
        self._line = 1.0
        self._fine_key: tuple[float, ...] = ()
        # Restarted by every plain painting, so the fine one waits until the view is still.
        self._fine_timer = QTimer(self, singleShot=True, interval=FINE_AFTER_MS)
        self._fine_timer.timeout.connect(self._paint_finely)
        self.setOpaquePainting(True)
        self.setFillColor(NIGHT)

    # --- properties -------------------------------------------------------------------------

    def _get_map(self) -> MapView | None:
        return self._map

    def _set_map(self, value: MapView | None) -> None:
        if value is not self._map:
            self._map = value
            self.mapChanged.emit()
            self.update()

    def _get_x(self) -> float:
        return self._x

    def _set_x(self, value: float) -> None:
        self._set_view("_x", value)

    def _get_y(self) -> float:
        return self._y

    def _set_y(self, value: float) -> None:
        self._set_view("_y", value)

    def _get_zoom(self) -> float:
        return self._zoom

    def _set_zoom(self, value: float) -> None:
        self._set_view("_zoom", value)

    def _get_line(self) -> float:
        return self._line

    def _set_line(self, value: float) -> None:
        self._set_view("_line", value)

    def _set_view(self, name: str, value: float) -> None:
        if getattr(self, name) != value:
            setattr(self, name, value)
            self.viewChanged.emit()
            self.update()

    def _get_fine(self) -> bool:
        return self._fine_key == self._key()

    map = Property(MapView, _get_map, _set_map, notify=mapChanged)
    # The painted view: the world point (km) at the item's centre, and pixels per km.
    viewX = Property(float, _get_x, _set_x, notify=viewChanged)
    viewY = Property(float, _get_y, _set_y, notify=viewChanged)
    viewZoom = Property(float, _get_zoom, _set_zoom, notify=viewChanged)
    # Pixels per reference pixel (Theme.scale): lines keep their weight on a 4K screen.
    lineScale = Property(float, _get_line, _set_line, notify=viewChanged)
    # Whether the picture shown is the fine one (screenshots and tests wait for it).
    fine = Property(bool, _get_fine, notify=fineChanged)

    # --- painting ---------------------------------------------------------------------------

    def paint(self, painter: QPainter) -> None:
        if self._map is None or self._zoom <= 0:
            return
        fine = self._fine_key == self._key()
        paths = _paths_of(self._map)
        # Off unless asked for below: antialiased fills and wide strokes cost ten times as much.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        transform = QTransform()
        transform.translate(self.width() / 2, self.height() / 2)
        transform.scale(self._zoom, self._zoom)
        transform.translate(-self._x, -self._y)
        painter.setTransform(transform)
        land = paths.land(self._zoom)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self._pen(GRATICULE, 1.0))
        painter.drawPath(paths.graticule)
        # The shelf: a wide, quiet stroke of the coast under the land, so shallow water near
        # the coasts reads a shade lighter than the open ocean (docs/VISUAL.md). Bevel joins
        # and no antialiasing: round joins on a wide pen cost ten times as much, unseen here.
        shelf = self._pen(SHELF, 12.0, Qt.PenJoinStyle.BevelJoin)
        shelf.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(shelf)
        painter.drawPath(land)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(LAND)
        painter.drawPath(land)
        # The coastline is what the eye follows: antialiased in the fine pass only.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, fine)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # Plainly, a one-pixel line: Qt draws it directly, a hundredth of the cost of a wider one.
        painter.setPen(self._pen(COAST, 1.2) if fine else self._pen(COAST, 1.0, width_max=1.0))
        painter.drawPath(land)
        painter.setPen(self._pen(BORDER, 1.0))
        painter.drawPath(paths.borders)
        if not fine:
            self._fine_timer.start()

    def finish(self) -> None:
        """Paint finely now (screenshots, which must not wait for the view to be still)."""
        self._fine_timer.stop()
        self._paint_finely()

    def _paint_finely(self) -> None:
        self._fine_key = self._key()
        self.update()
        self.fineChanged.emit()

    def _key(self) -> tuple[float, ...]:
        return (self.width(), self.height(), self._x, self._y, self._zoom, self._line)

    def _pen(
        self,
        colour: QColor,
        width: float,
        join: Qt.PenJoinStyle = Qt.PenJoinStyle.RoundJoin,
        width_max: float | None = None,
    ) -> QPen:
        pixels = max(1.0, width * self._line)
        pen = QPen(colour, pixels if width_max is None else min(width_max, pixels))
        pen.setCosmetic(True)  # in screen pixels, whatever the zoom
        pen.setJoinStyle(join)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        return pen
