# SPDX-License-Identifier: MIT
"""The command-line contract: exit codes and one-line messages, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.__main__ import main
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


def test_screens_lists_home_then_panels(capsys):
    assert main(["screens", "--content", str(TEST_PACK)]) == 0
    assert capsys.readouterr().out.split() == ["home", "alpha", "beta", "ending"]


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
    assert len(pngs) == 8
    assert "ending-es-1080x1920.png" in pngs
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
