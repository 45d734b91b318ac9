# SPDX-License-Identifier: MIT
"""The exhibit's state as QML sees it: which screen is showing, in which language, and the panels.

QML sends the visitor's intents here (open a panel, next, previous, home, change language) and
binds to the result; it never decides navigation itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk import memory, paths
from kiosk.backend.map_view import MapView
from kiosk.backend.panel_content import PanelContent
from kiosk.backend.panel_models import TileModel
from kiosk.backend.qt_types import QStringList, QVariantList
from kiosk.backend.staff import Staff
from kiosk.backend.visitor_watch import ATTRACT, VisitorWatch
from kiosk.config import Settings
from kiosk.content import ContentPack
from kiosk.events import event
from kiosk.screens import HOME, MAP, Kind, ScreenList
from kiosk.staff_pin import PinLock
from kiosk.visitor_stats import VisitorStats

log = logging.getLogger(__name__)

GIVE_BACK_AFTER_MS = 2000  # after a reset or the attract loop's start (kiosk/memory.py)

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("The application creates the Exhibit.")
class Exhibit(QObject):
    languageChanged = Signal()
    screenChanged = Signal()
    animatedChanged = Signal()
    # Every screen back to its start (a visitor left): screens kept between visits (the map)
    # clear what a visitor changed on them.
    resetRequested = Signal()
    canCloseChanged = Signal()

    def __init__(
        self,
        pack: ContentPack,
        language: str | None = None,
        parent: QObject | None = None,
        settings: Settings | None = None,
        stats: VisitorStats | None = None,
        diagnostics: Callable[[], dict[str, Any]] = dict,
    ) -> None:
        super().__init__(parent)
        settings = settings or Settings()
        self._stats = stats
        self._reduced_motion = settings.display.reduced_motion
        self._recording = True  # off while the exhibit, not a visitor, moves (start, reset)
        self._pack = pack
        self._screens = ScreenList(pack)
        self._language = language if language in pack.languages else pack.default_language
        # The language a reset returns to: the one the exhibit started in.
        self._default_language = self._language

        def everything_known() -> dict[str, Any]:
            return {
                "panels": f"{len(pack.panel_ids)} in {', '.join(pack.languages)}",
                "content": str(pack.root),
                **diagnostics(),
            }

        self._staff = Staff(
            PinLock(settings.staff.pin_hash, paths.data_dir() / "staff-lock.json"),
            paths.data_dir(),
            everything_known,
            stats,
            self,
            export_to=settings.staff.export_to,
        )
        self._visitors = VisitorWatch(
            settings.idle.timeout_s,
            settings.idle.countdown_s,
            settings.attract.after_s,
            on_home=lambda: self._screen == HOME,
            paused=lambda: self._staff.busy,
            parent=self,
        )
        self._visitors.timedOut.connect(self.reset)
        self._can_close = False
        self._visitors.phaseChanged.connect(self._on_phase)
        self._animated = True
        self._panels: dict[str, PanelContent] = {}
        number = 0
        for panel_id in pack.panel_ids:
            is_objective = pack.panel(pack.default_language, panel_id).kind == "objective"
            number += is_objective
            content = PanelContent(pack, panel_id, number if is_objective else 0, self)
            content.set_language(self._language)
            self._panels[panel_id] = content
        self._map = (
            MapView(pack, paths.coast_file(), self) if self._screens.get(MAP) is not None else None
        )
        if self._map is not None:
            self._map.set_language(self._language)
            self._map.record = self._record
        self._tiles = TileModel(self)
        self._refresh_tiles()
        self._screen = HOME
        self._transition = "none"

    # --- what the view binds to -------------------------------------------------------------

    def _get_language(self) -> str:
        return self._language

    def _get_languages(self) -> list[str]:
        return list(self._pack.languages)

    def _get_screen(self) -> str:
        return self._screen

    def _get_kind(self) -> str:
        screen = self._screens.get(self._screen)
        return str(screen.kind if screen else Kind.HOME)

    def _get_transition(self) -> str:
        return self._transition

    def _get_current_panel(self) -> PanelContent | None:
        return self._panels.get(self._screen)

    def _get_question(self) -> str:
        home = self._pack.home(self._language)
        return home.question if home else ""

    def _get_framing(self) -> str:
        home = self._pack.home(self._language)
        return home.framing if home else ""

    def _get_home_texts(self) -> list[dict[str, str]]:
        texts = []
        for language in self._pack.languages:
            home = self._pack.home(language)
            if home is not None:
                texts.append({"question": home.question, "framing": home.framing})
        return texts

    def _get_tiles(self) -> TileModel:
        return self._tiles

    def _get_has_next(self) -> bool:
        return self._neighbour(1) is not None

    def _get_has_previous(self) -> bool:
        return self._neighbour(-1) is not None

    def _get_animated(self) -> bool:
        return self._animated

    def _set_animated(self, value: bool) -> None:
        if value != self._animated:
            self._animated = value
            self.animatedChanged.emit()

    def _get_reduced_motion(self) -> bool:
        return self._reduced_motion

    def _get_screens(self) -> list[str]:
        return self.screen_names()

    def _get_map(self) -> MapView | None:
        return self._map

    def _get_visitors(self) -> VisitorWatch:
        return self._visitors

    def _get_staff(self) -> Staff:
        return self._staff

    def _get_can_close(self) -> bool:
        return self._can_close

    def allow_close(self) -> None:
        """Only the exhibit's own shutdown (and later the staff exit) may close its window."""
        if not self._can_close:
            self._can_close = True
            self.canCloseChanged.emit()

    def _get_has_panels(self) -> bool:
        return not self._pack.is_empty

    language = Property(str, _get_language, notify=languageChanged)
    languages = Property(QStringList, _get_languages, constant=True)
    currentScreen = Property(str, _get_screen, notify=screenChanged)
    # Which QML screen draws it: "home", "panel" or "map" (kiosk/screens.py).
    currentKind = Property(str, _get_kind, notify=screenChanged)
    transition = Property(str, _get_transition, notify=screenChanged)
    currentPanel = Property(PanelContent, _get_current_panel, notify=screenChanged)
    question = Property(str, _get_question, notify=languageChanged)
    framing = Property(str, _get_framing, notify=languageChanged)
    # Home's question and framing in every language: home's header is as tall as the longest,
    # so switching language never moves what lies below it.
    homeTexts = Property(QVariantList, _get_home_texts, constant=True)
    tiles = Property(TileModel, _get_tiles, constant=True)
    hasNext = Property(bool, _get_has_next, notify=screenChanged)
    hasPrevious = Property(bool, _get_has_previous, notify=screenChanged)
    animated = Property(bool, _get_animated, _set_animated, notify=animatedChanged)
    screens = Property(QStringList, _get_screens, constant=True)
    # `[display] reduced_motion`: where the exhibit starts, and returns to at each reset.
    reducedMotion = Property(bool, _get_reduced_motion, constant=True)
    # None when the pack has no usable map (then there is no map screen).
    map = Property(MapView, _get_map, constant=True)
    # Whether a visitor is still there: the idle warning and the attract loop (QML overlays).
    visitors = Property(VisitorWatch, _get_visitors, constant=True)
    # Staff mode: the PIN pad, the staff screen, exit and restart.
    staff = Property(Staff, _get_staff, constant=True)
    # False while visitors use it: the window refuses Alt+F4 and every other close request.
    canClose = Property(bool, _get_can_close, notify=canCloseChanged)
    # False: no panel could be loaded, and home shows the calm "being updated" notice.
    hasPanels = Property(bool, _get_has_panels, constant=True)

    # --- visitor intents --------------------------------------------------------------------

    @Slot(str, result=PanelContent)
    def panel(self, panel_id: str) -> PanelContent | None:
        """The content object of one panel (each screen instance binds to its own)."""
        return self._panels.get(panel_id)

    @Slot(str)
    def openScreen(self, name: str) -> None:
        if name == self._screen or self._screens.get(name) is None:
            return
        self._go(name, self._screens.transition(self._screen, name))

    @Slot()
    def openMap(self) -> None:
        """The map entry on home: the whole crisis from its first day, playing."""
        if self._map is not None:
            self._map.request(t=0.0, play=True)
            self.openScreen(MAP)

    @Slot(str)
    def openMoment(self, moment_id: str) -> None:
        """A panel's map preview was tapped: the map, at that moment."""
        if self._map is not None and self._map.open_moment(moment_id):
            self.openScreen(MAP)

    @Slot()
    def goHome(self) -> None:
        self.openScreen(HOME)

    @Slot()
    def goNext(self) -> None:
        target = self._neighbour(1)
        if target:
            self._go(target, "forward")

    @Slot()
    def goPrevious(self) -> None:
        target = self._neighbour(-1)
        if target:
            self._go(target, "back")

    @Slot(str)
    def setLanguage(self, language: str) -> None:
        if language == self._language or language not in self._pack.languages:
            return
        self._language = language
        for content in self._panels.values():
            content.set_language(language)
        if self._map is not None:
            self._map.set_language(language)
        self._refresh_tiles()
        self._record("language", language)
        event("language", language=language, by="visitor" if self._recording else "exhibit")
        self.languageChanged.emit()

    @Slot()
    def reset(self) -> None:
        """A visitor walked away: home, the default language, every screen at its start."""
        log.info("idle reset: back to home in %s", self._default_language)
        event("idle_reset", screen=self._screen, language=self._default_language)
        if self._stats is not None and self._stats.in_session:
            self._record("idle_reset")
            self._stats.end_session("reset")
        self._recording = False
        self.setLanguage(self._default_language)
        self.resetRequested.emit()
        if self._screen != HOME:
            self._go(HOME, "fade")
        self._recording = True
        self._give_back_memory_soon()

    def _on_phase(self) -> None:
        # The attract loop invites in both languages; whoever touches finds the default one.
        if self._visitors.phase == ATTRACT:
            event("attract")
            if self._stats is not None:
                self._stats.end_session("attract")
            self._recording = False
            self.setLanguage(self._default_language)
            self._recording = True
            self._give_back_memory_soon()

    def _give_back_memory_soon(self) -> None:
        # Once the screens left behind are destroyed; nobody is using the exhibit meanwhile.
        QTimer.singleShot(GIVE_BACK_AFTER_MS, self, memory.give_back)

    def _record(self, kind: str, name: str = "") -> None:
        """One thing a visitor did, for the museum's statistics (no personal data)."""
        if self._stats is not None and self._recording:
            self._stats.event(kind, name, self._language)

    def show_first(self, name: str, play: bool = False) -> None:
        """At start-up: show `name` at once, without a transition (the map playing if asked)."""
        if name == MAP and self._map is not None:
            self._map.request(t=0.0, play=play)
        animated, self._animated = self._animated, False
        self._recording = False
        self.openScreen(name)
        self._recording, self._animated = True, animated

    # --- helpers ----------------------------------------------------------------------------

    def screen_names(self) -> list[str]:
        return self._screens.names()

    def _neighbour(self, step: int) -> str | None:
        ids = self._screens.panels()
        if self._screen not in ids:
            return None
        index = ids.index(self._screen) + step
        return ids[index] if 0 <= index < len(ids) else None

    def _go(self, name: str, transition: str) -> None:
        self._transition = transition if self._animated else "none"
        self._screen = name
        self._record("screen", name)
        event(
            "screen",
            name=name,
            language=self._language,
            by="visitor" if self._recording else "exhibit",
        )
        self.screenChanged.emit()

    def _refresh_tiles(self) -> None:
        self._tiles.set_rows(
            [
                {
                    "panelId": pid,
                    "number": content.number,
                    "kind": content.kind,
                    "title": content.title,
                    "teaser": self._pack.panel(self._language, pid).teaser,
                }
                for pid, content in self._panels.items()
            ]
        )
