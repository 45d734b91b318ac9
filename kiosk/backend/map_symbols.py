# SPDX-License-Identifier: MIT
"""Map symbols as images: `image://mapsymbol/<shape>/<rrggbb>[/<degrees>]` (sourceSize sets the
size; a ship's heading turns it).

Qt Quick keeps each decoded image in its pixmap cache, so a ship that moves every frame is a
cached picture moved, not a path filled again: the software renderer only copies pixels, and
the GPU renderer draws one textured quad. The drawings are on a 24×24 grid, the same in the
legend and on the map. Soviet and US forces differ in shape as well as colour (docs/VISUAL.md):
triangles and capsules for Soviet, diamonds for US; hollow for a ship under charter or an allied
navy and for the unfinished longer-range sites. Colours come from the Theme in the URL.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from kiosk.backend.pictures import DrawnPictures

PROVIDER_ID = "mapsymbol"
GRID = 24.0
NIGHT = QColor("#0E1A24")  # the outline that lifts a symbol off land and sea alike

# Outlines, filled in the symbol's colour (or stroked, for the hollow ones).
OUTLINES: dict[str, str] = {
    "ship-soviet": "M 12 2 L 20 21 L 12 17 L 4 21 Z",
    "ship-charter": "M 12 2 L 20 21 L 12 17 L 4 21 Z",
    "submarine": "M 12 2 C 16 2 16 6 16 8 L 16 18 C 16 21 14 22 12 22 C 10 22 8 21 8 18 L 8 8"
    " C 8 6 8 2 12 2 Z",
    "ship-us": "M 12 2 L 20 12 L 12 22 L 4 12 Z",
    "ship-allied": "M 12 2 L 20 12 L 12 22 L 4 12 Z",
    "aircraft": "M 12 2 L 13.5 9 L 22 13 L 22 15 L 13.5 13 L 13 19 L 16 21 L 16 22 L 8 22"
    " L 8 21 L 11 19 L 10.5 13 L 2 15 L 2 13 L 10.5 9 Z",
    "site-mrbm": "M 5 5 L 19 5 L 19 19 L 5 19 Z",
    "site-irbm": "M 5 5 L 19 5 L 19 19 L 5 19 Z",
    "city": "M 8 12 A 4 4 0 1 1 16 12 A 4 4 0 1 1 8 12 Z",
    "port": "M 8 12 A 4 4 0 1 1 16 12 A 4 4 0 1 1 8 12 Z",
    "island": "M 8 12 A 4 4 0 1 1 16 12 A 4 4 0 1 1 8 12 Z",
    "base": "M 8 8 L 16 8 L 16 16 L 8 16 Z",
    "ring": "M 6 12 A 6 6 0 1 1 18 12 A 6 6 0 1 1 6 12 Z",
    "arc": "M 6 12 A 6 6 0 1 1 18 12 A 6 6 0 1 1 6 12 Z",
}
HOLLOW = frozenset({"ship-charter", "ship-allied", "site-irbm"})
# One-glyph icons on an event's disc, stroked in Night.
GLYPHS: dict[str, str] = {
    "photo": "M 7 10 L 17 10 L 17 17 L 7 17 Z M 10 10 L 11 8 L 13 8 L 14 10"
    " M 10.4 13.5 A 1.6 1.6 0 1 1 13.6 13.5 A 1.6 1.6 0 1 1 10.4 13.5",
    "turn-back": "M 15 8 L 9 8 C 6 8 6 14 9 14 L 16 14 M 13 11 L 16 14 L 13 17",
    "hail": "M 7 8 L 17 8 L 17 14 L 11 14 L 8 17 L 8 14 L 7 14 Z",
    "boarding": "M 8 12 L 16 12 M 13 9 L 16 12 L 13 15 M 7 8 L 7 16",
    "surfaced": "M 12 17 L 12 7 M 8 11 L 12 7 L 16 11",
    "shot-down": "M 8 8 L 16 16 M 16 8 L 8 16",
    "crash": "M 8 8 L 16 16 M 16 8 L 8 16",
    "inspection": "M 7 12 L 10.5 15.5 L 17 8.5",
    "arrival": "M 12 7 L 12 17 M 8 13 L 12 17 L 16 13",
    "stopped": "M 10 8 L 10 16 M 14 8 L 14 16",
    "speech": "M 10 7 L 14 7 L 14 13 L 10 13 Z M 8 12 C 8 17 16 17 16 12 M 12 15.5 L 12 18",
    "lifted": "M 7 12 L 10.5 15.5 L 17 8.5",
    "suspended": "M 10 8 L 10 16 M 14 8 L 14 16",
    "vote": "M 7 12 L 10.5 15.5 L 17 8.5",
}


def svg_path(data: str) -> QPainterPath:
    """A QPainterPath from the M/L/C/A/Z subset of SVG path data used above."""
    path = QPainterPath()
    tokens = data.replace(",", " ").split()
    i = 0
    current = QPointF()

    def num() -> float:
        nonlocal i
        i += 1
        return float(tokens[i - 1])

    while i < len(tokens):
        command = tokens[i]
        i += 1
        if command == "M":
            current = QPointF(num(), num())
            path.moveTo(current)
        elif command == "L":
            current = QPointF(num(), num())
            path.lineTo(current)
        elif command == "C":
            c1, c2, end = QPointF(num(), num()), QPointF(num(), num()), QPointF(num(), num())
            path.cubicTo(c1, c2, end)
            current = end
        elif command == "A":  # only half circles are used: rx ry rotation large sweep x y
            rx, _ry, _rot, _large, sweep = num(), num(), num(), num(), num()
            end = QPointF(num(), num())
            centre = (current + end) / 2
            box = QRectF(centre.x() - rx, centre.y() - rx, 2 * rx, 2 * rx)
            start = 180.0 if current.x() < end.x() else 0.0
            path.arcTo(box, start, -180.0 if sweep else 180.0)
            current = end
        elif command == "Z":
            path.closeSubpath()
        else:
            raise ValueError(f"unsupported path command {command!r}")
    return path


def _pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def draw_symbol(shape: str, colour: QColor, size: int, angle: float = 0.0) -> QImage:
    """The symbol `shape` (a key of OUTLINES, or event-<glyph>) at size × size pixels, turned
    `angle` degrees clockwise about its centre."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = size / GRID
    if angle:
        painter.translate(size / 2, size / 2)
        painter.rotate(angle)
        painter.translate(-size / 2, -size / 2)
    painter.scale(unit, unit)
    if shape.startswith("event-"):
        glyph = shape.removeprefix("event-")
        painter.setPen(_pen(NIGHT, max(1.0, 2.0 / unit)))
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(0.75, 0.75, GRID - 1.5, GRID - 1.5))
        painter.setPen(_pen(NIGHT, 2.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(svg_path(GLYPHS.get(glyph, "")))
    elif shape in OUTLINES:
        path = svg_path(OUTLINES[shape])
        if shape in HOLLOW:
            # A Night underlay keeps a hollow symbol readable over the coast.
            painter.setPen(_pen(NIGHT, 4.6))
            painter.drawPath(path)
            painter.setPen(_pen(colour, 2.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            painter.setPen(_pen(NIGHT, 1.4))
            painter.setBrush(colour)
        painter.drawPath(path)
    painter.end()
    return image


def provider() -> DrawnPictures:
    """The provider for image://mapsymbol/<shape>/<rrggbb>[/<degrees>]."""

    def draw(shape: str, colour: QColor, side: int, angle: str) -> QImage:
        return draw_symbol(shape, colour, side, float(angle) if angle else 0.0)

    return DrawnPictures(draw, 48)
