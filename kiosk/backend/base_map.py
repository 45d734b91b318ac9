# SPDX-License-Identifier: MIT
"""The map's still layers (sea, graticule, shelf, land, coast, borders), painted once per view.

Sixteen thousand coastline vertices cost tens of milliseconds to paint, far too much for every
frame. Painted into this item's image, they are drawn again only when the view settles after a
pinch, pan or zoom; while ships move the scene graph re-uses the image (the software renderer
copies back only the small rectangles the ships leave). During a gesture QML scales and moves
the painted image, and asks for a fresh painting when the fingers lift.

Each view is painted twice (kiosk/backend/map_still.py). First plainly, here, so a map that has
just opened shows its whole coast in its first frame; then, once the view has been still for a
moment, finely on the map's own thread (kiosk/backend/map_worker.py), which a visitor sees as
the coast sharpening. The fine picture is kept while the view stays: when a range ring or the
quarantine line changes, the item copies it and paints the lines over it, a few milliseconds.
"""

from __future__ import annotations

import math
import weakref
from functools import cached_property

import shiboken6
from PySide6.QtCore import Property, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QTransform
from PySide6.QtQml import QmlElement, QmlUncreatable
from PySide6.QtQuick import QQuickItem, QQuickPaintedItem

from kiosk.backend.map_lines import LinesState, lines_state, paint_lines
from kiosk.backend.map_still import NIGHT, Still, cosmetic_pen, fine_picture, paint_still, path
from kiosk.backend.map_view import MapView
from kiosk.backend.map_worker import Ticket, paint_finely
from kiosk.backend.qml_lifetime import free_when_destroyed
from kiosk.backend.qt_types import QStringList
from kiosk.map_geometry import pieces, thin

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

# The coast is thinned to about this many pixels between vertices (kiosk.map_geometry.thin):
# closer vertices change nothing a visitor can see, and each one costs painting time.
PIXELS_PER_VERTEX = 1.0
LEVELS_KM = (0.0, 1.0, 2.0, 4.0, 8.0)  # 0: the coast as derived (about 1.75 km apart)
FINE_AFTER_MS = 350  # the view has been still this long: paint it finely
# The fine coast is stroked in this many steps: at most some 10 ms each, the longest a touch
# waits for the map's thread (kiosk/backend/map_still.py).
COAST_STEPS = 48


