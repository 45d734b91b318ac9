# SPDX-License-Identifier: MIT
"""The coast cut into steps for its fine painting draws exactly the rings' outlines."""

from __future__ import annotations

from array import array
from itertools import pairwise

from kiosk.map_geometry import pieces


def segments(line: array) -> set[tuple[float, float, float, float]]:
    points = [(line[i], line[i + 1]) for i in range(0, len(line), 2)]
    return {(*a, *b) for a, b in pairwise(points)}


def test_the_steps_trace_every_edge_of_every_ring_once_closing_each_ring():
    square = array("d", [0, 0, 4, 0, 4, 4, 0, 4])
    triangle = array("d", [10, 10, 12, 10, 11, 12])
    groups = pieces([square, triangle], vertices=3)
    drawn = [segments(line) for group in groups for line in group]
    assert sum(len(s) for s in drawn) == 4 + 3  # no edge twice
    assert set().union(*drawn) == segments(array("d", [*square, 0, 0])) | segments(
        array("d", [*triangle, 10, 10])
    )
    assert all(sum(len(line) // 2 for line in group) <= 3 + 1 for group in groups)


def test_a_long_ring_is_cut_and_few_short_ones_share_a_step():
    long_ring = array("d", [v for i in range(100) for v in (i, i % 2)])
    assert len(pieces([long_ring], vertices=10)) >= 10
    small = [array("d", [0, 0, 1, 0, 1, 1]) for _ in range(3)]
    assert len(pieces(small, vertices=100)) == 1
