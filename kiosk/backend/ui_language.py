# SPDX-License-Identifier: MIT
"""Switches the Qt Linguist translation of the interface's own strings (buttons, labels) live."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTranslator
from PySide6.QtQml import QQmlEngine

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"


class UiTranslator(QObject):
    def __init__(self, engine: QQmlEngine, directory: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._directory = directory
        self._translator: QTranslator | None = None

    def apply(self, language: str) -> None:
        """Install `language` and re-evaluate every qsTr binding; English needs no catalogue."""
        app = QCoreApplication.instance()
        self.remove()
        if language != SOURCE_LANGUAGE:
            translator = QTranslator(self)
            if translator.load(f"kiosk_{language}", str(self._directory)):
                app.installTranslator(translator)
                self._translator = translator
            else:
                log.warning("no interface translation for %s in %s", language, self._directory)
        self._engine.retranslate()

    def remove(self) -> None:
        """Take this translator out of the application (translators are application-wide)."""
        if self._translator is not None:
            QCoreApplication.instance().removeTranslator(self._translator)
            # Not kept alive by its parent: a day of language switches would pile them up.
            self._translator.deleteLater()
            self._translator = None
