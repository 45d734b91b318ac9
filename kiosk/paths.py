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


def _machine_dir() -> Path | None:
    """Windows: the per-machine folder in ProgramData, when the installer made its writable
    data and logs folders there (a bundle run without the installer keeps to the user's own)."""
    if sys.platform != "win32":
        return None
    base = Path(platformdirs.site_data_dir(APP_NAME, APP_AUTHOR))
    return base if (base / "data").is_dir() else None


def data_dir() -> Path:
    """Writable per-machine data: statistics, the PIN lock, the start history.

    Linux: ~/.local/share/cuban-crisis-kiosk, which for the .deb's service user (its home is
    /var/lib/cuban-crisis-kiosk) is under /var/lib. Windows: ProgramData, whichever user the
    logon task starts the exhibit for, and where `kiosk-cli stats` run by an administrator
    finds the same statistics.
    """
    machine = _machine_dir()
    return machine / "data" if machine else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def statistics_file() -> Path:
    """The visitor statistics (SQLite), kept across upgrades."""
    return data_dir() / "statistics.sqlite3"


def log_dir() -> Path:
    machine = _machine_dir()
    return machine / "logs" if machine else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def settings_file() -> Path:
    """Machine-wide settings edited by museum IT (see docs/INSTALL.md)."""
    return Path(platformdirs.site_config_dir(APP_NAME, APP_AUTHOR)) / "settings.toml"
