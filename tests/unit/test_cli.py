# SPDX-License-Identifier: MIT
"""The command-line contract: exit codes and one-line messages, never a traceback."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.__main__ import main
from kiosk.content import load_pack
from kiosk.screens import ScreenList
from kiosk.screenshots import MAP_KEY_DATES
from tests.conftest import TEST_PACK


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("kiosk 0.")


def test_validate_good_pack_exits_0(capsys):
    assert main(["validate", "--content", str(TEST_PACK)]) == 0
    assert capsys.readouterr().out.splitlines()[1:] == [
        f"Content pack {TEST_PACK} (command line): 0 error(s), 0 warning(s), 3 panel(s) shown"
    ]


def test_validate_prints_one_line_per_problem_and_exits_1(pack_copy, capsys):
    (pack_copy / "en" / "beta.toml").write_text('id = "beta"\n', encoding="utf-8")
    assert main(["validate", "--content", str(pack_copy)]) == 1
    lines = capsys.readouterr().out.splitlines()
    heading = next(i for i, line in enumerate(lines) if line.startswith("Content pack "))
    problems = lines[heading + 1 :]
    assert problems and all(" — " in line and "beta.toml:" in line for line in problems)


def test_validate_warnings_alone_exit_0(pack_copy, capsys):
    (pack_copy / "es" / "beta.toml").unlink()
    assert main(["validate", "--content", str(pack_copy)]) == 0
    assert "warning:" in capsys.readouterr().out


def test_screens_lists_home_then_panels_then_the_map(capsys):
    assert main(["screens", "--content", str(TEST_PACK)]) == 0
    pack = load_pack(TEST_PACK).pack
    assert capsys.readouterr().out.split() == ["home", *pack.panel_ids, "map"]


def test_a_pack_without_a_map_has_no_map_screen(pack_copy, capsys):
    shutil.rmtree(pack_copy / "map")
    assert main(["screens", "--content", str(pack_copy)]) == 0
    assert "map" not in capsys.readouterr().out.split()


@pytest.mark.parametrize(
    "argv, message",
    [
        (["validate", "--content", "/no/such/dir"], "does not exist"),
        (
            ["screenshot", "--screen", "nowhere", "--out", "x.png", "--content", str(TEST_PACK)],
            "unknown screen",
        ),
        (["screenshot", "--screen", "home", "--out", "x.png", "--size", "big"], "WIDTHxHEIGHT"),
        (["--size", "10x10"], "outside"),
        (["frobnicate"], "invalid choice"),
        (
            ["screenshot", "--screen", "map", "--map-date", "1962-12-01", "--out", "x.png"],
            "outside 1962-10-14 – 1962-11-20",
        ),
        (["screenshot", "--screen", "map", "--map-date", "24 Oct", "--out", "x.png"], "YYYY-MM-DD"),
        (
            ["screenshot", "--screen", "map", "--card", "no-such-ship", "--out", "x.png"],
            "no map item",
        ),
        (["screenshot", "--screen", "home", "--card", "kimovsk", "--out", "x.png"], "--screen map"),
        (["--screen", "nowhere"], "unknown screen"),
        (["--screen", "home", "--play"], "--play goes with --screen map"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(argv, message, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def run_kiosk(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, timeout=120, cwd=cwd
    )


def test_screenshot_renders_a_png_offscreen(tmp_path):
    from PIL import Image

    out = tmp_path / "alpha.png"
    done = run_kiosk(
        "screenshot",
        "--screen",
        "alpha",
        "--lang",
        "es",
        "--size",
        "1366x768",
        "--content",
        str(TEST_PACK),
        "--out",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    with Image.open(out) as image:
        assert image.size == (1366, 768)
        # Not a blank frame: the panel's cards and text give many distinct colours.
        assert len(image.convert("RGB").getcolors(1_000_000)) > 50


def test_screenshots_renders_every_screen_and_language_with_a_contact_sheet(tmp_path):
    done = run_kiosk(
        "screenshots", str(tmp_path), "--size", "1080x1920", "--content", str(TEST_PACK)
    )
    assert done.returncode == 0, done.stderr
    pngs = sorted(p.name for p in tmp_path.glob("*.png"))
    pack = load_pack(TEST_PACK).pack
    # Every screen in both languages, the map once per key date, the first panel's sources.
    per_language = len(ScreenList(pack).names()) - 1 + len(MAP_KEY_DATES) + 1
    assert len(pngs) == per_language * len(pack.languages)
    assert "ending-es-1080x1920.png" in pngs
    assert "alpha-sources-es-1080x1920.png" in pngs
    assert "map-1962-10-24-es-1080x1920.png" in pngs
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert all(name in index for name in pngs)
    assert "http" not in index


def test_an_unexpected_failure_is_one_line_with_the_traceback_in_the_log(
    monkeypatch, capsys, tmp_path
):
    import kiosk.__main__ as cli
    from kiosk import paths

    def broken(_args):
        raise RuntimeError("simulated defect")

    import logging

    logger = logging.getLogger("kiosk")
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(logger, "propagate", True)
    monkeypatch.setattr(paths, "log_dir", lambda: tmp_path)
    monkeypatch.setattr(cli, "_screens", broken)
    assert main(["screens"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "simulated defect" in err
    assert "Traceback" in (tmp_path / "kiosk.log").read_text(encoding="utf-8")


def test_screenshot_of_the_map_on_a_date_with_a_card_open(tmp_path):
    from PIL import Image

    plain, card = tmp_path / "map.png", tmp_path / "card.png"
    common = ["screenshot", "--screen", "map", "--map-date", "1962-10-25", "--content"]
    assert run_kiosk(*common, str(TEST_PACK), "--out", str(plain)).returncode == 0
    done = run_kiosk(*common, str(TEST_PACK), "--card", "test-freighter", "--out", str(card))
    assert done.returncode == 0, done.stderr
    with Image.open(plain) as without, Image.open(card) as with_card:
        assert without.size == with_card.size == (1920, 1080)
        # The card dims the map behind it: the picture as a whole is darker.
        assert _mean(with_card) < _mean(without)


def _mean(image) -> float:
    from PIL import ImageStat

    return ImageStat.Stat(image.convert("L")).mean[0]


def test_stats_prints_a_summary_and_writes_csv_without_touching_a_live_session(tmp_path):
    from kiosk.visitor_stats import VisitorStats

    database = tmp_path / "statistics.sqlite3"
    live = VisitorStats(database, keep_days=400)
    live.event("screen", "remove-missiles", "es")
    live.event("timeline_play", "", "es")
    done = run_kiosk("stats", "--database", str(database), "--since", "2000-01-01")
    assert done.returncode == 0, done.stderr
    assert "visitor sessions: 1" in done.stdout
    assert "screens viewed: remove-missiles 1" in done.stdout
    out = tmp_path / "events.csv"
    done = run_kiosk(
        "stats", "--database", str(database), "--since", "2000-01-01", "--csv", str(out)
    )
    assert done.returncode == 0 and "2 event(s)" in done.stdout
    assert out.read_text(encoding="utf-8").startswith("session,session_start,")
    assert live.in_session  # the running exhibit's session is still open
    live.close()
    missing = run_kiosk("stats", "--database", str(tmp_path / "none.sqlite3"))
    assert missing.returncode == 2 and "no statistics at" in missing.stderr
