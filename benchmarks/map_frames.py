# SPDX-License-Identifier: MIT
"""Play the blockade map on a virtual display and print frame times, CPU and memory as JSON.

Starts the exhibit as a fresh process on an Xvfb display (1920×1080×24), taps the map's way in
on home (timing the map's first frame), lets the timeline play for --seconds and records every
frame. The renderer is the one the exhibit itself chooses from `[display] renderer` (default
"auto": on this machine's llvmpipe-only display, Qt Quick's software renderer); --renderer
measures the others. Targets (docs/PERFORMANCE.md): frame time p95 <= 16.7 ms; CPU while playing,
the virtual display included, within a Chromium kiosk page animating two ships on a simple SVG
map (6-9 % of one core on a 2-core machine); PSS with the map open <= 150 MiB; the map's first
frame <= 150 ms after the tap.

    python benchmarks/map_frames.py [--seconds 20] [--renderer auto|gpu|software] [--runs 1]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from itertools import pairwise
from pathlib import Path

from startup import start_xvfb

CHILD = Path(__file__).with_name("map_frames_child.py")
FRAME_MS = 1000 / 60
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def one_run(env: dict[str, str], xvfb_pid: int | None, seconds: float, size: str) -> dict:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(seconds), size],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    display_cpu = 0.0
    report = None
    for line in child.stdout:
        if line.strip() == "measuring" and xvfb_pid:
            display_cpu = -cpu_seconds(xvfb_pid)
        elif line.startswith("{"):
            if xvfb_pid:
                display_cpu += cpu_seconds(xvfb_pid)
            report = json.loads(line)
    child.wait(timeout=60)
    if report is None:
        raise SystemExit(f"the exhibit did not report:\n{child.stderr.read()}")
    frames = report.pop("frames")
    work = report.pop("work_ms")
    intervals = [(b - a) * 1000 for a, b in pairwise(frames)]
    window = report.pop("window_s")
    return {
        **report,
        "frames": len(frames),
        "fps": round(len(frames) / window, 1),
        # The time each frame took to make: what must fit in a 60 Hz display's 16.7 ms.
        "frame_ms": {
            "p50": round(percentile(work, 0.50), 2),
            "p95": round(percentile(work, 0.95), 2),
            "p99": round(percentile(work, 0.99), 2),
            "max": round(max(work), 2),
        },
        # Frames that took longer than a display refresh: on a 60 Hz screen, a stutter.
        "dropped_frames": sum(ms > FRAME_MS for ms in work),
        # The gaps between frames shown. The software renderer makes no frame when nothing
        # moved by a whole pixel, so a gap of two refreshes is not, by itself, a stutter.
        "interval_ms": {
            "p50": round(percentile(intervals, 0.50), 2),
            "p95": round(percentile(intervals, 0.95), 2),
            "max": round(max(intervals), 2),
        },
        "cpu_percent_of_one_core": {
            "exhibit": round(report.pop("cpu_s") / window * 100, 1),
            "virtual_display": round(display_cpu / window * 100, 1),
        },
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--renderer", choices=("auto", "gpu", "software"), default="auto")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--size", default="1920x1080")
    args = parser.parse_args()

    xvfb, display = start_xvfb()
    if not display:
        raise SystemExit("Xvfb is needed (tools/system-deps.sh installs it)")
    with tempfile.TemporaryDirectory() as folder:
        settings = Path(folder) / "settings.toml"
        settings.write_text(f'[display]\nrenderer = "{args.renderer}"\n', encoding="utf-8")
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", KIOSK_SETTINGS=str(settings))
        for variable in ("QT_QUICK_BACKEND", "QMLSCENE_DEVICE", "QSG_RHI_BACKEND"):
            env.pop(variable, None)  # the exhibit's own choice is what is measured
        try:
            runs = [one_run(env, xvfb.pid, args.seconds, args.size) for _ in range(args.runs)]
        finally:
            xvfb.terminate()
            xvfb.wait()

    def median(path: tuple[str, ...]) -> float:
        values = []
        for run in runs:
            value = run
            for key in path:
                value = value[key]
            values.append(value)
        return round(statistics.median(values), 2)

    total = [
        r["cpu_percent_of_one_core"]["exhibit"] + r["cpu_percent_of_one_core"]["virtual_display"]
        for r in runs
    ]
    report = {
        "setting": args.renderer,
        "renderer_used": runs[0]["renderer"]["renderer"],
        "why": runs[0]["renderer"]["reason"],
        "graphics_api": runs[0]["graphics_api"],
        "platform": "xcb (Xvfb 1920x1080x24)",
        "size": args.size,
        "seconds": args.seconds,
        "runs": args.runs,
        "cpus": os.cpu_count(),
        "frame_ms_p50": median(("frame_ms", "p50")),
        "frame_ms_p95": median(("frame_ms", "p95")),
        "frame_ms_p99": median(("frame_ms", "p99")),
        "fps": median(("fps",)),
        "interval_ms_p50": median(("interval_ms", "p50")),
        "interval_ms_p95": median(("interval_ms", "p95")),
        "dropped_frames": median(("dropped_frames",)),
        "cpu_percent_exhibit": median(("cpu_percent_of_one_core", "exhibit")),
        "cpu_percent_virtual_display": median(("cpu_percent_of_one_core", "virtual_display")),
        "cpu_percent_total": round(statistics.median(total), 1),
        "pss_mib_map_open": median(("pss_mib",)),
        "tap_to_map_frame_ms": median(("tap_to_map_frame_ms",)),
        "still_playing_at_end": all(r["playing_at_end"] for r in runs),
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
