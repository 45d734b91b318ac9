# SPDX-License-Identifier: MIT
"""Giving memory the exhibit has freed back to the system, at moments nobody is using it.

glibc's allocator keeps freed memory to reuse it. After a busy spell on the map (large
temporary images for its detailed coast) the exhibit's resident size sat 10-45 MiB above what
it had in use, going up and down with what visitors did (benchmarks/soak.py, docs/PERFORMANCE.md).
At an idle reset and when the attract loop starts, the exhibit asks glibc to return it
(malloc_trim, a few milliseconds). Elsewhere (Windows; a C library without malloc_trim)
nothing is done.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
from collections.abc import Callable

log = logging.getLogger(__name__)

_trim: Callable[[int], int] | None = None


def _find_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None


def give_back() -> bool:
    """Return freed memory to the system where the C library can; whether any went back."""
    global _trim
    if _trim is None:
        _trim = _find_trim() or (lambda _pad: 0)
    return bool(_trim(0))
