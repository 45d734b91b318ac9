# SPDX-License-Identifier: MIT
"""Staff mode without a keyboard: a hidden gesture, a PIN pad with a lockout that survives a
restart, and the staff screen: back to visitors, restart, exit to the desktop (which leaves the
note that keeps systemd from restarting), diagnostics and a touch test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest

from kiosk import paths
from kiosk.staff_pin import hash_pin
from tests.driver import touch_device

PIN = "2468"


def with_pin(settings_file) -> None:
    settings_file(f'[staff]\npin_hash = "{hash_pin(PIN)}"\n')


@pytest.fixture
def staff_exhibit(qtbot, qapp, settings_file):
    """start(): the exhibit built on settings with a staff PIN (as the runner builds it)."""
    from PySide6.QtCore import QSize

    from kiosk.app import build
    from kiosk.config import load_settings
    from kiosk.content import load_pack
    from tests.conftest import TEST_PACK
    from tests.driver import ExhibitDriver

    with_pin(settings_file)
    started = []

    def start() -> ExhibitDriver:
        settings = load_settings().settings
        built = build(load_pack(TEST_PACK), size=QSize(1920, 1080), settings=settings)
        with qtbot.waitExposed(built.window):
            built.window.show()
        started.append(built)
        return ExhibitDriver(built, qtbot)

    yield start
    for built in started:
        built.close()
    for name in ("staff-lock.json", "staff-exit"):
        (paths.data_dir() / name).unlink(missing_ok=True)


def gesture(kiosk) -> None:
    """Hold the top-left corner (the hold shortened for the test), then tap the top-right."""
    kiosk.find("staff.gesture").setProperty("holdSeconds", 0.3)
    corner = QPoint(20, 20)
    QTest.touchEvent(kiosk.window, touch_device()).press(0, corner, kiosk.window).commit()
    kiosk.qtbot.waitUntil(lambda: kiosk.find("staff.gesture").property("armed"))
    QTest.touchEvent(kiosk.window, touch_device()).release(0, corner, kiosk.window).commit()
    kiosk.tap_at(QPoint(kiosk.window.width() - 20, 20), touch=True)


def type_pin(kiosk, pin: str) -> None:
    for digit in pin:
        kiosk.tap(f"staff.key.{digit}", touch=True)
    kiosk.tap("staff.key.ok", touch=True)


def test_the_gesture_and_the_pin_open_staff_mode_and_close_back_to_visitors(
    staff_exhibit,
):
    kiosk = staff_exhibit()
    gesture(kiosk)
    kiosk.qtbot.waitUntil(lambda: kiosk.is_shown(kiosk.find("staff.pinPad")))
    type_pin(kiosk, PIN)
    kiosk.qtbot.waitUntil(lambda: kiosk.is_shown(kiosk.find("staff.panel")))
    texts = " ".join(kiosk.visible_texts())
    assert "version: " in texts and "content: " in texts and "uptime: " in texts
    kiosk.tap("staff.touchTest", touch=True)
    kiosk.tap("staff.touchCell.0", touch=True)
    assert kiosk.find("staff.touchCell.0").property("touched")
    kiosk.tap("staff.touchTest.done", touch=True)
    kiosk.tap("staff.close", touch=True)
    kiosk.qtbot.waitUntil(lambda: not any(kiosk.is_shown(i) for i in kiosk.find_all("staff.panel")))


def test_a_quick_corner_tap_opens_nothing(staff_exhibit):
    kiosk = staff_exhibit()
    kiosk.tap_at(QPoint(kiosk.window.width() - 20, 20), touch=True)
    kiosk.next_frame()
    assert not any(kiosk.is_shown(i) for i in kiosk.find_all("staff.pinPad"))


def test_five_wrong_pins_lock_the_pad_across_a_restart(staff_exhibit):
    kiosk = staff_exhibit()
    gesture(kiosk)
    kiosk.qtbot.waitUntil(lambda: kiosk.is_shown(kiosk.find("staff.pinPad")))
    type_pin(kiosk, "1111")
    assert kiosk.text("staff.pinMessage") == "Wrong PIN. 4 tries left."
    for _ in range(4):
        type_pin(kiosk, "1111")
    assert "Locked after five wrong PINs" in kiosk.text("staff.pinMessage")
    kiosk.tap("staff.cancel", touch=True)
    again = staff_exhibit()  # a restart
    gesture(again)
    again.qtbot.waitUntil(lambda: again.is_shown(again.find("staff.pinPad")))
    assert "Locked after five wrong PINs" in again.text("staff.pinMessage")
    assert not again.find("staff.key.2").isEnabled()


def test_exit_to_the_desktop_leaves_the_note_and_asks_to_quit_with_75(staff_exhibit):
    kiosk = staff_exhibit()
    gesture(kiosk)
    kiosk.qtbot.waitUntil(lambda: kiosk.is_shown(kiosk.find("staff.pinPad")))
    type_pin(kiosk, PIN)
    kiosk.qtbot.waitUntil(lambda: kiosk.is_shown(kiosk.find("staff.panel")))
    with kiosk.qtbot.waitSignal(kiosk.exhibit.staff.quitRequested) as leaving:
        kiosk.tap("staff.exit", touch=True)
    assert leaving.args == [75]
    note = paths.data_dir() / "staff-exit"
    assert note.is_file()


def test_without_a_pin_the_gesture_opens_nothing(start_exhibit):
    kiosk = start_exhibit()
    assert not kiosk.exhibit.staff.property("enabled")
    kiosk.find("staff.gesture").setProperty("holdSeconds", 0.3)
    corner = QPoint(20, 20)
    QTest.touchEvent(kiosk.window, touch_device()).press(0, corner, kiosk.window).commit()
    kiosk.qtbot.wait(400)  # longer than the hold: nothing may arm
    QTest.touchEvent(kiosk.window, touch_device()).release(0, corner, kiosk.window).commit()
    assert not kiosk.find("staff.gesture").property("armed")


def open_staff_screen(kiosk) -> None:
    gesture(kiosk)
    kiosk.qtbot.waitUntil(lambda: kiosk.is_shown(kiosk.find("staff.pinPad")))
    type_pin(kiosk, PIN)
    kiosk.qtbot.waitUntil(lambda: kiosk.is_shown(kiosk.find("staff.panel")))


def test_staff_copy_logs_and_statistics_to_the_export_folder(
    staff_exhibit, settings_file, tmp_path, monkeypatch
):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    paths.log_dir().mkdir(parents=True)
    (paths.log_dir() / "kiosk.log").write_text("event=start\n", encoding="utf-8")
    drive = tmp_path / "stick"
    drive.mkdir()
    settings_file(f'[staff]\npin_hash = "{hash_pin(PIN)}"\nexport_to = "{drive}"\n')
    kiosk = staff_exhibit()
    open_staff_screen(kiosk)
    kiosk.tap("staff.export", touch=True)
    kiosk.qtbot.waitUntil(lambda: "Copied to" in kiosk.text("staff.exportMessage"))
    (folder,) = drive.iterdir()
    assert str(folder) in kiosk.text("staff.exportMessage")
    assert (folder / "kiosk.log").read_text(encoding="utf-8") == "event=start\n"
    assert "version: " in (folder / "diagnostics.txt").read_text(encoding="utf-8")


def test_staff_are_told_when_no_usb_drive_is_found(staff_exhibit, monkeypatch):
    from kiosk import export

    monkeypatch.setattr(export, "removable_drives", list)
    kiosk = staff_exhibit()
    open_staff_screen(kiosk)
    kiosk.tap("staff.export", touch=True)
    kiosk.qtbot.waitUntil(
        lambda: (
            kiosk.text("staff.exportMessage") == "No USB drive found. Plug one in and try again."
        )
    )
