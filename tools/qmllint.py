# SPDX-License-Identifier: MIT
"""Run qmllint over the Kiosk QML module with full knowledge of the Python-registered types.

qmllint cannot read Python, so this generates the Kiosk.Backend type description the way
`pyside6-project` does (metaobjectdump → qmltyperegistrar) into .qmllint/, then lints every QML
file with `--max-warnings 0` (qmllint exits 0 on warnings without it).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
BACKEND = ROOT / "kiosk" / "backend"
QML = ROOT / "kiosk" / "qml"
OUT = ROOT / ".qmllint"
BIN = Path(sys.executable).parent
QT = Path(PySide6.__file__).parent / "Qt"


def _tool(name: str) -> str:
    for candidate in (BIN / f"pyside6-{name}", BIN / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return f"pyside6-{name}"


def _constant_properties(sources: list[Path]) -> set[tuple[str, str]]:
    """(class, property) pairs declared `Property(..., constant=True)`.

    metaobjectdump ignores the `constant` keyword; without it qmllint reports every read of such a
    property as possibly stale.
    """
    found = set()
    for source in sources:
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            for item in node.body:
                if (
                    isinstance(item, ast.Assign)
                    and isinstance(item.value, ast.Call)
                    and any(k.arg == "constant" for k in item.value.keywords)
                ):
                    found.add((node.name, item.targets[0].id))
    return found


def _mark_constants(dump: Path, constants: set[tuple[str, str]]) -> None:
    data = json.loads(dump.read_text(encoding="utf-8"))
    for entry in data:
        for cls in entry.get("classes", []):
            for prop in cls.get("properties", []):
                if (cls["className"], prop["name"]) in constants:
                    prop["constant"] = True
    dump.write_text(json.dumps(data), encoding="utf-8")


def backend_types() -> Path:
    module = OUT / "Kiosk" / "Backend"
    module.mkdir(parents=True, exist_ok=True)
    sources = sorted(p for p in BACKEND.glob("*.py") if "class " in p.read_text())
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "backend_metatypes.json"
        subprocess.run([_tool("metaobjectdump"), "-o", str(dump), *map(str, sources)], check=True)
        _mark_constants(dump, _constant_properties(sources))
        foreign = ",".join(
            str(QT / "metatypes" / f"qt6{m}_metatypes.json")
            for m in ("core", "gui", "qml", "quick")
        )
        subprocess.run(
            [
                _tool("qmltyperegistrar"),
                "--import-name",
                "Kiosk.Backend",
                "--major-version",
                "1",
                "--minor-version",
                "0",
                f"--foreign-types={foreign}",
                "--generate-qmltypes",
                str(module / "backend.qmltypes"),
                "-o",
                str(Path(tmp) / "registration.cpp"),
                str(dump),
            ],
            check=True,
        )
    (module / "qmldir").write_text(
        "module Kiosk.Backend\ntypeinfo backend.qmltypes\ndepends QtQuick\n", encoding="utf-8"
    )
    return OUT


def main() -> int:
    imports = backend_types()
    files = sorted(str(p) for p in QML.rglob("*.qml"))
    command = [_tool("qmllint"), "--max-warnings", "0", "-I", str(QML), "-I", str(imports), *files]
    return subprocess.run(command).returncode


if __name__ == "__main__":
    sys.exit(main())
