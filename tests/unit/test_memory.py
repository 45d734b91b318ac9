# SPDX-License-Identifier: MIT
"""Freed memory goes back to the system at quiet moments (glibc keeps it otherwise)."""

from __future__ import annotations

import sys

import pytest

from kiosk import memory


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_memory_freed_in_the_heap_is_given_back():
    blocks = [bytearray(64 * 1024) for _ in range(512)]  # under glibc's mmap threshold: heap
    del blocks[:-1]  # the last one keeps the heap's top, so the rest is a hole in the middle
    assert memory.give_back() is True


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")
def test_large_blocks_are_mapped_apart_from_the_heap():
    # The exhibit's own setting for its whole life (the test process keeps it: harmless).
    assert memory.map_large_blocks() is True
