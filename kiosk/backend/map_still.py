# SPDX-License-Identifier: MIT
"""Painting the map's still layers (sea, graticule, shelf, land, coast, borders) for one view.

Plainly (no antialiasing, a one-pixel coast: 15-40 ms at 1920×1080) in the interface thread, so
a map that has just opened shows its whole coast in its first frame; finely (an antialiased
coast: 60-400 ms) into a picture of its own, on kiosk/backend/map_worker.py's thread. The fine
painting strokes the coast in a few dozen short steps and can stop between them: Python holds
its interpreter lock through each Qt call, so a step is as long as the interface thread may
have to wait for it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF, QTransform

from kiosk.map_geometry import Line

# Theme's map colours (kiosk/qml/Kiosk/Theme/Theme.qml); docs/VISUAL.md has their contrast.
NIGHT = QColor("#0E1A24")
SHELF = QColor("#132634")
GRATICULE = QColor("#1B3142")
LAND = QColor("#2E3B40")
COAST = QColor("#9FB3BD")
BORDER = QColor("#6F828C")
SHELF_WIDTH = 12.0


def path(lines: list[Line], closed: bool) -> QPainterPath:
    """One path of polylines in world km (closed: rings, filled odd-even)."""
    result = QPainterPath()
    result.setFillRule(Qt.FillRule.OddEvenFill)
    for line in lines:
        polygon = QPolygonF([QPointF(line[i], line[i + 1]) for i in range(0, len(line) - 1, 2)])
        result.addPolygon(polygon)
        if closed:
            result.closeSubpath()
    return result


def cosmetic_pen(
    colour: QColor,
    width: float,
    line_scale: float,
    join: Qt.PenJoinStyle = Qt.PenJoinStyle.RoundJoin,
    width_max: float | None = None,
) -> QPen:
    """A pen `width` reference pixels wide on screen (times `line_scale`), whatever the zoom."""
    pixels = max(1.0, width * line_scale)
    pen = QPen(colour, pixels if width_max is None else min(width_max, pixels))
    pen.setCosmetic(True)
    pen.setJoinStyle(join)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


@dataclass(frozen=True)
class Still:
    """What one view's still layers are painted from: paths in world km (Qt shares their data,
    so a copy costs nothing and another thread may read them) and the line weight."""

    graticule: QPainterPath
    borders: QPainterPath
    land: QPainterPath
    coast_pieces: Callable[[], list[QPainterPath]]  # the land's outline in steps (fine only)
    line_scale: float

    def pen(self, colour: QColor, width: float, **kwargs: object) -> QPen:
        return cosmetic_pen(colour, width, self.line_scale, **kwargs)


def paint_still(
    painter: QPainter, still: Still, fine: bool, keep_going: Callable[[], bool] = lambda: True
) -> bool:
    """Paint the still layers with `painter` already in world km; False if `keep_going` said
    stop between steps (the picture is then unfinished)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(still.pen(GRATICULE, 1.0))
    painter.drawPath(still.graticule)
    # The shelf: a wide, quiet stroke of the coast under the land, so shallow water near the
    # coasts reads a shade lighter than the open ocean (docs/VISUAL.md). Bevel joins and no
    # antialiasing: round joins on a wide pen cost ten times as much, unseen here.
    shelf = still.pen(SHELF, SHELF_WIDTH, join=Qt.PenJoinStyle.BevelJoin)
    shelf.setCapStyle(Qt.PenCapStyle.FlatCap)
    steps = still.coast_pieces() if fine else []
    if fine:  # in steps; round ends where one step meets the next leave no notch
        shelf.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(shelf)
        for piece in steps:
            if not keep_going():
                return False
            painter.drawPath(piece)
    else:
        painter.setPen(shelf)
        painter.drawPath(still.land)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(LAND)
    painter.drawPath(still.land)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if fine:  # the coastline is what the eye follows: antialiased, and a little heavier
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(still.pen(COAST, 1.2))
        for piece in steps:
            if not keep_going():
                return False
            painter.drawPath(piece)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    else:  # a one-pixel line: Qt draws it directly, a hundredth of the cost of a wider one
        painter.setPen(still.pen(COAST, 1.0, width_max=1.0))
        painter.drawPath(still.land)
    painter.setPen(still.pen(BORDER, 1.0))
    painter.drawPath(still.borders)
    return True


def fine_picture(
    still: Still,
    size: QSize,
    pixel_ratio: float,
    transform: QTransform,
    keep_going: Callable[[], bool] = lambda: True,
) -> QImage | None:
    """The still layers painted finely into a picture `size` (in item pixels) big, or None if
    `keep_going` said stop first. Safe on any thread: it touches nothing but its arguments."""
    picture = QImage(
        round(size.width() * pixel_ratio),
        round(size.height() * pixel_ratio),
        QImage.Format.Format_RGB32,
    )
    picture.setDevicePixelRatio(pixel_ratio)
    picture.fill(NIGHT)
    painter = QPainter(picture)
    painter.setTransform(transform)
    finished = paint_still(painter, still, True, keep_going)
    painter.end()
    return picture if finished else None
