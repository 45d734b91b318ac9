# SPDX-License-Identifier: MIT
"""The only module that knows where bundled files live and where writable data goes.

Three layouts are supported: the source tree (assets/ beside kiosk/), an installed wheel
(kiosk/assets/, put there by hatchling's force-include) and a PyInstaller bundle (assets/ under
sys._MEIPASS).
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "cuban-crisis-kiosk"
APP_AUTHOR = "ExhibitWorks"

_PACKAGE_DIR = Path(__file__).resolve().parent


def assets_dir() -> Path:
    """The read-only assets folder shipped with the exhibit."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = []
    if bundle:
        candidates.append(Path(bundle) / "assets")
    candidates += [_PACKAGE_DIR / "assets", _PACKAGE_DIR.parent / "assets"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def content_dir() -> Path:
    return assets_dir() / "content"


def fonts_dir() -> Path:
    return assets_dir() / "fonts"


def coast_file() -> Path:
    """The coastline derived from Natural Earth by tools/derive_map.py (not curator content)."""
    return assets_dir() / "map" / "coast.json"


def translations_dir() -> Path:
    return assets_dir() / "i18n"


def qml_dir() -> Path:
    """The folder that holds the Kiosk QML module (added to the engine's import path)."""
    return _PACKAGE_DIR / "qml"


def data_dir() -> Path:
    """Writable per-machine data: logs, usage statistics, settings overrides."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def statistics_file() -> Path:
    """The visitor statistics (SQLite), kept across upgrades."""
    return data_dir() / "statistics.sqlite3"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def settings_file() -> Path:
    """Machine-wide settings edited by museum IT (see docs/INSTALL.md)."""
    return Path(platformdirs.site_config_dir(APP_NAME, APP_AUTHOR)) / "settings.toml"
