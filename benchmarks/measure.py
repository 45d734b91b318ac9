# SPDX-License-Identifier: MIT
"""What the benchmark children measure about themselves: a monotonic clock and memory."""

from __future__ import annotations

import time


def now() -> float:
    """CLOCK_MONOTONIC seconds, comparable between the parent and the child process."""
    return time.clock_gettime(time.CLOCK_MONOTONIC)


def pss_mib() -> float | None:
    """This process's proportional set size in MiB (Linux), or None where it cannot be read."""
    try:
        with open("/proc/self/smaps_rollup", encoding="ascii") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def walk(window):
    """Every item in a Qt Quick window's tree."""
    stack = [window.contentItem()]
    while stack:
        item = stack.pop()
        yield item
        stack.extend(item.childItems())


def find_visible(window, name: str):
    """The first visible item called `name` in a Qt Quick window's tree, or None."""
    return next((i for i in walk(window) if i.objectName() == name and i.isVisible()), None)
