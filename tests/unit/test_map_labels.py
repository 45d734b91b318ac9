# SPDX-License-Identifier: MIT
"""Map labels: each is shown from the least zoom at which it clears everything ranked above it.

The rectangles are worked out here from what MapPin draws (a label GAP px beyond its symbol's
edge, PAD px kept clear around it), not with kiosk.map_labels' own helpers, so the tests check
the geometry rather than repeat it.
"""

from __future__ import annotations

import math
import random

import pytest

from kiosk.map_labels import GAP, PAD, Box, Placement, place_labels

Rect = tuple[float, float, float, float]  # left, top, right, bottom in screen px
ROUNDING = 1e-6  # px: edges that meet exactly may differ in the last digit
# The whole-region view: about 7000 km across 1920 reference px.
OPENING_ZOOM = 1920 / 7000


def symbol_on_screen(box: Box, zoom: float) -> Rect:
    x, y, half = box.x * zoom, box.y * zoom, box.symbol / 2
    return (x - half, y - half, x + half, y + half)


def label_on_screen(box: Box, zoom: float, left: bool) -> Rect:
    """The label's words with the clear margin around them, beside the symbol."""
    x, y = box.x * zoom, box.y * zoom
    start = box.symbol / 2 + GAP  # from the point to the near edge of the words
    near, far = start - PAD, start + box.label_width + PAD
    top, bottom = y - box.label_height / 2 - PAD, y + box.label_height / 2 + PAD
    return (x - far, top, x - near, bottom) if left else (x + near, top, x + far, bottom)


def overlap(a: Rect, b: Rect) -> bool:
    """Whether the two share any area (touching edges do not)."""
    return all(
        low < high - ROUNDING
        for low, high in ((a[0], b[2]), (b[0], a[2]), (a[1], b[3]), (b[1], a[3]))
    )


def clashes(boxes: list[Box], placed: dict[str, Placement], item_id: str, zoom: float) -> list[str]:
    """What the label of `item_id` overlaps at `zoom`: the symbols and labels ranked above it."""
    by_id = {box.item_id: box for box in boxes}
    box = by_id[item_id]
    label = label_on_screen(box, zoom, placed[item_id].left)
    found = []
    for other in boxes:
        if other.rank >= box.rank:
            continue
        if overlap(label, symbol_on_screen(other, zoom)):
            found.append(f"{other.item_id} symbol")
        if other.item_id in placed:
            other_label = label_on_screen(other, zoom, placed[other.item_id].left)
            if overlap(label, other_label):
                found.append(f"{other.item_id} label")
    return found


def pin(item_id: str, x: float, y: float, rank: int, width: float = 120.0) -> Box:
    return Box(item_id, x, y, symbol=16.0, label_width=width, label_height=24.0, rank=rank)


def test_a_lone_label_shows_from_zoom_0_on_the_right():
    assert place_labels([pin("havana", -82.4, 23.1, rank=0)]) == {
        "havana": Placement(zoom=0.0, left=False)
    }


def test_no_labels_no_placements():
    assert place_labels([]) == {}


def test_a_pin_without_a_label_gets_no_placement_but_still_blocks():
    boxes = [pin("ship", 0, 0, rank=0, width=0), pin("port", 0, 0, rank=1)]
    placed = place_labels(boxes)
    assert set(placed) == {"port"}
    assert clashes(boxes, placed, "port", placed["port"].zoom) == []


def test_two_labels_at_one_point_the_lower_ranked_moves_left():
    boxes = [pin("mariel", 10, 10, rank=1), pin("site", 10, 10, rank=0)]
    placed = place_labels(boxes)
    assert placed["site"] == Placement(zoom=0.0, left=False)  # the more important keeps right
    assert placed["mariel"] == Placement(zoom=0.0, left=True)
    assert clashes(boxes, placed, "mariel", 0.0) == []


def test_rank_not_list_order_decides_who_moves():
    first = place_labels([pin("a", 0, 0, rank=0), pin("b", 0, 0, rank=1)])
    second = place_labels([pin("b", 0, 0, rank=1), pin("a", 0, 0, rank=0)])
    assert first == second
    assert first["a"].left is False and first["b"].left is True


def test_a_label_hemmed_in_on_both_sides_waits_for_zoom():
    """More important pins just left and right of it: it shows once they have moved apart."""
    boxes = [pin("east", 1, 0, rank=0), pin("west", -1, 0, rank=1), pin("middle", 0, 0, rank=2)]
    placed = place_labels(boxes)
    zoom = placed["middle"].zoom
    assert 0 < zoom < math.inf
    assert clashes(boxes, placed, "middle", zoom) == []
    assert clashes(boxes, placed, "middle", zoom * 0.99)


