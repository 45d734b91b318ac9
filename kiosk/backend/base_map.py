# SPDX-License-Identifier: MIT
"""The map's still layers (sea, graticule, land, coast, borders), painted once per view.

Thirty thousand coastline vertices cost tens of milliseconds to fill, far too much for every
frame. Painted into this item's image, they are drawn again only when the view settles after a
pinch, pan or zoom; while ships move the scene graph re-uses the image (the software renderer
copies back only the small rectangles the ships leave). During a gesture QML scales and moves
the painted image, and asks for a fresh painting when the fingers lift.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import Property, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF, QTransform
from PySide6.QtQml import QmlElement
from PySide6.QtQuick import QQuickItem, QQuickPaintedItem

from kiosk.backend.map_view import MapView
from kiosk.map_geometry import Line

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

# Theme's map colours (kiosk/qml/Kiosk/Theme/Theme.qml); docs/VISUAL.md has their contrast.
NIGHT = QColor("#0E1A24")
SHELF = QColor("#132634")
GRATICULE = QColor("#1B3142")
LAND = QColor("#2E3B40")
COAST = QColor("#9FB3BD")
BORDER = QColor("#6F828C")
# Above this zoom (pixels per km) the full-detail coast is painted, below it the thinned one.
DETAIL_ZOOM = 0.5


def _path(lines: list[Line], closed: bool) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for line in lines:
        polygon = QPolygonF([QPointF(x, y) for x, y in line])
        if closed:
            path.addPolygon(polygon)
            path.closeSubpath()
        else:
            path.addPolygon(polygon)
    return path


class _Paths:
    """QPainterPaths of one MapView's coast, built once and shared by every BaseMap."""

    def __init__(self, view: MapView) -> None:
        coast = view.coast()
        self.land = _path(coast.land, closed=True)
        self.overview = _path(coast.overview, closed=True)
        self.borders = _path(coast.borders, closed=False)
        self.graticule = _path(coast.graticule, closed=False)


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

    def __init__(self, parent: QQuickItem | None = None) -> None:
        super().__init__(parent)
        self._map: MapView | None = None
        self._x = 0.0
        self._y = 0.0
        self._zoom = 0.0
        self._line = 1.0
        self.setOpaquePainting(True)
        self.setAntialiasing(True)
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

    map = Property(MapView, _get_map, _set_map, notify=mapChanged)
    # The painted view: the world point (km) at the item's centre, and pixels per km.
    viewX = Property(float, _get_x, _set_x, notify=viewChanged)
    viewY = Property(float, _get_y, _set_y, notify=viewChanged)
    viewZoom = Property(float, _get_zoom, _set_zoom, notify=viewChanged)
    # Pixels per reference pixel (Theme.scale): lines keep their weight on a 4K screen.
    lineScale = Property(float, _get_line, _set_line, notify=viewChanged)

    # --- painting ---------------------------------------------------------------------------

    def paint(self, painter: QPainter) -> None:
        if self._map is None or self._zoom <= 0:
            return
        paths = _paths_of(self._map)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        transform = QTransform()
        transform.translate(self.width() / 2, self.height() / 2)
        transform.scale(self._zoom, self._zoom)
        transform.translate(-self._x, -self._y)
        painter.setTransform(transform)
        land = paths.land if self._zoom >= DETAIL_ZOOM else paths.overview
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self._pen(GRATICULE, 1.0))
        painter.drawPath(paths.graticule)
        # The shelf: a wide, quiet stroke of the coast under the land, so shallow water near
        # the coasts reads a shade lighter than the open ocean (docs/VISUAL.md).
        painter.setPen(self._pen(SHELF, 12.0))
        painter.drawPath(land)
        painter.setBrush(LAND)
        painter.setPen(self._pen(COAST, 1.2))
        painter.drawPath(land)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self._pen(BORDER, 1.0))
        painter.drawPath(paths.borders)

    def _pen(self, colour: QColor, width: float) -> QPen:
        pen = QPen(colour, max(1.0, width * self._line))
        pen.setCosmetic(True)  # in screen pixels, whatever the zoom
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        return pen
