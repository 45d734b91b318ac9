# SPDX-License-Identifier: MIT
"""The interface's line icons as pictures: `image://icon/<name>/<rrggbb>`.

The exhibit font has no arrow or house glyphs, so the icons are drawn here from paths on a
24×24 grid, stroked. Pictures rather than Qt Quick Shapes: Qt Quick's software renderer draws a
Shape over everything, ignoring the clip of a scrolled view (a button scrolled out of a panel
showed through the bottom bar). Drawn with QPainter rather than from SVG: Qt's SVG support cost
some 70 ms and several MB at the first icon on home.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from kiosk.backend.map_symbols import svg_path
from kiosk.backend.pictures import DrawnPictures

PROVIDER_ID = "icon"

ICONS: dict[str, str] = {
    "home": "M 3 11 L 12 3 L 21 11 M 6 9 L 6 21 L 18 21 L 18 9",
    "previous": "M 15 4 L 7 12 L 15 20",
    "next": "M 9 4 L 17 12 L 9 20",
    "close": "M 5 5 L 19 19 M 19 5 L 5 19",
    "down": "M 4 8 L 12 16 L 20 8",
    "up": "M 4 16 L 12 8 L 20 16",
    "play": "M 7 4 L 19 12 L 7 20 Z",
    "pause": "M 8 4 L 8 20 M 16 4 L 16 20",
    # A circling arrow: its head at top left, the circle (centre 12 12, radius 8) in four
    # quarter curves from there round to the left.
    "reset": "M 4 4 L 4 9 L 9 9 M 5.1 8 C 6.5 5.6 9.1 4 12 4 C 16.4 4 20 7.6 20 12"
    " C 20 16.4 16.4 20 12 20 C 7.6 20 4 16.4 4 12",
    "motion": "M 3 19 L 9 19 L 9 13 L 15 13 L 15 7 L 21 7",
    "map": "M 3 6 L 9 4 L 15 6 L 21 4 L 21 18 L 15 20 L 9 18 L 3 20 Z M 9 4 L 9 18 M 15 6 L 15 20",
}


def draw_icon(name: str, colour: QColor, size: int) -> QImage:
    """Icon `name` stroked in `colour`, size × size pixels (transparent if unknown)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    if name not in ICONS:
        return image
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = size / 24
    painter.scale(unit, unit)
    pen = QPen(colour, max(2.4, 2 / unit))  # never thinner than two screen pixels
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.drawPath(svg_path(ICONS[name]))
    painter.end()
    return image


def provider() -> DrawnPictures:
    """The provider for image://icon/<name>/<rrggbb>."""
    return DrawnPictures(lambda name, colour, side, _extra: draw_icon(name, colour, side), 32)
