# SPDX-License-Identifier: MIT
"""The map's long lines: the missile range rings and the quarantine arc, as they stand at `t`.

BaseMap paints them over the coast, into the same picture, and paints again only when one of
them appears, is paused or lifted, or a highlight changes: a few times in a whole play of the
timeline, each time over a copy of the coast's fine picture (kiosk/backend/base_map.py). (Qt
Quick Shapes would be cheaper to change, but Qt Quick's software renderer draws a Shape over
everything, ignoring the clip of the map or of a panel scrolled past it.)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from kiosk.backend.map_view import MapView
from kiosk.map_geometry import Line

# Theme (kiosk/qml/Kiosk/Theme/Theme.qml): Signal red for ranges, Amber for the quarantine.
SIGNAL_RED = QColor("#F06A55")
AMBER = QColor("#F0B44C")
AMBER_GLOW = QColor("#44F0B44C")
DIMMED = 0.45  # a line not highlighted, or the quarantine while paused and once lifted

LinesState = tuple[tuple[str, ...], str, tuple[str, ...]]  # rings shown, arc state, highlight


def lines_state(view: MapView, t: float, highlight: list[str]) -> LinesState:
    """What the lines look like at `t`: the picture is painted again only when this changes."""
    rings = tuple(r.item_id for r in view.ring_lines() if t >= r.start)
    arc = view.arc_line()
    arc_state = ""
    if arc is not None and t >= arc.effective:
        paused = arc.suspended_from <= t < arc.suspended_to
        arc_state = "lifted" if t >= arc.lifted else "paused" if paused else "on"
    return rings, arc_state, tuple(highlight)


def paint_lines(
    painter: QPainter, view: MapView, state: LinesState, pen: Callable[[QColor, float], QPen]
) -> None:
    """Rings dashed in Signal red; the arc solid amber with a glow, dashed and dimmed while
    paused and once lifted. `painter` is already in world km; `pen(colour, width)` gives a
    cosmetic pen of that width in reference pixels."""
    rings, arc_state, highlight = state
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for ring in view.ring_lines():
        if ring.item_id not in rings:
            continue
        painter.setOpacity(1.0 if not highlight or ring.item_id in highlight else DIMMED)
        dashed: QPen = pen(SIGNAL_RED, 2.5)
        dashed.setCapStyle(Qt.PenCapStyle.FlatCap)
        dashed.setDashPattern([6.0, 4.0])
        painter.setPen(dashed)
        painter.drawPolyline(_polygon(ring.points))
    arc = view.arc_line()
    if arc is not None and arc_state:
        lit = arc_state == "on" and (not highlight or arc.item_id in highlight)
        painter.setOpacity(1.0 if lit else DIMMED)
        line = _polygon(arc.points)
        painter.setPen(pen(AMBER_GLOW, 14.0))
        painter.drawPolyline(line)
        solid: QPen = pen(AMBER, 4.0)
        if arc_state != "on":
            solid.setCapStyle(Qt.PenCapStyle.FlatCap)
            solid.setDashPattern([3.0, 3.0])
        painter.setPen(solid)
        painter.drawPolyline(line)
    painter.setOpacity(1.0)


def _polygon(line: Line) -> QPolygonF:
    return QPolygonF([QPointF(line[i], line[i + 1]) for i in range(0, len(line) - 1, 2)])
