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


def test_nothing_valid_shows_the_calm_updating_notice_on_home(start_exhibit, pack_copy):
    for path in pack_copy.rglob("*.toml"):
        path.write_bytes(b"\xff\xfe garbage")
    kiosk = start_exhibit(pack_copy)
    assert kiosk.exhibit.currentScreen == "home"
    assert kiosk.is_shown(kiosk.find("home.updating"))
    message = kiosk.text("notice.message")
    assert message == "This exhibit is being updated."
    shown = " ".join(kiosk.visible_texts())
    assert "Esta exposición se está actualizando." in shown
    assert "Traceback" not in shown and "toml" not in shown.lower()
    assert not [i for i in kiosk.items() if i.objectName().startswith("tile.")]
    # Taps anywhere change nothing and crash nothing.
    from PySide6.QtCore import QPoint

    kiosk.tap_at(QPoint(200, 200), touch=True)
    kiosk.tap_at(QPoint(kiosk.window.width() - 100, kiosk.window.height() - 50))
    assert kiosk.exhibit.currentScreen == "home"
    assert kiosk.is_shown(kiosk.find("home.updating"))


def test_a_truncated_sources_file_keeps_all_six_panels(start_exhibit, tmp_path):
    import shutil

    from kiosk import paths

    pack = tmp_path / "pack"
    shutil.copytree(paths.content_dir(), pack)
    sources = pack / "sources.toml"
    text = sources.read_text(encoding="utf-8")
    sources.write_text(text[: len(text) // 3], encoding="utf-8")  # a failed copy
    kiosk = start_exhibit(pack)
    tiles = [i for i in kiosk.items() if i.objectName().startswith("tile.") and kiosk.is_shown(i)]
    assert len(tiles) == 6
    # The last panel cites sources from all over the file: some are now unavailable.
    kiosk.tap("tile.how-it-ended")
    kiosk.wait_for_screen("how-it-ended")
    kiosk.tap("panel.sources")
    kiosk.qtbot.waitUntil(lambda: kiosk.find("sourcesSheet").property("progress") == 1.0)
    sheet = kiosk.find("sourcesSheet")
    entries = [
        i
        for i in kiosk.items(sheet)
        if i.objectName().startswith("source.") and isinstance(i.property("available"), bool)
    ]
    available = [e.property("available") for e in entries]
    assert entries and not all(available)
    missing = next(e for e in entries if not e.property("available"))
    texts = [i.property("text") for i in kiosk.items(missing)]
    assert "The details of this source are not available at the moment." in texts


def test_a_broken_home_file_falls_back_to_the_other_language(start_exhibit, pack_copy):
    (pack_copy / "en" / "home.toml").write_text('question = "cut', encoding="utf-8")
    kiosk = start_exhibit(pack_copy)
    assert kiosk.text("home.question") == "¿Qué quería la prueba?"


def test_no_home_file_shows_a_neutral_title(start_exhibit, pack_copy):
    for language in ("en", "es"):
        (pack_copy / language / "home.toml").unlink()
    kiosk = start_exhibit(pack_copy)
    assert kiosk.text("home.question") == (
        "What did the United States want during the Cuban Missile Crisis?"
    )
    assert not [i for i in kiosk.find_all("home.framing") if kiosk.is_shown(i)]
    kiosk.exhibit.setLanguage("es")
    kiosk.qtbot.waitUntil(
        lambda: kiosk.text("home.question").startswith("¿Qué quería Estados Unidos")
    )


def test_broken_image_is_hidden_and_the_panel_still_shows(start_exhibit, pack_copy):
    (pack_copy / "images" / "square.png").write_bytes(b"broken")
    kiosk = start_exhibit(pack_copy)
    kiosk.tap("tile.alpha")
    kiosk.wait_for_screen("alpha")
    assert kiosk.text("panel.title") == "Alpha title"
    assert not [i for i in kiosk.find_all("panel.images") if kiosk.is_shown(i)]
