# SPDX-License-Identifier: MIT
"""Test set-up: offscreen Qt, a QGuiApplication, and a factory that starts the real exhibit."""

from __future__ import annotations

import os

# Before any Qt import: the suite never needs a display, on a developer's machine or in CI.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# Never this machine's settings (an installed exhibit's /etc/xdg/... file): a path that does not
# exist means defaults; tests that need settings write their own file and point here.
os.environ["KIOSK_SETTINGS"] = os.path.join(os.path.dirname(__file__), "data", "no-settings.toml")

import tempfile

# Never this machine's data folder either (statistics, the staff PIN's lock): one of the run's own.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="kiosk-test-data-")

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.driver import ExhibitDriver

DATA = Path(__file__).parent / "data"
TEST_PACK = DATA / "pack"


@pytest.fixture(scope="session")
def qapp_cls():
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication


@pytest.fixture
def settings_file(tmp_path: Path, monkeypatch) -> Callable[[str], Path]:
    """settings_file(text): write a settings file and make it this test's settings."""

    def write(text: str) -> Path:
        path = tmp_path / "settings.toml"
        path.write_text(text, encoding="utf-8")
        monkeypatch.setenv("KIOSK_SETTINGS", str(path))
        return path

    return write


@pytest.fixture
def pack_copy(tmp_path: Path) -> Path:
    """A writable copy of the small test pack, for tests that break it on purpose."""
    target = tmp_path / "pack"
    shutil.copytree(TEST_PACK, target)
    return target


@pytest.fixture
def start_exhibit(qtbot, qapp) -> Iterator[Callable[..., ExhibitDriver]]:
    """Start the real QML exhibit on a content pack: start_exhibit(content, lang=, size=)."""
    from PySide6.QtCore import QSize

    from kiosk.app import build
    from kiosk.content import load_pack

    started: list[ExhibitDriver] = []

    def start(
        content: Path = TEST_PACK,
        lang: str | None = None,
        size: tuple[int, int] = (1920, 1080),
        animated: bool = True,
        stats: object | None = None,
        settings: object | None = None,
    ) -> ExhibitDriver:
        built = build(
            load_pack(content), language=lang, size=QSize(*size), stats=stats, settings=settings
        )
        built.exhibit.animated = animated
        with qtbot.waitExposed(built.window):
            built.window.show()
        driver = ExhibitDriver(built, qtbot)
        started.append(driver)
        return driver

    yield start
    for driver in started:
        driver.built.close()
