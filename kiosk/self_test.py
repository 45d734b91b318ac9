# SPDX-License-Identifier: MIT
"""`kiosk --self-test`: is this installation able to run the exhibit? (frozen or from source)

Loads the settings and the content, checks the fonts, the QML module and the interface
translations, renders every screen in every language offscreen, and prints a JSON report.
Exit status 0 only if every check passed. Needs no display.
"""

from __future__ import annotations

import json
import sys
import time
from typing import TYPE_CHECKING, Any

from kiosk import __version__, paths

if TYPE_CHECKING:
    from kiosk.content_choice import ContentChoice

SIZES = ((1920, 1080), (1080, 1920))
FONT_STYLES = {"Regular", "Bold", "Italic", "Bold Italic"}


def _check(report: dict[str, Any], name: str, ok: bool, detail: Any) -> None:
    report["checks"].append({"name": name, "ok": bool(ok), "detail": detail})


def self_test(choice: ContentChoice) -> int:
    from kiosk.screenshots import use_offscreen_platform

    use_offscreen_platform()
    started = time.monotonic()
    report: dict[str, Any] = {
        "version": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "python": sys.version.split()[0],
        "assets": str(paths.assets_dir()),
        "content": str(choice.result.pack.root),
        "content_origin": choice.origin,
        "checks": [],
    }
    try:
        _run_checks(report, choice)
    except Exception as exc:  # the report must come out whatever broke
        _check(report, "unexpected", False, f"{type(exc).__name__}: {exc}")
    report["modules"] = sorted(sys.modules)
    report["seconds"] = round(time.monotonic() - started, 2)
    report["ok"] = all(c["ok"] for c in report["checks"])
    print(json.dumps(report, indent=2))
    return 0 if report["ok"] else 1


def _check_staff(report: dict[str, Any], choice: ContentChoice) -> None:
    """The staff PIN can be checked in this build (scrypt), and whether one is set."""
    from kiosk.staff_pin import hash_pin, pin_matches

    stored = choice.settings.settings.staff.pin_hash
    works = pin_matches("0000", hash_pin("0000"))
    _check(report, "staff", works, {"pin_set": stored is not None, "scrypt": works})


def _run_checks(report: dict[str, Any], choice: ContentChoice) -> None:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QTranslator, qVersion
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    from kiosk.app import load_fonts
    from kiosk.backend.base_map import BaseMap
    from kiosk.backend.qml_lifetime import dead_objects
    from kiosk.screens import ScreenList
    from kiosk.screenshots import Shot, render

    report["qt"] = qVersion()
    report["pyside6"] = pyside_version
    settings = choice.settings
    _check(
        report,
        "settings",
        not settings.problems,  # a rejected setting means the exhibit is not as staff set it
        {
            "file": str(settings.path),
            "exists": settings.exists,
            "in_use": settings.in_use(),
            "problems": [p.format() for p in settings.problems],
        },
    )

    result = choice.result
    _check(
        report,
        "content",
        not result.errors and not result.pack.is_empty,
        {
            "folder": str(result.pack.root),
            "origin": choice.origin,
            "panels": list(result.pack.panel_ids),
            "screens": ScreenList(result.pack).names(),
            "map": result.pack.map is not None,
            "languages": list(result.pack.languages),
            "images": len(result.pack.images),
            "errors": [p.format() for p in result.errors],
            "warnings": len(result.warnings),
        },
    )

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    report["platform"] = app.platformName()
    families = load_fonts()
    styles = set(QFontDatabase.styles("Atkinson Hyperlegible"))
    _check(
        report,
        "fonts",
        "Atkinson Hyperlegible" in families and styles >= FONT_STYLES,
        {"families": families, "styles": sorted(styles)},
    )

    missing = [
        lang
        for lang in result.pack.languages
        if lang != "en" and not QTranslator().load(f"kiosk_{lang}", str(paths.translations_dir()))
    ]
    _check(report, "translations", not missing, {"missing": missing})
    _check_staff(report, choice)

    rendered: list[dict[str, Any]] = []

    def inspect(shot: Shot, image: Any) -> None:
        small = image.scaled(192, 108)
        colours = {small.pixel(x, y) for x in range(small.width()) for y in range(small.height())}
        rendered.append(
            {
                "screen": shot.screen,
                "language": shot.language,
                "size": f"{shot.size[0]}x{shot.size[1]}",
                "colours": len(colours),
            }
        )

    names = ScreenList(result.pack).names()
    shots = [
        Shot(name, lang, size) for size in SIZES for lang in result.pack.languages for name in names
    ]
    try:
        render(result, shots, inspect)
        blank = [r for r in rendered if r["colours"] < 8]
        _check(report, "qml", True, {"module": "Kiosk", "screens_rendered": len(rendered)})
        _check(
            report,
            "screens",
            len(rendered) == len(shots) and not blank,
            {"rendered": len(rendered), "expected": len(shots), "blank": blank},
        )
        # Every page left and every window closed: their map pictures must be gone too
        # (kiosk/backend/qml_lifetime.py: the installed Python and PySide must free them).
        dead = dead_objects(BaseMap)
        _check(report, "memory", dead == 0, {"map items left behind": dead})
    except Exception as exc:
        _check(report, "qml", False, f"{type(exc).__name__}: {exc}")
