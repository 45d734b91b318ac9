# SPDX-License-Identifier: MIT
"""Keep the interface translations in step with the QML (Qt Linguist).

`python tools/translations.py update` refreshes assets/i18n/kiosk_<lang>.ts from every qsTr() in
the QML, keeping existing translations; translators edit the .ts (Qt Linguist or any editor).
`python tools/translations.py release` compiles them into the .qm files the exhibit loads.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QML = ROOT / "kiosk" / "qml"
I18N = ROOT / "assets" / "i18n"
LANGUAGES = ("es",)
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    for candidate in (BIN / f"pyside6-{name}", BIN / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return f"pyside6-{name}"


def _lupdate(language: str, ts: Path, *extra: str) -> None:
    """Refresh `ts` from every qsTr() in the QML, keeping existing translations."""
    files = sorted(str(p.relative_to(ROOT)) for p in QML.rglob("*.qml"))
    subprocess.run(
        [
            _tool("lupdate"),
            *extra,
            "-locations",
            "none",
            "-no-obsolete",
            "-target-language",
            language,
            *files,
            "-ts",
            str(ts),
        ],
        check=True,
        cwd=ROOT,
    )


def update() -> None:
    for language in LANGUAGES:
        _lupdate(language, I18N / f"kiosk_{language}.ts")


def release() -> None:
    for language in LANGUAGES:
        ts = I18N / f"kiosk_{language}.ts"
        subprocess.run(
            [_tool("lrelease"), "-silent", str(ts), "-qm", str(I18N / f"kiosk_{language}.qm")],
            check=True,
        )


def check() -> None:
    """Fail when a .ts has unfinished entries or misses a qsTr() string, or a .qm is stale."""
    import filecmp
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            ts = I18N / f"kiosk_{language}.ts"
            copy = Path(tmp) / ts.name
            shutil.copyfile(ts, copy)
            _lupdate(language, copy, "-silent")
            text = copy.read_text(encoding="utf-8")
            if 'type="unfinished"' in text or not filecmp.cmp(copy, ts, shallow=False):
                sys.exit(
                    f"{ts.name}: strings untranslated or out of date; run "
                    "`python tools/translations.py update`, translate, then `release`"
                )
            qm = Path(tmp) / f"kiosk_{language}.qm"
            subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
            if not filecmp.cmp(qm, I18N / qm.name, shallow=False):
                sys.exit(f"{qm.name} is stale; run `python tools/translations.py release`")
    print("translations up to date")


if __name__ == "__main__":
    commands = {"update": update, "release": release, "check": check}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        sys.exit("usage: translations.py update|release|check")
    commands[sys.argv[1]]()
