# SPDX-License-Identifier: MIT
"""Every Qt and QML message reaches the log with its level, and a repeating one cannot fill it."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QtMsgType, QUrl, qInstallMessageHandler
from PySide6.QtQml import QQmlComponent

from kiosk import qt_messages
from kiosk.qt_messages import QtMessageLog


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def records(caplog):
    caplog.set_level(logging.DEBUG, logger="kiosk.qt")
    return lambda: [(r.levelno, r.getMessage()) for r in caplog.records if r.name == "kiosk.qt"]


def test_each_level_is_kept(records):
    handler = QtMessageLog(logging.getLogger("kiosk.qt"))
    handler(QtMsgType.QtDebugMsg, None, "debug")
    handler(QtMsgType.QtInfoMsg, None, "info")
    handler(QtMsgType.QtWarningMsg, None, "warning")
    handler(QtMsgType.QtCriticalMsg, None, "critical")
    assert records() == [
        (logging.DEBUG, "debug"),
        (logging.INFO, "info"),
        (logging.WARNING, "warning"),
        (logging.ERROR, "critical"),
    ]


def test_a_repeating_message_is_logged_three_times_then_counted(records):
    clock = Clock()
    handler = QtMessageLog(logging.getLogger("kiosk.qt"), window_s=60, clock=clock)
    for _ in range(10_000):  # a binding warning at 60 frames a second, for almost 3 minutes
        handler(QtMsgType.QtWarningMsg, None, "qrc:/Main.qml:12: TypeError: null")
    assert len(records()) == 3
    clock.now = 61
    handler(QtMsgType.QtWarningMsg, None, "qrc:/Main.qml:12: TypeError: null")
    assert records()[3:] == [
        (
            logging.WARNING,
            "repeated 9997 more times within 1 minute(s): qrc:/Main.qml:12: TypeError: null",
        ),
        (logging.WARNING, "qrc:/Main.qml:12: TypeError: null"),
    ]


def test_a_flood_of_distinct_messages_is_capped_and_summarised(records):
    clock = Clock()
    handler = QtMessageLog(logging.getLogger("kiosk.qt"), per_window=60, clock=clock)
    for number in range(5_000):
        handler(QtMsgType.QtWarningMsg, None, f"warning number {number}")
    assert len(records()) == 60
    handler.flush()
    assert records()[-1] == (
        logging.WARNING,
        "4940 further Qt messages within 1 minute(s) were not logged (too many)",
    )


def test_a_qml_warning_after_start_up_reaches_the_log(start_exhibit, records):
    kiosk = start_exhibit()
    kiosk.tap("tile.alpha")
    kiosk.wait_for_screen("alpha")
    startup_warnings = list(kiosk.built.warnings)
    # pytest-qt has its own handler (it fails tests on warnings); put it back afterwards.
    previous = qInstallMessageHandler(None)
    try:
        qt_messages.install(logging.getLogger("kiosk.qt"))
        component = QQmlComponent(kiosk.built.engine)
        component.setData(
            b"import QtQuick\n"
            b"Timer { running: true; interval: 1\n"
            b"        onTriggered: { const panel = null; panel.title = 'x' } }\n",
            QUrl("file:///late-warning.qml"),
        )
        timer = component.create()
        kiosk.qtbot.waitUntil(
            lambda: any("late-warning.qml:3: TypeError" in m for _, m in records()), timeout=3000
        )
        timer.deleteLater()
    finally:
        qInstallMessageHandler(previous)
    assert (logging.WARNING, next(m for _, m in records() if "TypeError" in m)) in records()
    assert kiosk.built.warnings == startup_warnings  # nothing collects warnings forever
