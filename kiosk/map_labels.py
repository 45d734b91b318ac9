# SPDX-License-Identifier: MIT
"""Which map labels can be read at which zoom: the least zoom at which each label clears the
labels and symbols of everything more important (pure Python, computed once per language).

At the whole-region view the missile sites, Mariel and La Isabela all sit within a few pixels
of each other; printed together their labels are a smear. Each label gets the zoom from which
it no longer overlaps anything ranked above it, and the map shows it from that zoom on.

Sizes are reference pixels (1920×1080) and zooms reference pixels per kilometre, so one answer
serves every screen size (Theme.scale multiplies both the same way).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

GAP = 8.0  # reference px between a symbol and its label (MapPin.qml)
PAD = 4.0  # reference px kept clear around every label


@dataclass(frozen=True)
class Box:
    """One pin: its world position (km), symbol size and label size (reference px)."""

    item_id: str
    x: float
    y: float
    symbol: float
    label_width: float
    label_height: float
    rank: int  # lower is more important


def _symbol(box: Box) -> tuple[float, float, float, float]:
    half = box.symbol / 2
    return (-half, -half, half, half)


def _label(box: Box, left: bool) -> tuple[float, float, float, float]:
    """The label's rectangle beside the pin's point, to the right or to the left of its symbol."""
    near = box.symbol / 2 + GAP - PAD
    far = near + box.label_width + 2 * PAD
    top, bottom = -box.label_height / 2 - PAD, box.label_height / 2 + PAD
    return (-far, top, -near, bottom) if left else (near, top, far, bottom)


def _axis_overlap(
    lo_a: float, hi_a: float, lo_b: float, hi_b: float, d: float
) -> tuple[float, float]:
    """The zooms z at which [lo_a, hi_a] and [lo_b + d z, hi_b + d z] overlap, as (from, to);
    from >= to when they never do."""
    if d == 0:
        return (0.0, math.inf) if lo_a < hi_b and lo_b < hi_a else (0.0, 0.0)
    ends = sorted(((lo_a - hi_b) / d, (hi_a - lo_b) / d))
    return ends[0], ends[1]


def _clear_from(
    a: tuple[float, float, float, float],
    b: tuple[float, float, float, float],
    dx: float,
    dy: float,
) -> float:
    """The least zoom z from which rect a (at 0, 0) and rect b (at dx*z, dy*z) stay apart.

    On screen b's offset from a grows with the zoom. Along each axis the two overlap for one
    interval of zooms; the rectangles meet only where both intervals do, and are apart for good
    beyond the end of that common interval (or at every zoom, if there is none).
    """
    x_from, x_to = _axis_overlap(a[0], a[2], b[0], b[2], dx)
    y_from, y_to = _axis_overlap(a[1], a[3], b[1], b[3], dy)
    start, end = max(x_from, y_from, 0.0), min(x_to, y_to)
    return end if start < end else 0.0


@dataclass(frozen=True)
class Placement:
    zoom: float  # the least zoom (reference px per km) at which the label is shown
    left: bool  # set to the left of the symbol (the right side is taken)


def place_labels(boxes: list[Box], least_zoom: float = 0.0) -> dict[str, Placement]:
    """Each label's side and least zoom: clear of the symbols and labels ranked above it.

    A label may cover a less important symbol, as an atlas does; MapPin draws a labelled pin
    above the others so its words stay whole. A label goes to the left of its symbol only if
    that lets it show at a smaller zoom than the map's least (`least_zoom`): below that zoom the
    difference is never seen.
    """
    ordered = sorted(boxes, key=lambda box: box.rank)
    placed: dict[str, Placement] = {}
    taken: list[tuple[Box, tuple[float, float, float, float] | None]] = []
    for box in ordered:
        if box.label_width <= 0:
            taken.append((box, None))
            continue
        best: Placement | None = None
        for left in (False, True):
            label = _label(box, left)
            need = 0.0
            for other, other_label in taken:
                dx, dy = other.x - box.x, other.y - box.y
                need = max(need, _clear_from(label, _symbol(other), dx, dy))
                if other_label is not None:
                    need = max(need, _clear_from(label, other_label, dx, dy))
            if best is None or max(need, least_zoom) < max(best.zoom, least_zoom):
                best = Placement(need, left)
        assert best is not None
        placed[box.item_id] = best
        taken.append((box, _label(box, best.left)))
    return placed
