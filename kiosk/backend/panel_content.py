# SPDX-License-Identifier: MIT
"""One panel's text in the current language, as the panel screen binds to it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, QUrl, Signal
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.backend.map_view import moment_of_panel
from kiosk.backend.panel_models import FactModel, ImageModel, SourceModel
from kiosk.backend.qt_types import QVariantList, QVariantMap
from kiosk.backend.timeline_strip import end_labels, strip_marks
from kiosk.content import ContentPack
from kiosk.content.card_dates import span_label

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("Panels come from the Exhibit.")
class PanelContent(QObject):
    """Re-reads its panel when the language changes, so an open panel switches language in place."""

    changed = Signal()

    def __init__(
        self, pack: ContentPack, panel_id: str, number: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._pack = pack
        self._id = panel_id
        self._number = number
        self._language = pack.default_language
        self._facts = FactModel(self)
        self._sources = SourceModel(self)
        self._images = ImageModel(self)
        self._load()

    def set_language(self, language: str) -> None:
        if language != self._language:
            self._language = language
            self._load()
            self.changed.emit()

    def _load(self) -> None:
        panel = self._pack.panel(self._language, self._id)
        self._panel = panel
        order = panel.source_ids()
        self._marker = {source_id: i + 1 for i, source_id in enumerate(order)}
        self._facts.set_rows(
            [
                {
                    "factId": f.id,
                    "when": span_label(*span, self._language) if (span := f.span()) else "",
                    "figure": f.figure or "",
                    "icon": f.icon or "",
                    "text": f.text,
                    "markers": self._markers(f.sources),
                }
                for f in panel.facts
            ]
        )
        self._dates = strip_marks(panel, self._language)
        self._sources.show(order, self._pack.sources)
        rows = []
        for image in panel.images:
            path = self._pack.image_path(image.file)
            if path is not None:
                rows.append(
                    {
                        "url": QUrl.fromLocalFile(str(path)),
                        "caption": image.caption,
                        "credit": image.credit,
                    }
                )
        self._images.set_rows(rows)
        self._moment = moment_of_panel(self._pack.map, self._language, self._id)

    def _markers(self, source_ids: list[str]) -> list[int]:
        return sorted(self._marker[s] for s in source_ids)

    def _get_id(self) -> str:
        return self._id

    def _get_number(self) -> int:
        return self._number

    def _get_kind(self) -> str:
        return self._panel.kind

    def _get_title(self) -> str:
        return self._panel.title

    def _get_short_answer(self) -> str:
        return self._panel.short_answer

    def _get_quote_text(self) -> str:
        return self._panel.quote.text

    def _get_quote_speaker(self) -> str:
        return self._panel.quote.speaker

    def _get_quote_date(self) -> str:
        return self._panel.quote.date

    def _get_quote_document(self) -> str:
        return self._panel.quote.document

    def _get_quote_translated(self) -> bool:
        return self._panel.quote.translated

    def _get_quote_markers(self) -> list[int]:
        return self._markers(self._panel.quote.sources)

    def _get_outcome_text(self) -> str:
        return self._panel.outcome.text

    def _get_outcome_markers(self) -> list[int]:
        return self._markers(self._panel.outcome.sources)

    def _get_is_fallback(self) -> bool:
        return (self._language, self._id) in self._pack.fallbacks

    def _get_moment(self) -> dict[str, Any]:
        return self._moment

    def _get_dates(self) -> list[dict[str, Any]]:
        return self._dates

    def _get_strip_ends(self) -> list[str]:
        return list(end_labels(self._language))

    def _get_facts(self) -> FactModel:
        return self._facts

    def _get_sources(self) -> SourceModel:
        return self._sources

    def _get_images(self) -> ImageModel:
        return self._images

    panelId = Property(str, _get_id, constant=True)
    number = Property(int, _get_number, constant=True)
    kind = Property(str, _get_kind, notify=changed)
    title = Property(str, _get_title, notify=changed)
    shortAnswer = Property(str, _get_short_answer, notify=changed)
    quoteText = Property(str, _get_quote_text, notify=changed)
    quoteSpeaker = Property(str, _get_quote_speaker, notify=changed)
    quoteDate = Property(str, _get_quote_date, notify=changed)
    quoteDocument = Property(str, _get_quote_document, notify=changed)
    quoteTranslated = Property(bool, _get_quote_translated, notify=changed)
    quoteMarkers = Property(QVariantList, _get_quote_markers, notify=changed)
    outcomeText = Property(str, _get_outcome_text, notify=changed)
    outcomeMarkers = Property(QVariantList, _get_outcome_markers, notify=changed)
    isFallback = Property(bool, _get_is_fallback, notify=changed)
    # The panel's picture on the map ({} when it has none): momentId, t, view, highlight, text.
    moment = Property(QVariantMap, _get_moment, notify=changed)
    # The panel's dates on the crisis's timeline strip: position (0–1 across 14 October –
    # 20 November 1962; below 0 or above 1 when a card falls before or after) and label.
    dates = Property(QVariantList, _get_dates, notify=changed)
    stripEnds = Property(QVariantList, _get_strip_ends, notify=changed)
    facts = Property(FactModel, _get_facts, constant=True)
    sources = Property(SourceModel, _get_sources, constant=True)
    images = Property(ImageModel, _get_images, constant=True)
