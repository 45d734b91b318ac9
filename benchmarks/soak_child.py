# SPDX-License-Identifier: MIT
"""One soak run of the exhibit (run by benchmarks/soak.py as a fresh process).

Starts as the runner starts the exhibit for visitors (its log file and stderr, its handler for
uncaught exceptions, Qt's messages to the log, visitor statistics, the heartbeat) on the real
window at the given size, on the settings file the parent wrote, then:

1. warms up: every screen once in every language (each panel's sources sheet opened once, the
   map playing a moment), an idle reset, a settle and memory (the first use); then WARM seeded
   random gestures (another seed than the run's), uncounted, so that Qt's caches (pictures of
   symbols at every heading, glyphs, the map's levels of detail) have filled as they do in a
   kiosk's first hour; then an idle reset to home, a settle, and memory (PSS) at the start;
2. drives the touches: seeded random taps, swipes, pinches and mouse clicks anywhere in the
   window, each event delivered as the platform delivers one (QTest's touch device and mouse:
   spontaneous events through QWindowSystemInterface), the event loop then running until the
   next frame (or, when none comes, 50 ms after a finger lifts and 33 ms while it is down); at
   each checkpoint (a tenth of the run by default) an idle reset, a settle and memory;
3. after the last touch: an idle reset to home, a settle, memory at the end.

The response to an input event is the time from its delivery to the next frame swapped; an
event after which no frame came before the next event had no visible response and is counted
apart. On stdout: "warming", "warm N" after each warm-up gesture, "touch N" after each touch,
and one JSON object at the end.

    soak_child.py TOUCHES SEED WIDTHxHEIGHT FIRST CHECKPOINTS DIAGNOSE WARM

FIRST: resume at touch FIRST (0-based); CHECKPOINTS: how many times memory is measured at home
in the run (with where it is: PSS's parts, malloc's count, mappings); DIAGNOSE 1: at each, also
which kinds of Python object have grown in number, to find a leak.
"""

from __future__ import annotations

import ctypes
import gc
import heapq
import json
import logging
import math
import random
import re
import sqlite3
import sys
import threading
import time
import traceback
from array import array
from collections import Counter
from collections.abc import Iterator

from measure import find_visible, now, pss_mib, walk

# After each event, the event loop runs until the next frame, or this long if none comes: a
# change on screen begins a frame within a display refresh or two (the software renderer's loop
# asks for one 5 ms after a change, animations tick every 16 ms), and a frame that has begun is
# waited for however long it takes (it is drawn in this thread). Longer after a finger lifts,
# when a tap acts.
LIFT_WAIT_MS = 50
FRAME_WAIT_MS = 33
FINGER_MS = 16  # a finger on a touch screen reports once per display refresh
SETTLE_MS = 2500  # after a return home: the map's fine repaint, home's map picture, idle work
SLOWEST_KEPT = 10
HARNESS_FAULT = 3  # exit status: the soak itself failed, not the exhibit
# What a visitor does: mostly taps and swipes, sometimes a pinch (the map), a mouse left plugged in.
MIX = {"tap": 0.55, "swipe": 0.30, "pinch": 0.05, "click": 0.10}
BAR_SHARE = 0.2  # of points in the bottom bar (Home, Previous / Next, Sources, the languages)


