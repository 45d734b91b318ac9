# SPDX-License-Identifier: MIT
"""Start the exhibit as a fresh process N times and print start-up figures as JSON.

Uses a real X display from Xvfb when Xvfb is installed (else Qt's offscreen platform). The
renderer is the one the exhibit chooses from `[display] renderer` (written to a settings file
for the run; default "auto", which on Xvfb's llvmpipe-only display is Qt Quick's software
renderer), so the figures are what runs; --renderer gpu|software measures the others. Targets
(docs/PERFORMANCE.md): first frame ≤ 0.45 s, settled ≤ 0.6 s, tap-to-frame ≤ one frame plus the
transition, PSS ≤ 130 MiB.

    python benchmarks/startup.py [--runs N] [--renderer auto|gpu|software]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = Path(__file__).with_name("startup_child.py")


def start_xvfb() -> tuple[subprocess.Popen | None, str | None]:
    if not shutil.which("Xvfb"):
        return None, None
    for number in range(90, 110):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            display = f":{number}"
            xvfb = subprocess.Popen(
                ["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            deadline = time.monotonic() + 10
            while not Path(f"/tmp/.X11-unix/X{number}").exists():
                if time.monotonic() > deadline or xvfb.poll() is not None:
                    raise SystemExit("Xvfb did not start")
                time.sleep(0.05)
            return xvfb, display
    return None, None


def one_run(env: dict[str, str]) -> dict[str, float]:
    start = time.clock_gettime(time.CLOCK_MONOTONIC)
    done = subprocess.run(
        [sys.executable, str(CHILD)], env=env, capture_output=True, text=True, timeout=60
    )
    if done.returncode != 0:
        raise SystemExit(f"exhibit failed to start:\n{done.stderr}")
    marks = json.loads(done.stdout.strip().splitlines()[-1])
    return {
        "first_frame_s": marks["first_frame"] - start,
        "settled_s": marks["settled"] - start,
        "tap_to_first_frame_ms": (marks["tap_frame"] - marks["tap"]) * 1000,
        "tap_to_panel_frame_ms": (marks["panel_frame"] - marks["tap"]) * 1000,
        "tap_to_transition_end_ms": (marks["transition_end"] - marks["tap"]) * 1000,
        "pss_mib": marks["pss_mib"],
        "screen_after_tap": marks["screen_after_tap"],
        "renderer": marks["renderer"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--renderer", choices=("auto", "gpu", "software"), default="auto")
    args = parser.parse_args()

    settings = Path(tempfile.mkdtemp()) / "settings.toml"
    settings.write_text(f'[display]\nrenderer = "{args.renderer}"\n', encoding="utf-8")
    env = dict(os.environ, KIOSK_SETTINGS=str(settings))
    for variable in ("QT_QUICK_BACKEND", "QMLSCENE_DEVICE", "QSG_RHI_BACKEND"):
        env.pop(variable, None)  # the exhibit's own choice is what is measured
    xvfb, display = start_xvfb()
    if display:
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    try:
        runs = [one_run(env) for _ in range(args.runs)]
    finally:
        if xvfb:
            xvfb.terminate()
            xvfb.wait()
        settings.unlink()
        settings.parent.rmdir()

    def summary(key: str) -> dict[str, float]:
        values = [r[key] for r in runs]
        return {"median": round(statistics.median(values), 4), "max": round(max(values), 4)}

    report = {
        "runs": args.runs,
        "platform": "xcb (Xvfb)" if display else "offscreen",
        "setting": args.renderer,
        "renderer_used": runs[0]["renderer"]["renderer"],
        "why": runs[0]["renderer"]["reason"],
        "cpus": os.cpu_count(),
        "first_frame_s": summary("first_frame_s"),
        "settled_s": summary("settled_s"),
        "tap_to_first_frame_ms": summary("tap_to_first_frame_ms"),
        "tap_to_panel_frame_ms": summary("tap_to_panel_frame_ms"),
        "tap_to_transition_end_ms": summary("tap_to_transition_end_ms"),
        "pss_mib": summary("pss_mib"),
        "all_taps_opened_the_panel": all(r["screen_after_tap"] == "remove-missiles" for r in runs),
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