class _Level:
    """The land at one level of detail: a path to fill, and its outline in steps, built on the
    map's thread when a fine picture first needs it (some 15 ms each, kept off a first frame)."""

    def __init__(self, rings: list) -> None:
        self._rings = rings
        self.land = path(rings, closed=True)

    @cached_property
    def pieces(self) -> list[QPainterPath]:
        total = sum(len(ring) // 2 for ring in self._rings)
        groups = pieces(self._rings, max(64, math.ceil(total / COAST_STEPS)))
        return [path(group, closed=False) for group in groups]


class _Paths:
    """QPainterPaths of one MapView's coast, built once and shared by every BaseMap; the land
    at a few levels of detail, each built when a zoom first needs it."""

    def __init__(self, view: MapView) -> None:
        self._coast = view.coast()
        self._levels: dict[float, _Level] = {}
        self.borders = path(self._coast.borders, closed=False)
        self.graticule = path(self._coast.graticule, closed=False)

    def level(self, zoom: float) -> _Level:
        """The land, thinned for `zoom` (pixels per km)."""
        km = max(km for km in LEVELS_KM if km <= PIXELS_PER_VERTEX / zoom)
        if km not in self._levels:
            rings = self._coast.land
            if km > 0:
                rings = [kept for ring in rings if len(kept := thin(ring, km)) >= 6]
            self._levels[km] = _Level(rings)
        return self._levels[km]


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
    km = levels.pop()

    def build() -> None:
        paths.level(PIXELS_PER_VERTEX / max(km, 0.5))  # the zoom that picks this level
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
            self.view_changed()

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
            self.view_changed()

    def geometryChange(self, new: QRectF, old: QRectF) -> None:
        super().geometryChange(new, old)
        if new.size() != old.size():
            self.view_changed()

    def view_changed(self) -> None:
        """What the item shows has moved, or the map or size changed: paint it again. Runs on
        the interface thread (unlike paint(), which may run on the scene graph's)."""
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
        return cosmetic_pen(colour, width, self._line, join, width_max)


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
        # The fine picture of the view `_fine_key`, once the map's thread has painted it.
        self._fine_key: tuple[float, ...] = ()
        self._fine: QImage | None = None
        self._ticket: Ticket | None = None
        self._pixel_ratio = 1.0
        # Restarted by every plain painting, so the fine one waits until the view is still.
        self._fine_timer = QTimer(self, singleShot=True, interval=FINE_AFTER_MS)
        self._fine_timer.timeout.connect(self._ask_for_fine)
        self.setOpaquePainting(True)
        self.setFillColor(NIGHT)

    def classBegin(self) -> None:
        super().classBegin()
        free_when_destroyed(self)

    def _get_fine(self) -> bool:
        return self._fine_now() is not None

    def _fine_now(self) -> QImage | None:
        """The fine picture, if it is of the view as it stands and at the ratio Qt paints at."""
        fine = self._fine  # the interface thread may replace it meanwhile
        if fine is None or self._fine_key != self._key():
            return None
        return fine if fine.devicePixelRatio() == self._pixel_ratio else None

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
            # Same view: a fine picture stays fine (the lines are painted over a copy of it).
            self.update()

    # --- painting ---------------------------------------------------------------------------

    def view_changed(self) -> None:
        if self._map is not None:
            _paths_of(self._map)  # here, where its idle warm-up can start a timer
        self._drop_fine()
        self._fine_timer.start()
        self.update()

    def paint(self, painter: QPainter) -> None:
        # Only reads state: with a GPU, Qt calls this on the scene graph's thread, where no
        # timer may start and no signal should be emitted.
        if self._map is None or self._zoom <= 0:
            return
        # Device pixels per item pixel, as Qt paints this item (a 150 % Windows display: 1.5),
        # for the fine picture. (QQuickItem.window() from Python breaks the window's wrapper.)
        self._pixel_ratio = painter.device().devicePixelRatio()
        if (fine := self._fine_now()) is not None:
            painter.drawImage(QPointF(0, 0), fine)
        else:
            painter.setTransform(self.world_transform())
            paint_still(painter, self._still(), fine=False)
        painter.setTransform(self.world_transform())
        self._lines = lines_state(self._map, self._t, self._highlight)
        paint_lines(painter, self._map, self._lines, self.pen)

    def finish(self) -> None:
        """Paint finely now, on this thread (screenshots, which must not wait)."""
        self._fine_timer.stop()
        if not self._needs_fine():
            return
        self._drop_fine()
        picture = fine_picture(
            self._still(), self._size(), self._pixel_ratio, self.world_transform()
        )
        self._show_fine(self._key(), picture)

    def _still(self) -> Still:
        paths = _paths_of(self._map)
        level = paths.level(self._zoom)
        # The outline's steps are read only when painted finely: on the map's thread.
        return Still(paths.graticule, paths.borders, level.land, lambda: level.pieces, self._line)

    def _needs_fine(self) -> bool:
        # Not laid out yet (a thumbnail's first moment): nothing to paint.
        empty = self._size().isEmpty()
        return self._map is not None and self._zoom > 0 and not empty and not self._get_fine()

    def _ask_for_fine(self) -> None:
        if not self._needs_fine():
            return
        self._drop_fine()
        self._ticket = Ticket(self._fine_arrived, self._key())
        transform = self.world_transform()
        paint_finely(self._ticket, self._still(), self._size(), self._pixel_ratio, transform)

    def _fine_arrived(self, picture: QImage) -> None:
        # Invalid: QML destroyed this map while its picture was painted (an older PySide).
        if not shiboken6.isValid(self) or self._ticket is None:
            return
        key, self._ticket = self._ticket.key, None
        if key == self._key():
            self._show_fine(key, picture)

    def _show_fine(self, key: tuple[float, ...], picture: QImage) -> None:
        self._fine_key = key
        self._fine = picture
        self.update()
        self.fineChanged.emit()

    def _drop_fine(self) -> None:
        """Forget the fine picture (the view changed) and stop any painting of one."""
        if self._ticket is not None:
            self._ticket.cancel()
            self._ticket = None
        if self._fine is not None:
            self._fine = None
            self.fineChanged.emit()

    def _size(self) -> QSize:
        return QSize(math.ceil(self.width()), math.ceil(self.height()))

    def _key(self) -> tuple[float, ...]:
        return (self.width(), self.height(), self._x, self._y, self._zoom, self._line)
