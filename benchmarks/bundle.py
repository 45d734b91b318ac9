# SPDX-License-Identifier: MIT
"""Size and start-up of the frozen Linux bundle, as JSON.

    python packaging/build.py && python benchmarks/bundle.py [--runs N]

Prints: size unpacked and compressed (.tar.gz, .deb), file count, and the frozen exhibit's time
from process start to its first frame, cold (page cache dropped, when permitted) and warm, on
Xvfb when installed (else offscreen), with the software Qt Quick renderer.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.startup import start_xvfb
from kiosk import __version__

DIST = Path(__file__).resolve().parent.parent / "dist"
NAME = f"cuban-crisis-kiosk-{__version__}-linux-x86_64"


def drop_page_cache() -> bool:
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def first_frame_seconds(executable: Path, env: dict[str, str]) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        mark = Path(tmp) / "first-frame"
        env = dict(env, KIOSK_BENCHMARK_FIRST_FRAME=str(mark))
        start = time.clock_gettime(time.CLOCK_MONOTONIC)
        subprocess.run(
            [str(executable), "--windowed", "--size", "1920x1080"],
            env=env,
            timeout=60,
            check=True,
            capture_output=True,
        )
        return float(mark.read_text()) - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = DIST / NAME / "app"
    if not (app / "kiosk").exists():
        raise SystemExit("build the bundle first: python packaging/build.py")
    files = [p for p in app.rglob("*") if p.is_file() and not p.is_symlink()]
    env = dict(os.environ, QT_QUICK_BACKEND="software")
    xvfb, display = start_xvfb()
    env.update(
        {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        if display
        else {"QT_QPA_PLATFORM": "offscreen"}
    )
    try:
        cold = []
        for _ in range(args.runs):
            if not drop_page_cache():
                break
            cold.append(first_frame_seconds(app / "kiosk", env))
        first_frame_seconds(app / "kiosk", env)  # warm the page cache
        warm = [first_frame_seconds(app / "kiosk", env) for _ in range(args.runs)]
    finally:
        if xvfb:
            xvfb.terminate()
            xvfb.wait()
    mib = 1024 * 1024
    report = {
        "bundle": NAME,
        "unpacked_mib": round(sum(p.stat().st_size for p in files) / mib, 1),
        "files": len(files),
        "tar_gz_mib": round((DIST / f"{NAME}.tar.gz").stat().st_size / mib, 1),
        "deb_mib": round(
            (DIST / f"cuban-crisis-kiosk_{__version__}_amd64.deb").stat().st_size / mib, 1
        ),
        "platform": "xcb (Xvfb)" if display else "offscreen",
        "renderer": "software",
        "cold_first_frame_s": round(statistics.median(cold), 3)
        if cold
        else "not measured (dropping the page cache is not permitted here)",
        "warm_first_frame_s": round(statistics.median(warm), 3),
        "budget": {"unpacked_mib": 140, "compressed_mib": 55},
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
