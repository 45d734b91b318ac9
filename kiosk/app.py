# SPDX-License-Identifier: MIT
"""Builds the QML engine on a content pack and wires the backend to the view; nothing else."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtQml import QQmlApplicationEngine

# Importing QtQuick also makes rootObjects() return a QQuickWindow instead of a plain QWindow.
from PySide6.QtQuick import QQuickWindow
from PySide6.QtQuickControls2 import QQuickStyle

from kiosk import paths
from kiosk.backend import Exhibit, icons, map_symbols, qr_codes
from kiosk.backend.ui_language import UiTranslator
from kiosk.backend.visitor_watch import InputSeen
from kiosk.config import Settings
from kiosk.content import LoadResult
from kiosk.visitor_stats import VisitorStats

log = logging.getLogger(__name__)

FONT_FILES = ("Regular", "Bold", "Italic", "BoldItalic")
QR_WARM_UP_MS = 3000  # after the first frame, well before a visitor reaches a sources sheet


class StartupError(Exception):
    """The interface could not be built (a defect in the shipped QML, never in content)."""


_loaded_families: list[str] = []


def load_fonts() -> list[str]:
    """Register the bundled fonts once; returns the families Qt found (empty: none loaded).

    Each window build calls this (screenshots build one per size), and registering the same
    files again would add duplicate faces to the font database.
    """
    if _loaded_families:
        return list(_loaded_families)
    families: set[str] = set()
    for style in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(
            str(paths.fonts_dir() / f"AtkinsonHyperlegible-{style}.ttf")
        )
        if font_id < 0:
            log.error("font AtkinsonHyperlegible-%s could not be loaded", style)
        else:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    _loaded_families.extend(sorted(families))
    return list(_loaded_families)


@dataclass
class ExhibitWindow:
    """Everything that lives as long as the exhibit's window."""

    engine: QQmlApplicationEngine
    exhibit: Exhibit
    window: QQuickWindow
    translator: UiTranslator
    warnings: list[str]  # only those raised while the interface loaded (later ones: the log)
    input_seen: InputSeen  # the application's event filter: visitors' input, keys kept out

    def close(self) -> None:
        """Destroy the QML tree before the backend it binds to, so no binding sees a null."""
        self.exhibit.allow_close()
        QCoreApplication.instance().removeEventFilter(self.input_seen)
        self.window.close()
        self.translator.remove()
        self.engine.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def build(
    result: LoadResult,
    language: str | None = None,
    size: QSize | None = None,
    settings: Settings | None = None,
    stats: VisitorStats | None = None,
    diagnostics: Callable[[], dict[str, Any]] = dict,
) -> ExhibitWindow:
    """Create the engine and the window (not yet shown) for a loaded content pack."""
    QQuickStyle.setStyle("Basic")  # the platform default differs between OSes and bundles
    load_fonts()
    engine = QQmlApplicationEngine()
    warnings: list[str] = []

    def collect(errors: list) -> None:
        warnings.extend(e.toString() for e in errors)

    # Kept only while loading, to explain a failed load; every warning also reaches Qt's message
    # handler, which the runner sends to the log (kiosk/qt_messages.py).
    engine.warnings.connect(collect)
    engine.addImportPath(str(paths.qml_dir()))
    engine.addImageProvider(map_symbols.PROVIDER_ID, map_symbols.provider())
    engine.addImageProvider(icons.PROVIDER_ID, icons.provider())
    engine.addImageProvider(qr_codes.PROVIDER_ID, qr_codes.provider())
    exhibit = Exhibit(
        result.pack, language, settings=settings, stats=stats, diagnostics=diagnostics
    )
    translator = UiTranslator(engine, paths.translations_dir(), engine)
    exhibit.languageChanged.connect(lambda: translator.apply(exhibit.language))
    engine.setInitialProperties({"exhibit": exhibit})
    engine.loadFromModule("Kiosk", "Main")
    engine.warnings.disconnect(collect)
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        raise StartupError("the QML interface failed to load: " + "; ".join(warnings))
    window = roots[0]
    translator.apply(exhibit.language)
    if size is not None:
        window.resize(size)
    # The QR library's import (50 ms) in an idle moment after start, not when a visitor first
    # opens a sources sheet.
    QTimer.singleShot(QR_WARM_UP_MS, qr_codes.warm_up)
    input_seen = InputSeen(exhibit.visitors, take_keys=True, parent=exhibit)
    QCoreApplication.instance().installEventFilter(input_seen)
    return ExhibitWindow(engine, exhibit, window, translator, warnings, input_seen)
