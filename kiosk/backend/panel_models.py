# SPDX-License-Identifier: MIT
"""The list models the screens show: home tiles, fact cards, sources and images."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Property, Signal
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.backend.list_model import RowListModel
from kiosk.content.citations import curl_quotes, shown_address
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
    """Fact cards; `markers` are the 1-based numbers of their sources on this panel, `when`
    the card's date as its label shows it ("" when it has none), `figure` its key number and
    `icon` the name of its line icon ("" for none)."""

    ROLES = ("factId", "when", "figure", "icon", "text", "markers")


@QmlElement
@QmlUncreatable("Sources come from a PanelContent.")
class SourceModel(RowListModel):
    """Full citations of every source a panel uses, numbered as its sources chips number them;
    `available` is false where the pack's sources.toml has no entry for it. `address` is the
    web address as shown (breakable at its seams), `url` the one its QR code holds."""

    ROLES = ("number", "sourceId", "title", "details", "address", "url", "available")
    _any_address = False

    def show(self, source_ids: list[str], sources: Mapping[str, Source]) -> None:
        """These sources numbered 1, 2, … in order. One missing from sources.toml (damaged or
        cut short) keeps its number and shows as unavailable: the text stays on the floor."""
        rows = []
        for number, source_id in enumerate(source_ids, start=1):
            source = sources.get(source_id)
            url = source.url if source and source.url else ""
            rows.append(
                {
                    "number": number,
                    "sourceId": source_id,
                    "title": curl_quotes(source.title) if source else "",
                    "details": curl_quotes(source.details) if source else "",
                    "address": shown_address(url) if url else "",
                    "url": url,
                    "available": source is not None,
                }
            )
        self.set_rows(rows)
        any_address = any(row["url"] for row in rows)
        if any_address != self._any_address:
            self._any_address = any_address
            self.anyAddressChanged.emit()

    def _get_any_address(self) -> bool:
        return self._any_address

    anyAddressChanged = Signal()
    # Whether any source listed has a web address (the sheet then explains its QR codes).
    anyAddress = Property(bool, _get_any_address, notify=anyAddressChanged)


@QmlElement
@QmlUncreatable("Images come from a PanelContent.")
class ImageModel(RowListModel):
    """Public-domain images with caption and credit."""

    ROLES = ("url", "caption", "credit")
