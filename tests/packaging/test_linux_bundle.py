# SPDX-License-Identifier: MIT
"""The frozen Linux bundle runs, carries everything the exhibit imports, and fits its budget."""

from __future__ import annotations

import sys

from tests.conftest import TEST_PACK
from tests.packaging.conftest import expected_screens, self_test

# Loaded only because the tests run from a virtual environment or a source checkout.
ENVIRONMENT_ONLY = {
    "site",
    "sitecustomize",
    "usercustomize",
    "_sitebuiltins",
    "_distutils_hack",
    "__editable___cuban_crisis_kiosk_0_1_0_finder",
    "kiosk.__main__",
}
# Left out of the bundle on purpose (packaging/kiosk.spec): the exhibit is never online, and
# hashlib falls back to its built-in algorithms without OpenSSL.
DELIBERATELY_EXCLUDED = {"_hashlib", "_ssl", "ssl"}


def test_frozen_self_test_passes(linux_bundle):
    code, report = self_test([str(linux_bundle / "kiosk")])
    failed = [c for c in report["checks"] if not c["ok"]]
    assert code == 0 and report["ok"], failed
    assert report["frozen"] is True
    screens = next(c for c in report["checks"] if c["name"] == "screens")
    assert screens["detail"]["rendered"] == expected_screens(report) > 0


def test_frozen_self_test_decodes_images(linux_bundle):
    """The shipped pack has no images, so a pack with one exercises Pillow and the QML image
    path frozen."""
    code, report = self_test([str(linux_bundle / "kiosk"), "--content", str(TEST_PACK)])
    assert code == 0 and report["ok"], [c for c in report["checks"] if not c["ok"]]
    content = next(c for c in report["checks"] if c["name"] == "content")
    assert content["detail"]["images"] == 1
    assert "PIL.PngImagePlugin" in report["modules"]


def test_nothing_the_exhibit_imports_is_missing_from_the_bundle(linux_bundle):
    code, source = self_test([sys.executable, "-m", "kiosk"])
    assert code == 0
    _code, frozen = self_test([str(linux_bundle / "kiosk")])
    missing = (
        set(source["modules"]) - set(frozen["modules"]) - ENVIRONMENT_ONLY - DELIBERATELY_EXCLUDED
    )
    missing = {m for m in missing if not m.startswith(("__editable__", "_virtualenv"))}
    assert not missing, f"imported from source but absent from the bundle: {sorted(missing)}"


def test_bundle_stays_within_its_size_budget(linux_bundle):
    total = sum(
        p.stat().st_size for p in linux_bundle.rglob("*") if p.is_file() and not p.is_symlink()
    )
    assert total <= 140 * 1024 * 1024, f"{total / 2**20:.1f} MiB unpacked"


def test_bundle_ships_assets_fonts_qml_and_licences(linux_bundle):
    internal = linux_bundle / "_internal"
    assert (internal / "assets" / "content" / "pack.toml").is_file()
    assert (internal / "assets" / "fonts" / "OFL.txt").is_file()
    assert (internal / "assets" / "i18n" / "kiosk_es.qm").is_file()
    assert (internal / "kiosk" / "qml" / "Kiosk" / "qmldir").is_file()
    assert (linux_bundle / "licences" / "AtkinsonHyperlegible-OFL.txt").is_file()
    assert (linux_bundle / "system" / "cuban-crisis-kiosk.service").is_file()


def test_archives_stay_within_the_compressed_budget(linux_bundle):
    archives = [
        linux_bundle.parent.with_name(linux_bundle.parent.name + ".tar.gz"),
        *linux_bundle.parents[1].glob("cuban-crisis-kiosk_*_amd64.deb"),
    ]
    assert archives[0].is_file() and len(archives) == 2
    for archive in archives:
        assert archive.stat().st_size <= 55_000_000, f"{archive.name}: {archive.stat().st_size}"
