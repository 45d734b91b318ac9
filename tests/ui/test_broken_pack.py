# SPDX-License-Identifier: MIT
"""A broken content pack never crashes the exhibit or shows an error to a visitor."""

from __future__ import annotations


def test_broken_panel_is_left_out_and_the_rest_runs(start_exhibit, pack_copy):
    (pack_copy / "en" / "beta.toml").write_text("id = [broken", encoding="utf-8")
    kiosk = start_exhibit(pack_copy)
    assert kiosk.is_shown(kiosk.find("tile.alpha"))
    assert not [i for i in kiosk.find_all("tile.beta") if kiosk.is_shown(i)]
    kiosk.tap("tile.alpha")
    kiosk.wait_for_screen("alpha")
    kiosk.tap("nav.next")
    kiosk.wait_for_screen("ending")


def test_nothing_valid_shows_the_calm_updating_screen(start_exhibit, pack_copy):
    for path in pack_copy.rglob("*.toml"):
        path.write_bytes(b"\xff\xfe garbage")
    kiosk = start_exhibit(pack_copy)
    assert kiosk.exhibit.currentScreen == "updating"
    message = kiosk.text("updating.message")
    assert message == "This exhibit is being updated."
    shown = " ".join(kiosk.visible_texts())
    assert "Traceback" not in shown and "toml" not in shown.lower()
    # Taps anywhere change nothing and crash nothing.
    from PySide6.QtCore import QPoint

    kiosk.tap_at(QPoint(200, 200), touch=True)
    kiosk.tap_at(QPoint(kiosk.window.width() - 100, kiosk.window.height() - 50))
    assert kiosk.exhibit.currentScreen == "updating"


def test_broken_image_is_hidden_and_the_panel_still_shows(start_exhibit, pack_copy):
    (pack_copy / "images" / "square.png").write_bytes(b"broken")
    kiosk = start_exhibit(pack_copy)
    kiosk.tap("tile.alpha")
    kiosk.wait_for_screen("alpha")
    assert kiosk.text("panel.title") == "Alpha title"
    assert not [i for i in kiosk.find_all("panel.images") if kiosk.is_shown(i)]