def gestures(rng: random.Random, width: int, height: int, bar_top: int) -> Iterator[dict]:
    """The visitor's gestures, endlessly; they depend on the seed and the window size only."""
    kinds, weights = list(MIX), list(MIX.values())

    def point() -> tuple[int, int]:
        top = bar_top if rng.random() < BAR_SHARE else 0
        return rng.randrange(width), rng.randrange(top, height)

    def clamp(x: float, y: float) -> tuple[int, int]:
        return min(max(round(x), 0), width - 1), min(max(round(y), 0), height - 1)

    while True:
        kind = rng.choices(kinds, weights)[0]
        if kind in ("tap", "click"):
            yield {"kind": kind, "path": [[point()]]}
        elif kind == "swipe":
            (x, y), angle = point(), rng.uniform(0, 2 * math.pi)
            length, steps = rng.uniform(80, 1000), rng.randint(4, 8)
            path = [
                [
                    clamp(
                        x + math.cos(angle) * length * i / steps,
                        y + math.sin(angle) * length * i / steps,
                    )
                ]
                for i in range(steps + 1)
            ]
            yield {"kind": kind, "path": path}
        else:  # two fingers closing or opening around a point
            (x, y), angle = point(), rng.uniform(0, math.pi)
            start, end = rng.choice(((120, 600), (600, 120), (200, 450), (450, 200)))
            steps = 8
            path = []
            for i in range(steps + 1):
                half = (start + (end - start) * i / steps) / 2
                dx, dy = math.cos(angle) * half, math.sin(angle) * half
                path.append([clamp(x - dx, y - dy), clamp(x + dx, y + dy)])
            yield {"kind": kind, "path": path}


def statistics_rows(path: object) -> Counter:
    """Rows of the visitor statistics by kind of event (a reader beside the exhibit's writer)."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return Counter(dict(db.execute("SELECT kind, COUNT(*) FROM events GROUP BY kind")))
        finally:
            db.close()
    except sqlite3.Error:
        return Counter()


class Times:
    """Times in ms, counted in 0.1 ms steps up to 2 s (the few beyond are kept as they are).
    Made before memory is first measured and never growing, so that the soak's own figures are
    not counted as the exhibit's growth (a list of 45,000 floats is 1.4 MB)."""

    STEPS = 20000

    def __init__(self) -> None:
        self.counts = array("I", bytes(4 * (self.STEPS + 1)))
        self.beyond: list[float] = []

    def add(self, ms: float) -> None:
        step = round(ms * 10)
        if step <= self.STEPS:
            self.counts[step] += 1
        else:
            self.beyond.append(round(ms, 1))

    def dump(self) -> dict:
        return {"tenths": {i: n for i, n in enumerate(self.counts) if n}, "beyond": self.beyond}


MAPPING = re.compile(r"^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$")


def mappings_kib() -> Counter:
    """PSS (KiB) by kind of mapping: the malloc heap, other anonymous memory (Python's arenas,
    large allocations), memory shared with the X server, libraries, other files."""
    found: Counter = Counter()
    kind = "?"
    with open("/proc/self/smaps", encoding="utf-8", errors="replace") as smaps:
        for line in smaps:
            if match := MAPPING.match(line):
                path = match[1].strip()
                kind = (
                    "heap"
                    if path == "[heap]"
                    else "anonymous"
                    if not path
                    else "shared with X"
                    if path.startswith("/SYSV") or "memfd" in path or "/dev/shm" in path
                    else "stack"
                    if path.startswith("[stack")
                    else "libraries"
                    if ".so" in path
                    else path
                    if path.startswith("[")
                    else "files"
                )
            elif line.startswith("Pss:"):
                found[kind] += int(line.split()[1])
    return found


