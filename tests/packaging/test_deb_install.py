# SPDX-License-Identifier: MIT
"""Install the .deb on this machine, run the installed self-test as the exhibit's own user,
upgrade over it, remove it, then purge it. Changes the system: runs only as root with
KIOSK_TEST_INSTALL=1 (CI sets it)."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.packaging.conftest import DEB, self_test

USER = "cuban-crisis-kiosk"
OPT = Path("/opt/cuban-crisis-kiosk")
DATA = Path("/var/lib/cuban-crisis-kiosk")
SETTINGS = Path("/etc/xdg/cuban-crisis-kiosk/settings.toml")
WANTS = Path("/etc/systemd/system/multi-user.target.wants/cuban-crisis-kiosk.service")

pytestmark = pytest.mark.skipif(
    os.environ.get("KIOSK_TEST_INSTALL") != "1" or os.geteuid() != 0,
    reason="installs system packages: set KIOSK_TEST_INSTALL=1 and run as root (CI does)",
)


def sh(*command: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=900)
    assert done.returncode == 0, f"{' '.join(command)}\n{done.stdout}\n{done.stderr}"
    return done


def user_exists() -> bool:
    return subprocess.run(["getent", "passwd", USER], capture_output=True).returncode == 0


def test_install_upgrade_remove_purge():
    if not DEB.exists():
        pytest.skip("no .deb: build it with `python packaging/build.py`")
    depends = sh("dpkg-deb", "-f", str(DEB), "Depends").stdout
    assert "cage" in depends and "xwayland" in depends and "libegl1 | libegl1t64" in depends
    assert sh("dpkg-deb", "-f", str(DEB), "Recommends").stdout.strip() == "udisks2"
    # Not udisks2 itself here: the package's own files are what this test checks.
    sh("apt-get", "install", "-y", "-q", "--no-install-recommends", str(DEB))
    assert (OPT / "kiosk").is_file() and Path("/usr/bin/cuban-crisis-kiosk").exists()
    assert user_exists()
    assert Path("/lib/systemd/system/cuban-crisis-kiosk.service").is_file()
    assert WANTS.is_symlink(), "the exhibit is not enabled to start at boot"
    assert SETTINGS.is_file()

    # The installed exhibit works as its own unprivileged user, on the installed settings (the
    # test suite's own KIOSK_SETTINGS is dropped).
    as_user = ["runuser", "-u", USER, "--", "env", "-u", "KIOSK_SETTINGS", f"HOME={DATA}"]
    code, report = self_test([*as_user, str(OPT / "kiosk")])
    assert code == 0, [c for c in report["checks"] if not c["ok"]]
    assert report["frozen"] is True

    # Boot: the unit's own command line brings the exhibit up inside Cage (on Cage's headless
    # backend, as this machine has no screen) and it draws its first frame, even with three
    # mistakes in the settings: each is logged, and the exhibit runs on the bundled pack.
    SETTINGS.write_text(
        'content = "/nonexistent/pack"\nlanguage = "fr"\ncolour = "blue"\n', encoding="utf-8"
    )
    log_file = DATA / ".local" / "state" / "cuban-crisis-kiosk" / "log" / "kiosk.log"
    unit = Path("/lib/systemd/system/cuban-crisis-kiosk.service").read_text(encoding="utf-8")
    exec_start = next(line for line in unit.splitlines() if line.startswith("ExecStart="))
    environment = [
        line.split("=", 1)[1] for line in unit.splitlines() if line.startswith("Environment=")
    ]
    runtime = Path(tempfile.mkdtemp(prefix="kiosk-xdg-"))
    shutil.chown(runtime, USER, USER)
    runtime.chmod(0o700)
    first_frame = runtime / "first-frame"
    sh(
        *as_user,
        f"XDG_RUNTIME_DIR={runtime}",
        "WLR_BACKENDS=headless",
        "WLR_RENDERER=pixman",
        "WLR_LIBINPUT_NO_DEVICES=1",
        f"KIOSK_BENCHMARK_FIRST_FRAME={first_frame}",
        *environment,
        "timeout",
        "60",
        *shlex.split(exec_start.split("=", 1)[1]),
    )
    assert first_frame.is_file(), "the exhibit drew no frame inside Cage"
    shutil.rmtree(runtime)
    logged = log_file.read_text(encoding="utf-8")
    warnings = [line for line in logged.splitlines() if "WARNING kiosk: settings: " in line]
    assert [w.split(f"{SETTINGS}:", 1)[1][:2] for w in warnings] == ["1:", "2:", "3:"], logged
    assert f"content {OPT / '_internal' / 'assets' / 'content'} (bundled)" in logged

    # Staff data and settings survive an upgrade and a removal.
    marker = log_file
    sh(
        "runuser",
        "-u",
        USER,
        "--",
        "sh",
        "-c",
        f"echo kept > {marker}",
    )
    SETTINGS.write_text('language = "es"\n', encoding="utf-8")
    sh("dpkg", "-i", str(DEB))
    assert marker.read_text(encoding="utf-8").strip() == "kept"
    assert SETTINGS.read_text(encoding="utf-8") == 'language = "es"\n'

    sh("apt-get", "remove", "-y", "-q", "cuban-crisis-kiosk")
    assert not OPT.exists() and not Path("/usr/bin/cuban-crisis-kiosk").exists()
    assert not WANTS.exists()
    assert marker.is_file() and SETTINGS.is_file() and user_exists()

    sh("apt-get", "purge", "-y", "-q", "cuban-crisis-kiosk")
    assert not DATA.exists() and not SETTINGS.exists()
    assert not user_exists()
