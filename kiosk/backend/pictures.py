# SPDX-License-Identifier: MIT
"""An image provider for small pictures drawn by Python: `image://<id>/<name>/<rrggbb>[/<extra>]`.

Qt Quick decodes each URL once and keeps the picture in its cache; sourceSize gives the size.
A drawing that fails gives a transparent picture and a line in the log: an exception escaping
into Qt's image loader would end the process.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtQuick import QQuickImageProvider

log = logging.getLogger(__name__)

# draw(name, colour, side in pixels, the rest of the id) -> the picture
Draw = Callable[[str, QColor, int, str], QImage]


class DrawnPictures(QQuickImageProvider):
    def __init__(self, draw: Draw, default_side: int) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self._draw = draw
        self._default = default_side

    def requestImage(self, picture_id: str, size: QSize, requested: QSize) -> QImage:
        name, _, rest = picture_id.partition("/")
        colour, _, extra = rest.partition("/")
        side = max(8, min(512, requested.width() if requested.width() > 0 else self._default))
        try:
            image = self._draw(name, QColor(f"#{colour or 'F3EDE2'}"), side, extra)
        except Exception:
            log.exception("picture %r could not be drawn", picture_id)
            image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
        size.setWidth(side)
        size.setHeight(side)
        return image
