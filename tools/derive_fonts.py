# SPDX-License-Identifier: MIT
"""Copy Atkinson Hyperlegible and its licence from the PyPI package into assets/fonts/.

Reproducible: `pip install 'fontpkg-atkinson-hyperlegible==1.6'` (the `tools` extra), then
`python tools/derive_fonts.py`. The result is committed; the exhibit never needs the package.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import fontpkg_atkinson_hyperlegible as font_package

TARGET = Path(__file__).resolve().parent.parent / "assets" / "fonts"
STYLES = ("Regular", "Bold", "Italic", "BoldItalic")


def main() -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    source = Path(font_package.ROOT)
    metadata = json.loads((source / "metadata.json").read_text(encoding="utf-8"))
    manifest = {
        "package": "fontpkg-atkinson-hyperlegible==1.6",
        "upstream": metadata["source"],
        "licence": metadata["license"],
        "files": {},
    }
    for style in STYLES:
        name = f"AtkinsonHyperlegible-{style}.ttf"
        shutil.copyfile(source / "files" / name, TARGET / name)
        manifest["files"][name] = hashlib.sha256((TARGET / name).read_bytes()).hexdigest()
    shutil.copyfile(source / "LICENSE", TARGET / "OFL.txt")
    (TARGET / "MANIFEST.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"fonts written to {TARGET}")


if __name__ == "__main__":
    main()
