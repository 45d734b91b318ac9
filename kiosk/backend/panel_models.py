# SPDX-License-Identifier: MIT
"""The list models the screens show: home tiles, fact cards, sources and images."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.backend.list_model import RowListModel
from kiosk.content.schema import Source

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

    def show(self, source_ids: list[str], sources: Mapping[str, Source]) -> None:
        """These sources numbered 1, 2, … in order. One missing from sources.toml (damaged or
        cut short) keeps its number and shows as unavailable: the text stays on the floor."""
        self.set_rows(
            [
                {
                    "number": number,
                    "sourceId": source_id,
                    "citation": source.citation if (source := sources.get(source_id)) else "",
                    "available": source is not None,
                }
                for number, source_id in enumerate(source_ids, start=1)
            ]
        )


@QmlElement
@QmlUncreatable("Images come from a PanelContent.")
class ImageModel(RowListModel):
    """Public-domain images with caption and credit."""

    ROLES = ("url", "caption", "credit")
