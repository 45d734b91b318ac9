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
    # A page with a folded corner: the sources chip.
    "document": "M 6 3 L 14 3 L 19 8 L 19 21 L 6 21 Z M 14 3 L 14 8 L 19 8 M 9 13 L 16 13"
    " M 9 17 L 16 17",
    # The kinds of evidence a fact card rests on (content: a card's `icon`).
    "camera": "M 3 8 L 7.5 8 L 9.5 5 L 14.5 5 L 16.5 8 L 21 8 L 21 19 L 3 19 Z"
    " M 8 13 A 4 4 0 0 1 16 13 A 4 4 0 0 1 8 13",
    "letter": "M 3 6 L 21 6 L 21 18 L 3 18 Z M 3 6 L 12 13 L 21 6",
    "ship": "M 2 15 L 22 15 L 19 20 L 5 20 Z M 7 15 L 7 11 L 16 11 L 16 15 M 10 11 L 10 7"
    " L 13 7 L 13 11 M 11.5 7 L 11.5 3",
    "ballot": "M 4 12 L 20 12 L 20 21 L 4 21 Z M 8 12 L 8 3 L 16 3 L 16 12 M 10 7.5 L 11.5 9"
    " L 14 5.5 M 9 16.5 L 15 16.5",
    "broadcast": "M 12 10 L 8 21 M 12 10 L 16 21 M 9.3 17 L 14.7 17"
    " M 8.5 3.5 C 6.5 5.5 6.5 8.5 8.5 10.5 M 15.5 3.5 C 17.5 5.5 17.5 8.5 15.5 10.5"
    " M 5.5 1.5 C 2 5 2 9 5.5 12.5 M 18.5 1.5 C 22 5 22 9 18.5 12.5",
    "talk": "M 2 4 L 14 4 L 14 12 L 8 12 L 4.5 15 L 4.5 12 L 2 12 Z"
    " M 17 8 L 22 8 L 22 16 L 19.5 16 L 19.5 19 L 16 16 L 10 16 L 10 15",
    "missile": "M 12 2 C 14 4 14.5 6.5 14.5 9 L 14.5 18 L 9.5 18 L 9.5 9 C 9.5 6.5 10 4 12 2 Z"
    " M 9.5 13 L 6.5 17 L 6.5 21 L 9.5 18 M 14.5 13 L 17.5 17 L 17.5 21 L 14.5 18 M 12 18 L 12 22",
    "plane": "M 12 2 L 13.5 5 L 13.5 10 L 21 14 L 21 16 L 13.5 14 L 13.5 19 L 16 21 L 8 21"
    " L 10.5 19 L 10.5 14 L 3 16 L 3 14 L 10.5 10 L 10.5 5 Z",
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