def pss_parts_mib() -> dict:
    """PSS in parts: anonymous (the heap, Python's and Qt's own memory: where a leak shows),
    files (libraries and fonts: a share that grows when another process using the same Qt
    libraries ends), and memory shared with the X server (the window's pixels)."""
    parts = {}
    try:
        with open("/proc/self/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                name, _, value = line.partition(":")
                if name in ("Pss_Anon", "Pss_File", "Pss_Shmem"):
                    parts[name[4:].lower()] = round(int(value.split()[0]) / 1024, 2)
    except OSError:
        pass
    return parts


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def malloc_mib() -> dict:
    """glibc's own count: bytes in use by live allocations, and free but kept."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = _MallInfo2
    except (OSError, AttributeError):
        return {}
    info = libc.mallinfo2()
    mib = 1024 * 1024
    return {
        "in_use": round((info.uordblks + info.hblkhd) / mib, 2),
        "free_kept": round(info.fordblks / mib, 2),
    }


def main() -> int:
    touches, seed = int(sys.argv[1]), int(sys.argv[2])
    width, height = (int(v) for v in sys.argv[3].split("x"))
    first, checkpoints, diagnose, warm = (int(v) for v in sys.argv[4:8])

    from PySide6.QtCore import (
        QCoreApplication,
        QEvent,
        QMetaObject,
        QPoint,
        QPointF,
        QSize,
        Qt,
        QTimer,
    )
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    from kiosk import graphics, memory, paths, qt_messages, runner
    from kiosk.app import build
    from kiosk.backend import base_map
    from kiosk.content_choice import choose_content
    from kiosk.liveness import Heartbeat
    from kiosk.visitor_stats import VisitorStats

    # As kiosk.runner.run starts the exhibit, up to app.exec().
    runner.setup_logging()
    logging.getLogger().addHandler(runner.recent_problems)
    sys.excepthook = runner._log_uncaught
    memory.map_large_blocks()
    qt_log = qt_messages.install(logging.getLogger("kiosk.qt"))
    app = QGuiApplication(sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    choice = choose_content(None)
    runner.log_start(choice)
    renderer = graphics.choose_renderer(choice.settings.settings.display.renderer)
    settings = choice.settings.settings
    stats = VisitorStats(paths.statistics_file(), settings.statistics.keep_days)
    built = build(
        choice.result,
        language=settings.default_language,
        size=QSize(width, height),
        settings=settings,
        stats=stats,
        # Only the staff screen reads these; the soak never opens it.
        diagnostics=lambda: {"renderer": renderer.summary()},
    )
    window, exhibit = built.window, built.exhibit
    heartbeat = Heartbeat(window, runner.HEARTBEAT_S, exhibit)
    device = QTest.createTouchDevice()

    # Where a slow frame's time went: the map's still picture painted in it (kiosk/backend/
    # base_map.py), timed by wrapping its paint(); the exhibit's code is unchanged.
    paints: list[dict] = []  # since the last frame
    # Painting the whole map's picture (not a thumbnail's): plainly and finely.
    full_map_paints = {"plain": Times(), "fine": Times()}
    paint_count = [0]
    painting = getattr(base_map, "BaseMap", None)
    if painting is not None:
        paint = painting.paint
        region_km = exhibit.map.views["region"]["width"] if exhibit.map is not None else 0

        def timed_paint(item, painter) -> None:
            began, fine = now(), bool(item.property("fine"))
            paint(item, painter)  # the exhibit's own: its faults are its own
            ms = (now() - began) * 1000
            # The view's zoom against the whole region's (MapCanvas.fitZoom), from this item's
            # own size (the canvas's and a 10 % margin each side): asking Qt for the canvas
            # item would leave a Python wrapper behind for every painting.
            fit = max(item.width(), item.height() * 1.2) / 1.2 / region_km if region_km else 0
            zoom = round(item.property("viewZoom") / fit, 2) if fit else None
            paints.append({"ms": round(ms, 1), "fine": fine, "zoom_x_region": zoom})
            paint_count[0] += 1
            if item.width() >= width:
                full_map_paints["fine" if fine else "plain"].add(ms)

        painting.paint = timed_paint

    def harness(slot):
        """The soak's own slots: a fault in them is the harness's, kept out of the exhibit's
        log (where sys.excepthook would count it as the exhibit's crash); the run stops."""

        def guarded(*args) -> None:
            try:
                slot(*args)
            except Exception:
                print("soak harness error:\n" + traceback.format_exc(), file=sys.stderr)
                app.exit(HARNESS_FAULT)

        return guarded

    # Python's garbage collections: how long each stopped everything.
    python_gc = [0.0]  # ms in all
    gc_pauses = Times()
    gc_began = [0.0]

    def on_gc(phase: str, _info: dict) -> None:
        if phase == "start":
            gc_began[0] = now()
        else:
            ms = (now() - gc_began[0]) * 1000
            python_gc[0] += ms
            gc_pauses.add(ms)

    gc.callbacks.append(on_gc)

    gui_thread = threading.get_ident()
    frames = [0]
    frames_off_gui_thread = [0]
    frame_begun = [0.0]
    pending: list[dict] = []  # input events delivered, not yet followed by a frame
    responses = Times()
    # The same by where the event landed and what the frame showed: "home > map" and so on.
    kinds_of_screen = ("home", "panel", "map")
    moves = {f"{a} > {b}": Times() for a in kinds_of_screen for b in kinds_of_screen}
    slowest: list[tuple[float, dict]] = []  # a min-heap of the slowest responses
    no_frame: Counter = Counter()  # by gesture and event
    counting = [False]
    # What the visitor did since the last checkpoint: gestures by screen, visits, languages.
    activity: dict[str, Counter] = {"gestures_on": Counter(), "visits": Counter()}
    visits: Counter = Counter()
    languages_changed = [0]
    waiting: dict[str, int | None] = {"after": None}
    report: dict = {"renderer": renderer.as_dict(), "first": first, "memory": []}
    timer = QTimer()
    timer.setSingleShot(True)

    def find(name: str):
        return find_visible(window, name)

    def on_frame_begin() -> None:
        frame_begun[0] = now()

    def on_frame() -> None:
        t = now()
        frames[0] += 1
        # The measure assumes the software renderer's render loop, in this (the GUI) thread.
        frames_off_gui_thread[0] += threading.get_ident() != gui_thread
        if not counting[0]:  # the warm-up's gestures: not measured
            pending.clear()
        for event in pending:
            ms = (t - event["delivered"]) * 1000
            responses.add(ms)
            move = f"{event['kind']} > {exhibit.currentKind}"
            if move not in moves:
                moves[move] = Times()
            moves[move].add(ms)
            if len(slowest) == SLOWEST_KEPT and ms <= slowest[0][0]:
                continue
            entry = {
                "ms": round(ms, 1),
                "touch": event["touch"],
                "gesture": event["gesture"],
                "event": event["event"],
                "screen_before": event["screen"],
                "screen_after": exhibit.currentScreen,
                # Where the time went: handling the event (Python and QML, in delivery; a frame
                # may be drawn within it), making the frame, of which painting the map's picture.
                "handling_ms": round((event.get("handled", t) - event["delivered"]) * 1000, 1),
                "frame_ms": round((t - frame_begun[0]) * 1000, 1),
                "map_paints": list(paints),
                # The process's CPU time meanwhile (all its threads): far less than "ms" means
                # it waited (for the CPU, taken by another process, or for the disk).
                "cpu_ms": round((time.process_time() - event["cpu"]) * 1000, 1),
                "python_gc_ms": round(python_gc[0] - event["gc"], 1),
            }
            if len(slowest) < SLOWEST_KEPT:
                heapq.heappush(slowest, (ms, event["touch"], entry))
            else:
                heapq.heapreplace(slowest, (ms, event["touch"], entry))
        pending.clear()
        paints.clear()
        if waiting["after"] is not None and frames[0] > waiting["after"]:
            waiting["after"] = None
            timer.stop()
            QTimer.singleShot(0, harness(advance))

    def drop_pending() -> None:
        """Events no frame followed before the next one: no visible response."""
        for event in pending if counting[0] else ():
            no_frame[f"{event['gesture']} {event['event']}"] += 1
        pending.clear()

    def deliver(index: int, kind: str, what: str, send) -> tuple[int, int]:
        """Send one input event; then wait for the frame that follows it (or a while)."""
        drop_pending()
        before = frames[0]
        event = {"delivered": now(), "touch": index, "gesture": kind, "event": what}
        event["screen"], event["kind"] = exhibit.currentScreen, exhibit.currentKind
        event["cpu"], event["gc"] = time.process_time(), python_gc[0]
        pending.append(event)
        send()
        event["handled"] = now()
        return (LIFT_WAIT_MS if what == "release" else FRAME_WAIT_MS), before

    def touch(action: str, points: list[tuple[int, int]]):
        def send() -> None:
            sequence = QTest.touchEvent(window, device, False)
            for finger, (x, y) in enumerate(points):
                getattr(sequence, action)(finger, QPoint(x, y), window)
            sequence.commit()

        return send

    def mouse(action: str, x: int, y: int):
        def send() -> None:
            call = QTest.mousePress if action == "press" else QTest.mouseRelease
            call(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, y))

        return send

    def play(index: int, gesture: dict) -> Iterator[tuple[int, int | None]]:
        kind, path = gesture["kind"], gesture["path"]
        if kind == "click":
            (x, y) = path[0][0]
            yield deliver(index, kind, "press", mouse("press", x, y))
            yield deliver(index, kind, "release", mouse("release", x, y))
            return
        yield deliver(index, kind, "press", touch("press", path[0]))
        for points in path[1:]:
            moved = now()
            yield deliver(index, kind, "move", touch("move", points))
            rest = FINGER_MS - (now() - moved) * 1000
            if rest >= 1:
                yield round(rest), None
        yield deliver(index, kind, "release", touch("release", path[-1]))

    def settle_home() -> Iterator[tuple[int, int | None]]:
        """A visitor left: the idle reset, then the exhibit's own idle work (memory after it)."""
        drop_pending()  # the reset's frames answer no input
        exhibit.reset()
        yield SETTLE_MS, None
        if exhibit.currentScreen != "home" or find("stack").property("busy"):
            yield SETTLE_MS, None

    base: dict = {}

    def checkpoint(done: int) -> dict:
        """Memory at home now and where it is; what was done since the last checkpoint; and
        (diagnosing) which Python objects are more than at the start."""
        point = {"touches": done, "pss_mib": round(pss_mib(), 2), **pss_parts_mib()}
        point["malloc_mib"] = malloc_mib()
        point["mappings_mib"] = {k: round(v / 1024, 2) for k, v in mappings_kib().items() if v}
        if done != first:
            point["since_last"] = {k: dict(v) for k, v in activity.items()}
            point["since_last"]["map_paints"] = paint_count[0] - base.get("paints", 0)
        for counter in activity.values():
            counter.clear()
        base["paints"] = paint_count[0]
        if diagnose:
            kinds = Counter(type(o).__name__ for o in gc.get_objects())
            if "python_objects" not in base:
                base["python_objects"] = kinds
            else:  # the change since the start, largest first
                start = base["python_objects"]
                point["python_objects_change"] = dict(
                    Counter({k: v - start.get(k, 0) for k, v in kinds.items()}).most_common(8)
                )
            point["python_objects"] = sum(kinds.values())
            point["items_in_scene"] = sum(1 for _ in walk(window))
        return point

    def collected_pss() -> float:
        """PSS after Python's and the QML engine's garbage is collected (for diagnosis only)."""
        gc.collect()
        built.engine.collectGarbage()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return round(pss_mib(), 2)

    def trimmed_pss() -> float:
        memory.give_back()  # as the exhibit does at an idle reset
        return round(pss_mib(), 2)

    def warm_up() -> Iterator[tuple[int, int | None]]:
        default = exhibit.language
        for language in [*(x for x in exhibit.languages if x != default), default]:
            exhibit.setLanguage(language)
            for name in exhibit.screens:
                if name == "map":
                    exhibit.openMap()
                    yield 1500, None  # playing
                else:
                    exhibit.openScreen(name)
                    yield 600, None
                if exhibit.currentKind == "panel":
                    screen = find("stack").property("currentItem")
                    QMetaObject.invokeMethod(screen, "showSources")
                    yield 600, None
                    QMetaObject.invokeMethod(screen, "closeSources")
                    yield 400, None
        yield from settle_home()
        report["memory_first_use_mib"] = round(pss_mib(), 2)
        made = gestures(random.Random(seed + 1), width, height, bar_top())
        for index in range(warm):
            yield from play(-1 - index, next(made))
            print(f"warm {index}", flush=True)  # alive, for the parent's hang check
        yield from settle_home()

    def bar_top() -> int:
        bar = find("bottomBar")
        return round(bar.mapToScene(QPointF(0, 0)).y()) if bar else height

    def script() -> Iterator[tuple[int, int | None]]:
        print("warming", flush=True)
        yield 1000, None  # home's first frames, as a visitor arrives
        yield from warm_up()
        top = bar_top()
        rows_before = statistics_rows(paths.statistics_file())
        report["memory"].append(checkpoint(first))
        report["memory_start_mib"] = report["memory"][-1]["pss_mib"]
        report["memory_start_collected_mib"] = collected_pss()
        rng = random.Random(seed)
        made = gestures(rng, width, height, top)
        kinds: Counter = Counter()
        spent: Counter = Counter()
        every = max(1, touches // checkpoints)
        counting[0] = True
        started = now()
        for index in range(touches):
            gesture = next(made)
            if index < first:
                continue
            kinds[gesture["kind"]] += 1
            activity["gestures_on"][exhibit.currentKind] += 1
            began = now()
            yield from play(index, gesture)
            spent[gesture["kind"]] += now() - began
            print(f"touch {index}", flush=True)
            done = index + 1
            if done % every == 0 and done < touches:
                counting[0] = False
                yield from settle_home()
                report["memory"].append(checkpoint(done))
                counting[0] = True
        report["drive_s"] = round(now() - started, 1)
        counting[0] = False
        yield from settle_home()
        report["memory"].append(checkpoint(touches))
        report["memory_end_mib"] = report["memory"][-1]["pss_mib"]
        report["memory_end_collected_mib"] = collected_pss()
        # What glibc gives back when asked (malloc_trim): the free memory it kept.
        report["memory_end_trimmed_mib"] = trimmed_pss()
        rows = statistics_rows(paths.statistics_file())
        rows.subtract(rows_before)
        report.update(
            gestures=dict(kinds),
            gesture_s={k: round(v, 1) for k, v in spent.items()},
            bar_top=top,
            frames=frames[0],
            frames_off_gui_thread=frames_off_gui_thread[0],
            full_map_paints_ms={k: v.dump() for k, v in full_map_paints.items()},
            python_gc_pauses_ms=gc_pauses.dump(),
            responses_ms=responses.dump(),
            responses_ms_by_screen={k: v.dump() for k, v in moves.items()},
            events_without_frame=dict(no_frame),
            slowest=[entry for _, _, entry in sorted(slowest, reverse=True)],
            screens_visited=dict(visits),
            screens=list(exhibit.screens),
            language_changes=languages_changed[0],
            statistics_rows={k: v for k, v in rows.items() if v},
            renderer_api=str(window.rendererInterface().graphicsApi().name),
        )

    steps = script()

    def advance() -> None:
        try:
            wait_ms, after = next(steps)
        except StopIteration:
            finish()
            return
        except Exception:  # the harness's own fault, not the exhibit's: kept out of its log
            print("soak harness error:\n" + traceback.format_exc(), file=sys.stderr, flush=True)
            app.exit(HARNESS_FAULT)
            return
        if after is not None and frames[0] > after:
            QTimer.singleShot(0, harness(advance))
            return
        waiting["after"] = after
        timer.start(wait_ms)

    def on_timeout() -> None:
        waiting["after"] = None
        advance()

    def finish() -> None:
        print(json.dumps(report), flush=True)
        exhibit.allow_close()  # the window refuses Qt's quit otherwise (lockdown)
        app.quit()

    def on_screen() -> None:
        if counting[0]:
            visits[exhibit.currentScreen] += 1
            activity["visits"][exhibit.currentScreen] += 1

    def on_language() -> None:
        if counting[0]:
            languages_changed[0] += 1
            activity["visits"]["language change"] += 1

    timer.timeout.connect(harness(on_timeout))
    window.beforeFrameBegin.connect(harness(on_frame_begin))
    window.frameSwapped.connect(harness(on_frame))
    exhibit.screenChanged.connect(harness(on_screen))
    exhibit.languageChanged.connect(harness(on_language))
    window.show()
    QTimer.singleShot(0, harness(advance))
    code = app.exec()
    # As the runner ends.
    del heartbeat
    built.close()
    stats.close()
    qt_log.flush()
    return code


if __name__ == "__main__":
    sys.exit(main())
