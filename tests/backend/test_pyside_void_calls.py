# SPDX-License-Identifier: MIT
"""Regression guard for the PySide6 pin.

PySide6-Essentials 6.12.0 on Python 3.11 leaks a reference to None on every void-returning call
and aborts the interpreter (none_dealloc) after about 5,000 calls. The exhibit makes such calls
all day; 20,000 of them must leave the interpreter alive and None's refcount stable.
"""

from __future__ import annotations

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject


def test_pinned_pyside_version():
    assert pyside_version == "6.11.3"


def test_twenty_thousand_void_calls(qapp):
    target = QObject()
    before = sys.getrefcount(None)
    for index in range(20_000):
        target.setObjectName(f"n{index % 7}")  # void-returning C++ call
        target.blockSignals(False)
    after = sys.getrefcount(None)
    assert target.objectName() == f"n{19_999 % 7}"
    assert abs(after - before) < 1_000
