# SPDX-License-Identifier: MIT
"""English / Español switches every string live and keeps the visitor's place."""

from __future__ import annotations


def test_language_switch_on_home_changes_content_and_buttons(start_exhibit):
    kiosk = start_exhibit()
    assert kiosk.find("language.en").property("selected")
    kiosk.tap("language.es", touch=True)
    kiosk.qtbot.waitUntil(lambda: kiosk.text("home.question") == "¿Qué quería la prueba?")
    assert kiosk.find("tile.alpha").property("title") == "Título alfa"
    assert kiosk.find("language.es").property("selected")
    assert kiosk.exhibit.currentScreen == "home"


def test_language_switch_on_a_panel_keeps_the_panel_and_translates_everything(start_exhibit):
    kiosk = start_exhibit()
    kiosk.tap("tile.beta")
    kiosk.wait_for_screen("beta")
    kiosk.tap("language.es")
    kiosk.qtbot.waitUntil(lambda: kiosk.text("panel.title") == "Título beta")
    assert kiosk.exhibit.currentScreen == "beta"
    assert kiosk.text("panel.shortAnswer") == "Respuesta breve beta en español."
    assert kiosk.find("fact.first").property("text") == "Beta: primera tarjeta, breve y sencilla."
    assert kiosk.text("outcome.text") == "Beta: resultado de este objetivo."
    assert kiosk.text("quote.speaker").endswith("(traducción del inglés)")
    # Interface strings come from the Qt Linguist catalogue.
    assert kiosk.find("nav.next").property("text") == "Siguiente"
    assert kiosk.find("nav.home").property("text") == "Inicio"
    assert kiosk.find("panel.sources").property("text") == "Fuentes"
    kiosk.tap("language.en")
    kiosk.qtbot.waitUntil(lambda: kiosk.find("nav.next").property("text") == "Next")
    assert kiosk.text("panel.title") == "Beta title"


def test_starting_language_can_be_spanish(start_exhibit):
    kiosk = start_exhibit(lang="es")
    assert kiosk.text("home.question") == "¿Qué quería la prueba?"


def test_missing_translation_falls_back_to_english_with_a_note(start_exhibit, pack_copy):
    (pack_copy / "es" / "beta.toml").unlink()
    kiosk = start_exhibit(pack_copy, lang="es")
    kiosk.tap("tile.beta")
    kiosk.wait_for_screen("beta")
    assert kiosk.text("panel.title") == "Beta title"
    assert "inglés" in kiosk.text("panel.fallbackNote")


def test_switching_language_all_day_does_not_pile_up_translations(start_exhibit):
    from PySide6.QtCore import QTranslator

    kiosk = start_exhibit()
    translator = kiosk.built.translator
    for _ in range(10):
        kiosk.exhibit.setLanguage("es")
        kiosk.exhibit.setLanguage("en")
    kiosk.exhibit.setLanguage("es")
    kiosk.qtbot.waitUntil(lambda: len(translator.findChildren(QTranslator)) == 1)