def test_three_labels_at_one_point_the_third_never_shows():
    boxes = [pin("a", 5, 5, rank=0), pin("b", 5, 5, rank=1), pin("c", 5, 5, rank=2)]
    placed = place_labels(boxes)
    assert placed["a"].zoom == placed["b"].zoom == 0.0
    assert placed["c"].zoom == math.inf


@pytest.mark.parametrize("dx, dy", [(1500.0, 0.0), (0.0, -1800.0), (-900.0, 1200.0)])
def test_labels_far_apart_both_show_from_the_widest_view(dx, dy):
    """Washington and Havana, say (km apart on the projection): neither waits for zoom.

    At zoom 0 every pin is on one point, so a label may need a tiny zoom to clear another one
    1500 km away; what counts is that it is far below the zoom the map opens at.
    """
    boxes = [pin("washington", 0, 0, rank=0), pin("havana", dx, dy, rank=1)]
    placed = place_labels(boxes)
    assert placed["washington"] == Placement(zoom=0.0, left=False)
    assert placed["havana"].zoom < OPENING_ZOOM / 2
    for zoom in (OPENING_ZOOM, 1.0, 10.0):
        assert clashes(boxes, placed, "havana", zoom) == []


@pytest.mark.parametrize(
    "dx, dy",
    [(1.0, 0.0), (-1.0, 0.0), (0.0, 1.0), (0.0, -1.0), (0.3, 0.01), (5.0, -0.2), (-0.5, 0.05)],
)
def test_the_zoom_is_the_least_that_clears(dx, dy):
    """At the returned zoom and beyond, nothing overlaps; slightly below, something does."""
    # Two more important labels at one point, one each side of it, so the lower label cannot
    # simply step aside.
    boxes = [pin("above", dx, dy, rank=0), pin("above-left", dx, dy, rank=1)]
    boxes.append(pin("below", 0, 0, rank=2))
    placed = place_labels(boxes)
    assert placed["above-left"].left
    zoom = placed["below"].zoom
    assert 0 < zoom < math.inf
    for at in (zoom, zoom * 1.001, zoom * 2, zoom * 50):
        assert clashes(boxes, placed, "below", at) == [], at
    assert clashes(boxes, placed, "below", zoom * (1 - 1e-6))


def test_every_returned_zoom_clears_a_crowded_map():
    """Forty pins in a small area (the missile sites round Havana): each label, from its zoom
    on, overlaps no symbol or label ranked above it."""
    rng = random.Random(1962)
    boxes = [
        Box(
            f"pin-{i}",
            rng.uniform(0, 60),
            rng.uniform(0, 40),
            symbol=rng.choice([12.0, 16.0, 24.0]),
            label_width=rng.choice([0.0, rng.uniform(40, 220)]),
            label_height=rng.uniform(20, 30),
            rank=i,
        )
        for i in range(40)
    ]
    rng.shuffle(boxes)
    placed = place_labels(boxes)
    assert set(placed) == {box.item_id for box in boxes if box.label_width > 0}
    shown_at_0 = 0
    for item_id, placement in placed.items():
        if placement.zoom == math.inf:
            continue
        shown_at_0 += placement.zoom == 0
        for at in (placement.zoom, placement.zoom * 1.01, placement.zoom * 3 + 1):
            assert clashes(boxes, placed, item_id, at) == [], (item_id, placement, at)
    assert 0 < shown_at_0 < len(placed)  # a real mix: some at once, some only zoomed in


def test_a_pin_the_label_never_meets_does_not_hold_it_back():
    boxes = [
        pin("high", 1, 10, rank=0, width=0),  # 10 km up, 1 km right: clear at every zoom
        pin("west", -1, 0, rank=0, width=0),  # takes the left side for a while
        pin("label", 0, 0, rank=1, width=100),
    ]
    placed = place_labels(boxes)
    assert placed["label"].left is False
    # Nothing is in the way on the right at any zoom ...
    assert all(clashes(boxes, placed, "label", z / 100) == [] for z in range(0, 1000))
    # ... so the label should show at once.
    assert placed["label"].zoom == 0.0


def test_a_label_moves_left_only_if_that_shows_it_at_a_zoom_the_map_reaches():
    # Right side clear from 0.02 px/km, left side at once: the map never shows less than 0.25,
    # so both sides are as good and the label keeps to the right.
    boxes = [pin("east", 148 / 0.02, 0, rank=0, width=0), pin("label", 0, 0, rank=1)]
    assert place_labels(boxes)["label"] == Placement(zoom=0.0, left=True)
    assert place_labels(boxes, least_zoom=0.25)["label"].left is False
