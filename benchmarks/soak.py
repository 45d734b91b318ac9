# SPDX-License-Identifier: MIT
"""Soak the exhibit with random touches and swipes on a virtual display; print JSON.

Starts the exhibit as a fresh process on an Xvfb display (1920×1080×24), as the runner starts it
for visitors (its log, statistics and staff files in a temporary folder), on the real window.
After a warm-up that visits every screen in every language, it drives --touches seeded random
gestures anywhere in the window (taps and swipes with a touch screen's events, a few two-finger
pinches and mouse clicks), the event loop running until the next frame after each event (or,
when none comes, 50 ms after a finger lifts, 33 ms while it is down), and returns home (an idle
reset) every tenth of the run to measure memory and where it is. Idle warnings and the attract
loop are kept out of the way by the settings file (a 15 min idle timeout, an hour to the attract
loop); staff mode is off, as it is without a PIN. Before memory is first measured, --warm-up
random gestures (2,000; another seed, uncounted) fill Qt's caches as a kiosk's first hour does;
the JSON also gives the growth from the first use, before them. 10,000 touches and the warm-up
take about 22 minutes.

Targets (docs/PERFORMANCE.md, Soak): memory (PSS, at home after a settle) grows ≤ 5 MiB from
after the warm-up to the end; no crash (the process lives to the end, with no "uncaught
exception" or event=crash in its log, and never stops answering for a minute); the slowest
response (an input event delivered → the next frame) ≤ 150 ms, the map's first-frame target,
the heaviest response the exhibit has a target for. A process that dies is counted and a fresh
one carries on after the touch that killed it (memory is then that last process's).

    python benchmarks/soak.py [--touches 10000] [--seed 1962] [--size 1920x1080]
                              [--checkpoints 10] [--warm-up 2000] [--diagnose]

--diagnose adds every checkpoint to the JSON with what the visitor did since the one before and
which kinds of Python object have grown in number, to find what grows.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

from startup import start_xvfb

CHILD = Path(__file__).with_name("soak_child.py")
GROWTH_MIB = 5.0
SLOWEST_MS = 150.0
HANG_S = 60.0  # no word from the exhibit for this long: frozen (systemd's watchdog is 30 s)
MAX_DEATHS = 5
# Gestures before the start is measured: in the soak of 2026-12-07 memory in use rose some 3 MiB
# over the first 3,000 touches and then held (±0.8 MiB over 7,000 more): Qt's caches filling.
WARM_UP = 2000
HARNESS_FAULT = 3  # the child's exit status when the soak itself failed
SETTINGS = """\
[display]
renderer = "auto"

[idle]
timeout_s = 900
countdown_s = 120

