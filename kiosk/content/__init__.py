# SPDX-License-Identifier: MIT
"""Content pack: typed schema, loader and validation messages. Pure Python, no Qt."""

from kiosk.content.loader import load_pack
from kiosk.content.pack import ContentPack, LoadResult
from kiosk.content.problems import Problem, Severity

__all__ = ["ContentPack", "LoadResult", "Problem", "Severity", "load_pack"]
