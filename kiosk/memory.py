# SPDX-License-Identifier: MIT
"""Giving memory the exhibit has freed back to the system.

glibc's allocator keeps freed memory to reuse it. After a busy spell on the map (large
temporary images for its detailed coast) the exhibit's resident size sat 10-45 MiB above what
it had in use, going up and down with what visitors did (benchmarks/soak.py, docs/PERFORMANCE.md).
Two remedies, both glibc's own:
- at start, large blocks (pictures of the map, several MB each) are always mapped on their own
  and unmapped when freed: glibc otherwise raises that threshold after the first one is freed,
  and later pictures come from the heap, which shrinks only from its top;
- at an idle reset and when the attract loop starts, the exhibit asks glibc to return what it
  keeps (malloc_trim, a few milliseconds).
Elsewhere (Windows; a C library other than glibc) nothing is done.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from collections.abc import Callable

_trim: Callable[[int], int] | None = None
M_MMAP_THRESHOLD = -3  # glibc's malloc.h
LARGE_BLOCK = 256 * 1024  # a map thumbnail's picture and up; glibc's default starts at 128 KiB


def _glibc(name: str) -> Callable[..., int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return getattr(ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6"), name)
    except (OSError, AttributeError):  # not glibc
        return None


def map_large_blocks() -> bool:
    """Have every block of LARGE_BLOCK or more mapped apart and unmapped when freed, for the
    life of the process; whether the C library took it. Call once, at start."""
    mallopt = _glibc("mallopt")
    return bool(mallopt and mallopt(M_MMAP_THRESHOLD, LARGE_BLOCK))


def give_back() -> bool:
    """Return freed memory to the system where the C library can; whether any went back."""
    global _trim
    if _trim is None:
        _trim = _glibc("malloc_trim") or (lambda _pad: 0)
    return bool(_trim(0))
