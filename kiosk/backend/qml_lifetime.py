# SPDX-License-Identifier: MIT
"""Freeing the Python half of an item QML made, once QML has destroyed it.

PySide 6.11 makes a Python type declared in QML by calling the class, and never drops the
reference that call returns (libpysideqml, `createInto`). When QML later deletes the item,
shiboken invalidates the Python object but keeps that reference, so the dead object, its
`__dict__` and everything in it (the map's timer, its picture) stay for the life of the process:
two maps a visit to home or a panel, some 15 KB each without a picture, and the kiosk runs for
months (benchmarks/soak.py, docs/PERFORMANCE.md). When the item's `destroyed` signal arrives, its
Python object is already invalid; dropping the orphaned reference there frees it.

Only where the leak was measured: on another PySide the objects are left alone, and
tests/ui/test_map_painting.py fails if they pile up again, so whoever upgrades checks this first.
"""

from __future__ import annotations

import ctypes
import gc
import weakref

import PySide6
import shiboken6
from PySide6.QtCore import QObject

LEAKS_CREATION_REFERENCE = PySide6.__version_info__[:2] == (6, 11)


def free_when_destroyed(item: QObject) -> None:
    """Call from the item's `classBegin()`: that runs only for objects QML creates, never for
    one Python made (which owns its own reference)."""
    if not LEAKS_CREATION_REFERENCE:
        return
    ref = weakref.ref(item)
    item.destroyed.connect(lambda *_: _drop_creation_reference(ref))


def _drop_creation_reference(ref: weakref.ref) -> None:
    item = ref()
    # Still valid would mean Qt is not done with it: never free an object C++ may still call.
    if item is not None and not shiboken6.isValid(item):
        ctypes.pythonapi.Py_DecRef(ctypes.py_object(item))


def dead_objects(kind: type) -> int:
    """How many Python objects of `kind` outlive their C++ object (the self-test's check)."""
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, kind) and not shiboken6.isValid(o))
