# SPDX-License-Identifier: MIT
"""The list models the screens show: home tiles, fact cards, sources and images."""

from __future__ import annotations

from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.backend.list_model import RowListModel

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("Tiles come from the Exhibit.")
class TileModel(RowListModel):
    """One tile per panel on the home screen."""

    ROLES = ("panelId", "number", "kind", "title", "teaser")


@QmlElement
@QmlUncreatable("Fact cards come from a PanelContent.")
class FactModel(RowListModel):
    """Fact cards; `markers` are the 1-based numbers of their sources on this panel."""

    ROLES = ("factId", "text", "markers")


@QmlElement
@QmlUncreatable("Sources come from a PanelContent.")
class SourceModel(RowListModel):
    """Full citations of every source a panel uses, numbered as its markers; `available` is
    false where the pack's sources.toml has no entry for it."""

    ROLES = ("number", "sourceId", "citation", "available")


@QmlElement
@QmlUncreatable("Images come from a PanelContent.")
class ImageModel(RowListModel):
    """Public-domain images with caption and credit."""

    ROLES = ("url", "caption", "credit")
