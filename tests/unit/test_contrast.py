# SPDX-License-Identifier: MIT
"""Colour pairs the screens use meet WCAG 2.x contrast: body text ≥ 7:1, large text ≥ 4.5:1."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

THEME = Path(__file__).parents[2] / "kiosk" / "qml" / "Kiosk" / "Theme" / "Theme.qml"


def colours() -> dict[str, str]:
    text = THEME.read_text(encoding="utf-8")
    return dict(re.findall(r'property color (\w+): "(#[0-9A-Fa-f]{6})"', text))


def luminance(hex_colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


BODY = [  # (text, background): reading text anywhere on the screens
    ("paper", "night"),
    ("paper", "surface"),
    ("paper", "raised"),
    ("paper2", "night"),
    ("paper2", "surface"),
    ("paper2", "raised"),  # details of the highlighted source on the sheet
    ("coast", "night"),  # web addresses on the sheet (caption size)
    ("night", "paper"),  # the QR codes' modules
]
LARGE = [  # bold 24 px and larger: labels, markers, headings
    ("amber", "night"),
    ("amber", "surface"),
    ("amber", "raised"),
    ("night", "amber"),  # the one amber next step (Next, Close, the scroll button)
    ("coast", "surface"),  # line icons
]


@pytest.mark.parametrize("pair", BODY, ids=lambda p: f"{p[0]}-on-{p[1]}")
def test_body_text_pairs_reach_7_to_1(pair):
    c = colours()
    assert contrast(c[pair[0]], c[pair[1]]) >= 7.0


@pytest.mark.parametrize("pair", LARGE, ids=lambda p: f"{p[0]}-on-{p[1]}")
def test_large_text_pairs_reach_4_5_to_1(pair):
    c = colours()
    assert contrast(c[pair[0]], c[pair[1]]) >= 4.5
