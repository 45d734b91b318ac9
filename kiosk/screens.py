# SPDX-License-Identifier: MIT
"""Every screen the exhibit can show, by kind: the one place that turns a name into a screen.

A screen's name is what the command line, tests and QML use (`home`, `map`, or a panel's id);
its kind says which QML screen draws it. Panels are one kind among others, so later screens
(an idle overlay, the staff screen) are one more kind here, not another special case in
Exhibit, the CLI or Main.qml.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from kiosk.content import ContentPack
from kiosk.content.schema import RESERVED_PANEL_IDS


class Kind(StrEnum):
    HOME = "home"
    PANEL = "panel"
    MAP = "map"


HOME = "home"
MAP = "map"
assert {HOME, MAP} <= RESERVED_PANEL_IDS  # the content loader keeps panels off these names


@dataclass(frozen=True)
class Screen:
    name: str
    kind: Kind
    panel_id: str | None = None  # set for Kind.PANEL only


class ScreenList:
    """The screens of one content pack, in the order a visitor meets them."""

    def __init__(self, pack: ContentPack) -> None:
        screens = [Screen(HOME, Kind.HOME)]
        if not pack.is_empty:
            screens += [Screen(pid, Kind.PANEL, pid) for pid in pack.panel_ids]
            if pack.map is not None:
                screens.append(Screen(MAP, Kind.MAP))
        self._screens = tuple(screens)
        self._by_name = {screen.name: screen for screen in screens}

    def __iter__(self) -> Iterator[Screen]:
        return iter(self._screens)

    def names(self) -> list[str]:
        return [screen.name for screen in self._screens]

    def get(self, name: str) -> Screen | None:
        return self._by_name.get(name)

    def panels(self) -> list[str]:
        """Panel ids in reading order: what Next and Previous step through."""
        return [s.panel_id for s in self._screens if s.kind is Kind.PANEL]

    def transition(self, current: str, target: str) -> str:
        """How the screen changes: slides between panels, a fade to and from anything else."""
        panels = self.panels()
        if current in panels and target in panels:
            return "forward" if panels.index(target) > panels.index(current) else "back"
        return "fade"
