# SPDX-License-Identifier: MIT
"""How a source reads on the sources sheet: typographic quotes, and a web address shown without
its scheme and broken only after a slash or a hyphen, never inside a word."""

from __future__ import annotations

import re

_DOUBLE = re.compile(r'"([^"]*)"')
_BREAK_AFTER = re.compile(r"([/\-_?&=#])")
ZERO_WIDTH_SPACE = "\u200b"


def curl_quotes(text: str) -> str:
    """Straight quotes as a curator types them, set as the sheet prints them: “…” and ’."""
    text = _DOUBLE.sub("“\\1”", text)
    # An apostrophe, or a single quote closing; one opening a quotation follows a space.
    text = re.sub(r"(^|[\s(\[“])'", "\\1‘", text)
    return text.replace("'", "’")


def shown_address(url: str) -> str:
    """`url` as a visitor reads it: no scheme, no "www.", with a place to break after each
    slash and hyphen, so a long address wraps at a seam rather than mid-word."""
    short = re.sub(r"^https?://", "", url)
    short = re.sub(r"^www\.", "", short).rstrip("/")
    return _BREAK_AFTER.sub("\\1" + ZERO_WIDTH_SPACE, short)
