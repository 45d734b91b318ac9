# SPDX-License-Identifier: MIT
"""The only Python that touches Qt types: QObjects and models registered for QML (Kiosk.Backend).

Importing this package registers every type with the QML engine.
"""

from kiosk.backend.base_map import BaseMap, ViewPainting
from kiosk.backend.exhibit import Exhibit
from kiosk.backend.map_view import MapView, MarkerModel, RingModel, ShipModel
from kiosk.backend.panel_content import PanelContent
from kiosk.backend.panel_models import FactModel, ImageModel, SourceModel, TileModel

QML_IMPORT_NAME = "Kiosk.Backend"

__all__ = [
    "BaseMap",
    "Exhibit",
    "FactModel",
    "ImageModel",
    "MapView",
    "MarkerModel",
    "PanelContent",
    "RingModel",
    "ShipModel",
    "SourceModel",
    "TileModel",
    "ViewPainting",
]
