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
from PySide6.QtQml import QmlElement, QmlUncreatable
from PySide6.QtQuick import QQuickItem, QQuickPaintedItem

from kiosk.backend.map_lines import LinesState, lines_state, paint_lines
from kiosk.backend.map_view import MapView
from kiosk.backend.qt_types import QStringList
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
        _warm(_PATHS[view], list(LEVELS_KM))
    return _PATHS[view]


def _warm(paths: _Paths, levels: list[float]) -> None:
    """Build the other levels of detail in idle moments, one every 200 ms (each some 40 ms), so
    opening the map or zooming never waits for one."""
    if not levels:
        return
    level = levels.pop()

    def build() -> None:
        paths.land(PIXELS_PER_VERTEX / max(level, 0.5))  # the zoom that picks this level
        _warm(paths, levels)

    QTimer.singleShot(200, build)


@QmlElement
@QmlUncreatable("A base for the map's painted layers.")
class ViewPainting(QQuickPaintedItem):
    """A layer of the map painted for one view (the world point at its centre in km, zoom in
    pixels per km), repainted only when the view or what it shows changes."""

    viewChanged = Signal()
    mapChanged = Signal()

    def __init__(self, parent: QQuickItem | None = None) -> None:
        super().__init__(parent)
        self._map: MapView | None = None
        self._x = 0.0
        self._y = 0.0
        self._zoom = 0.0
        self._line = 1.0

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

    def world_transform(self) -> QTransform:
        """World km to this item's pixels, for the current view."""
        transform = QTransform()
        transform.translate(self.width() / 2, self.height() / 2)
        transform.scale(self._zoom, self._zoom)
        transform.translate(-self._x, -self._y)
        return transform

    def pen(
        self,
        colour: QColor,
        width: float,
        join: Qt.PenJoinStyle = Qt.PenJoinStyle.RoundJoin,
        width_max: float | None = None,
    ) -> QPen:
        """A pen `width` reference pixels wide on screen, whatever the zoom."""
        pixels = max(1.0, width * self._line)
        pen = QPen(colour, pixels if width_max is None else min(width_max, pixels))
        pen.setCosmetic(True)
        pen.setJoinStyle(join)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        return pen


@QmlElement
class BaseMap(ViewPainting):
    """The still map (sea, graticule, shelf, land, coast, borders) and its long lines (range
    rings and the quarantine arc as they stand at `t`, kiosk/backend/map_lines.py)."""

    fineChanged = Signal()
    linesChanged = Signal()

    def __init__(self, parent: QQuickItem | None = None) -> None:
        super().__init__(parent)
        self._t = 0.0
        self._highlight: list[str] = []
        self._lines: LinesState = ((), "", ())
        self._fine_key: tuple[float, ...] = ()
        # Restarted by every plain painting, so the fine one waits until the view is still.
        self._fine_timer = QTimer(self, singleShot=True, interval=FINE_AFTER_MS)
        self._fine_timer.timeout.connect(self._paint_finely)
        self.setOpaquePainting(True)
        self.setFillColor(NIGHT)

    def _get_fine(self) -> bool:
        return self._fine_key == self._key()

    def _get_t(self) -> float:
        return self._t

    def _set_t(self, value: float) -> None:
        if value != self._t:
            self._t = value
            self.linesChanged.emit()
            self._repaint_if_lines_changed()

    def _get_highlight(self) -> list[str]:
        return list(self._highlight)

    def _set_highlight(self, value: list[str]) -> None:
        value = [str(v) for v in value or []]
        if value != self._highlight:
            self._highlight = value
            self.linesChanged.emit()
            self._repaint_if_lines_changed()

    # Whether the picture shown is the fine one (screenshots and tests wait for it).
    fine = Property(bool, _get_fine, notify=fineChanged)
    # The map's clock (to the hour will do) and the items a moment highlights: which rings
    # and what state of the arc are drawn.
    t = Property(float, _get_t, _set_t, notify=linesChanged)
    highlight = Property(QStringList, _get_highlight, _set_highlight, notify=linesChanged)

    def _repaint_if_lines_changed(self) -> None:
        if self._map is not None and lines_state(self._map, self._t, self._highlight) != (
            self._lines
        ):
            # Same view: the picture keeps its quality (a fine one is painted finely again).
            self.update()

    # --- painting ---------------------------------------------------------------------------

    def paint(self, painter: QPainter) -> None:
        if self._map is None or self._zoom <= 0:
            return
        fine = self._fine_key == self._key()
        paths = _paths_of(self._map)
        # Off unless asked for below: antialiased fills and wide strokes cost ten times as much.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setTransform(self.world_transform())
        land = paths.land(self._zoom)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self.pen(GRATICULE, 1.0))
        painter.drawPath(paths.graticule)
        # The shelf: a wide, quiet stroke of the coast under the land, so shallow water near
        # the coasts reads a shade lighter than the open ocean (docs/VISUAL.md). Bevel joins
        # and no antialiasing: round joins on a wide pen cost ten times as much, unseen here.
        shelf = self.pen(SHELF, 12.0, Qt.PenJoinStyle.BevelJoin)
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
        painter.setPen(self.pen(COAST, 1.2) if fine else self.pen(COAST, 1.0, width_max=1.0))
        painter.drawPath(land)
        painter.setPen(self.pen(BORDER, 1.0))
        painter.drawPath(paths.borders)
        self._lines = lines_state(self._map, self._t, self._highlight)
        paint_lines(painter, self._map, self._lines, self.pen)
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