[attract]
after_s = 3600
"""
LOG_LINE = re.compile(r"^\S+ \S+ (WARNING|ERROR|CRITICAL) (\S+): (.*)$")


class Times:
    """Times counted by the children in tenths of a millisecond (soak_child.Times), merged."""

    def __init__(self, dumps: list[dict]) -> None:
        self.tenths: Counter = Counter()
        self.beyond: list[float] = []
        for dump in dumps:
            self.tenths.update({int(step): n for step, n in dump["tenths"].items()})
            self.beyond.extend(dump["beyond"])
        self.beyond.sort()
        self.count = sum(self.tenths.values()) + len(self.beyond)

    def share(self, share: float) -> float | None:
        """The time that `share` of them do not exceed (1.0: the slowest)."""
        if not self.count:
            return None
        rank = round(share * (self.count - 1))
        for step in sorted(self.tenths):
            rank -= self.tenths[step]
            if rank < 0:
                return step / 10
        return self.beyond[rank + len(self.beyond)]

    def summary(self, *shares: float) -> dict:
        figures: dict = {"count": self.count}
        for share in shares:
            figures[f"p{round(share * 100)}"] = self.share(share)
        figures["max"] = self.share(1.0)
        return figures


def one_process(env: dict[str, str], args: argparse.Namespace, first: int, err: Path) -> dict:
    """One exhibit process from touch `first`: its report, or how it ended without one."""
    with err.open("w", encoding="utf-8") as stderr:
        child = subprocess.Popen(
            [
                sys.executable,
                str(CHILD),
                str(args.touches),
                str(args.seed),
                args.size,
                str(first),
                str(args.checkpoints),
                str(int(args.diagnose)),
                str(args.warm_up),
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
        lines: queue.Queue[str | None] = queue.Queue()

        def read() -> None:
            for line in child.stdout:
                lines.put(line)
            lines.put(None)

        threading.Thread(target=read, daemon=True).start()
        last = first - 1
        report = None
        hung = False
        while True:
            try:
                line = lines.get(timeout=HANG_S)
            except queue.Empty:
                hung = True
                child.kill()
                break
            if line is None:
                break
            if line.startswith("touch "):
                last = int(line.split()[1])
                if last % 500 == 0:
                    print(f"soak: touch {last}", file=sys.stderr, flush=True)
            elif line.startswith("{"):
                report = json.loads(line)
        try:
            code = child.wait(timeout=60)
        except subprocess.TimeoutExpired:  # reported, then did not end
            child.kill()
            code = child.wait()
            hung = True
    text = err.read_text(encoding="utf-8", errors="replace")
    if code == HARNESS_FAULT and "soak harness error" in text:
        raise SystemExit(text[text.index("soak harness error") :])
    tail = text.splitlines()[-30:]
    return {"report": report, "last": last, "code": code, "hung": hung, "stderr_tail": tail}


def parts(point: dict) -> dict:
    """Where a checkpoint's memory is (MiB): PSS's anonymous part (the heap, Python's and Qt's
    own memory: where a leak shows), its files part (libraries, fonts: this process's share,
    which grows when another process using the same Qt libraries ends) and the part shared with
    the X server; malloc's own count of memory in use and of free memory it keeps (not a leak:
    glibc returns it to the system only from the top of its heap)."""
    found = {f"pss_{part}": point[part] for part in ("anon", "file", "shmem") if part in point}
    found.update({f"malloc_{k}": v for k, v in point["malloc_mib"].items()})
    found.update({f"mapped_{k.replace(' ', '_')}": v for k, v in point["mappings_mib"].items()})
    return found


def read_log(state: Path) -> dict:
    """Crashes and problems the exhibit wrote to its log (every rotated file, oldest first)."""
    found = {"uncaught_exceptions": 0, "crash_events": 0, "warnings": Counter()}
    tracebacks: Counter = Counter()
    files = sorted(
        state.rglob("kiosk.log*"), key=lambda p: -int(p.suffix[1:]) if p.suffix[1:].isdigit() else 0
    )
    for path in files:
        block: list[str] | None = None  # the traceback under an "uncaught exception" line
        for line in [*path.read_text(encoding="utf-8", errors="replace").splitlines(), "-"]:
            match = LOG_LINE.match(line)
            if block is not None and (match or line.startswith("20") or line == "-"):
                # Where it was raised (the last frame) and what: one kind per place.
                lines = [b.strip() for b in block if b.strip()]
                frames = [b for b in lines if b.startswith("File ")]
                tracebacks[" | ".join([*frames[-2:], *lines[-1:]])] += 1
                block = None
            if block is not None:
                block.append(line)
            found["uncaught_exceptions"] += "uncaught exception" in line
            found["crash_events"] += "event=crash" in line
            if match:
                found["warnings"][f"{match[1]} {match[2]}: {match[3][:160]}"] += 1
                if "uncaught exception" in line:
                    block = []
    found["tracebacks"] = dict(tracebacks.most_common(10))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--touches", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1962)
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument(
        "--checkpoints", type=int, default=10, help="memory measured at home this many times"
    )
    parser.add_argument(
        "--warm-up",
        type=int,
        default=WARM_UP,
        help="random gestures before memory is first measured (not counted)",
    )
    parser.add_argument(
        "--diagnose",
        action="store_true",
        help="every checkpoint in the JSON: what was done since the last, which objects grew",
    )
    args = parser.parse_args()

    xvfb, display = start_xvfb()
    if not display:
        raise SystemExit("Xvfb is needed (tools/system-deps.sh installs it)")
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        settings = root / "settings.toml"
        settings.write_text(SETTINGS, encoding="utf-8")
        env = dict(
            os.environ,
            DISPLAY=display,
            QT_QPA_PLATFORM="xcb",
            KIOSK_SETTINGS=str(settings),
            XDG_DATA_HOME=str(root / "data"),
            XDG_STATE_HOME=str(root / "state"),
            PYTHONFAULTHANDLER="1",  # a crash in Qt leaves its Python stack in stderr
        )
        for variable in ("QT_QUICK_BACKEND", "QMLSCENE_DEVICE", "QSG_RHI_BACKEND", "NOTIFY_SOCKET"):
            env.pop(variable, None)  # the exhibit's own choice is what is measured
        processes = []
        first = 0
        try:
            while len(processes) <= MAX_DEATHS:
                ended = one_process(env, args, first, root / f"stderr-{len(processes)}.txt")
                processes.append(ended)
                if ended["report"] is not None:
                    break
                first = ended["last"] + 2  # on after the touch it died in
                if first >= args.touches:
                    break
        finally:
            xvfb.terminate()
            xvfb.wait()
        log = read_log(root / "state")

    done = [p["report"] for p in processes if p["report"] is not None]
    deaths = [
        {
            "after_touch": p["last"],
            "exit": p["code"],
            "hung": p["hung"],
            "stderr_tail": p["stderr_tail"],
        }
        for p in processes
        if p["report"] is None
    ]
    if not done:
        print(json.dumps({"crashes": len(deaths), "deaths": deaths}, indent=2))
        return 1
    last = done[-1]
    responses = Times([r["responses_ms"] for r in done])
    gestures: Counter = Counter()
    visits: Counter = Counter()
    rows: Counter = Counter()
    unanswered: Counter = Counter()
    for r in done:
        unanswered.update(r["events_without_frame"])
        gestures.update(r["gestures"])
        visits.update(r["screens_visited"])
        rows.update(r["statistics_rows"])
    # The map's still picture painted (kiosk/backend/base_map.py): on the full map, plainly (at
    # once, as a view settles) and finely (when it has been still for a moment).
    painted = {
        name: Times([r["full_map_paints_ms"][name] for r in done]).summary(0.5, 0.95)
        for name in ("plain", "fine")
    }
    by_screen = {
        key: Times([r["responses_ms_by_screen"][key] for r in done]).summary(0.5, 0.99)
        for key in sorted(last["responses_ms_by_screen"])
    }
    by_screen = {key: figures for key, figures in by_screen.items() if figures["count"]}
    slowest = sorted((s for r in done for s in r["slowest"]), key=lambda s: -s["ms"])[:5]
    curve = [
        [
            point["touches"],
            point["pss_mib"],
            point.get("anon"),
            point.get("file"),
            point["malloc_mib"].get("in_use"),
            point["malloc_mib"].get("free_kept"),
        ]
        for point in last["memory"]
    ]
    middle = min(curve, key=lambda point: abs(point[0] - args.touches / 2))
    crashes = len(deaths) + log["uncaught_exceptions"] + log["crash_events"]
    growth = round(last["memory_end_mib"] - last["memory_start_mib"], 2)
    slowest_ms = responses.share(1.0)
    report = {
        "touches": sum(gestures.values()),
        "swipes": gestures["swipe"],
        "taps": gestures["tap"],
        "pinches": gestures["pinch"],
        "mouse_clicks": gestures["click"],
        "seed": args.seed,
        "size": args.size,
        "platform": "xcb (Xvfb 1920x1080x24)",
        "renderer_used": last["renderer"]["renderer"],
        "why": last["renderer"]["reason"],
        "cpus": os.cpu_count(),
        # Responses are timed in the GUI thread: true of the software renderer's render loop.
        "frames_drawn_in_gui_thread": all(r["frames_off_gui_thread"] == 0 for r in done),
        "duration_s": round(time.monotonic() - started, 1),
        "drive_s": sum(r["drive_s"] for r in done),
        "gesture_s": dict(sum((Counter(r["gesture_s"]) for r in done), Counter())),
        "memory_start_mib": last["memory_start_mib"],
        "memory_end_mib": last["memory_end_mib"],
        "growth_mib": growth,
        # From the first use (every screen visited once), before the random warm-up: what a
        # fresh process grows by, caches and all.
        "warm_up_touches": args.warm_up,
        "memory_first_use_mib": last.get("memory_first_use_mib"),
        "growth_from_first_use_mib": round(
            last["memory_end_mib"] - last.get("memory_first_use_mib", last["memory_end_mib"]), 2
        ),
        "growth_first_half_mib": round(middle[1] - curve[0][1], 2),
        "growth_second_half_mib": round(curve[-1][1] - middle[1], 2),
        # At home after an idle reset and a settle, each tenth of the run: [touches, PSS, of it
        # anonymous, of it files, malloc's memory in use, malloc's free memory kept] in MiB.
        "memory_curve_mib": curve,
        # Where the memory is, at the start and the end, and what grew (see parts()).
        "memory_by_part_mib": {"start": parts(last["memory"][0]), "end": parts(last["memory"][-1])},
        "growth_by_part_mib": {
            key: round(value - parts(last["memory"][0])[key], 2)
            for key, value in parts(last["memory"][-1]).items()
            if key in parts(last["memory"][0])
        },
        **({"diagnosis": last["memory"]} if args.diagnose else {}),
        # The same two moments after a forced garbage collection (Python and the QML engine).
        "memory_collected_mib": {
            "start": last["memory_start_collected_mib"],
            "end": last["memory_end_collected_mib"],
            "growth": round(
                last["memory_end_collected_mib"] - last["memory_start_collected_mib"], 2
            ),
        },
        # At the end, after glibc is asked to give back the free memory it keeps (malloc_trim).
        "memory_end_trimmed_mib": last["memory_end_trimmed_mib"],
        "crashes": crashes,
        "child_deaths": len([d for d in deaths if not d["hung"]]),
        "hangs": len([d for d in deaths if d["hung"]]),
        "exit_hangs": len([p for p in processes if p["report"] is not None and p["hung"]]),
        "uncaught_exceptions": log["uncaught_exceptions"],
        "crash_events": log["crash_events"],
        "uncaught_exception_kinds": log["tracebacks"],
        "deaths": deaths,
        "log_warnings": sum(log["warnings"].values()),
        "log_warning_kinds": dict(log["warnings"].most_common(10)),
        "input_events": responses.count + sum(unanswered.values()),
        "events_answered_by_a_frame": responses.count,
        # No frame before the next event: nothing visible changed (a tap on a picture, say).
        "events_without_frame": sum(unanswered.values()),
        "events_without_frame_by_kind": dict(unanswered.most_common()),
        "slowest_response_ms": slowest_ms,
        "response_ms_p50": responses.share(0.50),
        "response_ms_p99": responses.share(0.99),
        "slowest_responses": slowest,
        # By the screen the event landed on > the screen the frame showed (a tap that opened
        # the map from home is "home > map").
        "response_ms_by_screen": by_screen,
        "map_paint_ms": painted,
        "python_gc_pause_ms": Times([r["python_gc_pauses_ms"] for r in done]).summary(0.5, 0.99),
        "screens_visited": dict(visits.most_common()),
        "screens_never_visited": [s for s in last["screens"] if s not in visits],
        "language_changes": sum(r["language_changes"] for r in done),
        # What the exhibit recorded of the visitor (idle_reset rows: the soak's own returns home).
        "statistics_rows": sum(n for kind, n in rows.items() if kind != "idle_reset"),
        "statistics_rows_by_kind": dict(rows),
        "targets": {
            "growth_mib": f"<= {GROWTH_MIB}",
            "crashes": "0",
            "slowest_response_ms": f"<= {SLOWEST_MS}",
        },
        "pass": {
            "memory": growth <= GROWTH_MIB,
            "crashes": crashes == 0,
            "slowest_response": slowest_ms is not None and slowest_ms <= SLOWEST_MS,
        },
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
