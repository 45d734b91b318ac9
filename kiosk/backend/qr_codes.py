# SPDX-License-Identifier: MIT
"""QR codes of the sources' web addresses, so a visitor can take a source home on a phone:
`image://qr/code/<rrggbb>/<percent-encoded address>`, dark modules of that colour on Paper.

Made here, offline, by segno (pure Python, no dependencies) and drawn with QPainter at the
size asked for, each module a whole number of pixels so a phone's camera reads it sharply.
"""

from __future__ import annotations

from urllib.parse import unquote

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from kiosk.backend.pictures import DrawnPictures

PROVIDER_ID = "qr"
PAPER = QColor("#F3EDE2")
QUIET_MODULES = 4  # the white margin the QR standard asks for, in modules


def draw_code(address: str, colour: QColor, side: int) -> QImage:
    """The QR code of `address`, `side` pixels square (transparent if there is none)."""
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    if not address:
        return image
    import segno  # here, not at start: a 50 ms import that only the sources sheet needs

    matrix = segno.make(address, error="m", micro=False).matrix
    modules = len(matrix) + 2 * QUIET_MODULES
    unit = max(1, side // modules)
    offset = (side - unit * modules) // 2
    painter = QPainter(image)
    # The whole square is Paper, so every code on the sheet is the same size whatever its
    # number of modules; the modules sit in its middle.
    painter.fillRect(image.rect(), PAPER)
    for row, line in enumerate(matrix):
        for column, dark in enumerate(line):
            if dark:
                painter.fillRect(
                    QRect(
                        offset + (column + QUIET_MODULES) * unit,
                        offset + (row + QUIET_MODULES) * unit,
                        unit,
                        unit,
                    ),
                    colour,
                )
    painter.end()
    return image


def warm_up() -> None:
    """Import segno ahead of the first sources sheet."""
    import segno  # noqa: F401


def provider() -> DrawnPictures:
    """The provider for image://qr/code/<rrggbb>/<percent-encoded address>."""
    return DrawnPictures(
        lambda _name, colour, side, address: draw_code(unquote(address), colour, side), 240
    )
