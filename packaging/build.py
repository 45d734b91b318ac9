# SPDX-License-Identifier: MIT
"""Build the standalone exhibit and its installers.

    python packaging/build.py [--target linux|windows]

linux   → dist/cuban-crisis-kiosk-<version>-linux-x86_64/ (the app and its installer scripts),
          the same as .tar.gz, and dist/cuban-crisis-kiosk_<version>_amd64.deb
windows → dist/cuban-crisis-kiosk-<version>-windows-x64/, .zip, and
          dist/cuban-crisis-kiosk-<version>-setup.exe (built here, on Linux, under Wine)
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk import __version__  # noqa: E402

APP = "cuban-crisis-kiosk"
DIST = ROOT / "dist"
BUILD = ROOT / "build"


def run(*command: str | Path, **kwargs) -> subprocess.CompletedProcess:
    print("+", " ".join(str(c) for c in command), flush=True)
    return subprocess.run([str(c) for c in command], check=True, **kwargs)


def pyinstaller_arguments(work: Path) -> list[str | Path]:
    """PyInstaller's command line after `python -m`, for packaging/kiosk.spec into `work`."""
    return [
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        work / "dist",
        "--workpath",
        work / "work",
        ROOT / "packaging" / "kiosk.spec",
    ]


def pyinstaller(work: Path) -> Path:
    """Build the onedir bundle with this Python; returns its folder."""
    shutil.rmtree(work, ignore_errors=True)
    run(sys.executable, "-m", *pyinstaller_arguments(work))
    return work / "dist" / "kiosk"


def stage_docs(target: Path) -> None:
    shutil.copyfile(ROOT / "docs" / "INSTALL.md", target / "INSTALL.md")
    licences = target / "licences"
    licences.mkdir(exist_ok=True)
    shutil.copyfile(
        ROOT / "assets" / "fonts" / "OFL.txt", licences / "AtkinsonHyperlegible-OFL.txt"
    )


# --- Linux ---------------------------------------------------------------------------------


def debian_packages(libraries: list[str]) -> list[str]:
    """The Debian packages that provide the system libraries the bundle leaves out."""
    packages: set[str] = set()
    for library in libraries:
        real = str(Path(library).resolve())
        for candidate in dict.fromkeys(
            [
                library,
                real,
                real.replace("/usr/lib/", "/lib/", 1),
                library.replace("/lib/", "/usr/lib/", 1),
            ]
        ):
            found = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if found.returncode == 0:
                packages.add(found.stdout.split(":", 1)[0].strip())
                break
        else:
            raise SystemExit(f"no Debian package provides {library}")
    return sorted(packages)


def system_libraries(app: Path) -> list[str]:
    """Every shared library outside the bundle that something in it loads (like dpkg-shlibdeps).

    PyInstaller never bundles some (libGL, libEGL, libwayland-*, libc) and the spec leaves out
    the rest of the distribution's libraries, so ldd over every ELF file finds them all.
    """
    app = app.resolve()
    internal = app / "_internal"
    env = {"LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}", "LANG": "C"}
    found: set[str] = set()
    for path in [app / "kiosk", *internal.rglob("*.so*")]:
        if path.is_symlink() or not path.is_file() or path.read_bytes()[:4] != b"\x7fELF":
            continue
        done = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        for line in done.stdout.splitlines():
            if "not found" in line:
                raise SystemExit(f"{path}: {line.strip()}: install it on the build machine")
            parts = line.split("=>")
            target = (parts[1] if len(parts) == 2 else parts[0]).split("(")[0].strip()
            if target.startswith("/") and not target.startswith(str(app)):
                found.add(target)
    return sorted(found)


def build_linux() -> list[Path]:
    bundle = pyinstaller(BUILD / "linux")
    name = f"{APP}-{__version__}-linux-x86_64"
    top = DIST / name
    shutil.rmtree(top, ignore_errors=True)
    app = top / "app"
    shutil.copytree(bundle, app, symlinks=True)
    system = app / "system"
    system.mkdir()
    for file in (
        "setup.sh",
        "session.sh",
        "resting.sh",
        f"{APP}.service",
        f"{APP}-resting.service",
        f"pam.d-{APP}",
        "settings.toml",
    ):
        shutil.copy2(ROOT / "packaging" / "linux" / file, system / file)
    stage_docs(app)
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(ROOT / "packaging" / "linux" / script, top / script)
    shutil.copyfile(ROOT / "docs" / "INSTALL.md", top / "INSTALL.md")
    archive = DIST / f"{name}.tar.gz"
    run("tar", "-C", DIST, "-I", "gzip -9", "-cf", archive, name)
    deb = build_deb(app, debian_packages(system_libraries(app)))
    return [top, archive, deb]


def with_t64_alternative(package: str) -> str:
    """`libfoo1 | libfoo1t64`: Ubuntu 24.04 renamed many libraries for 64-bit time_t."""
    return f"{package} | {package}t64" if package.startswith("lib") else package


def build_deb(app: Path, depends: list[str]) -> Path:
    root = BUILD / "deb" / "root"
    shutil.rmtree(root.parent, ignore_errors=True)
    opt = root / "opt" / APP
    shutil.copytree(app, opt, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / APP).symlink_to(f"/opt/{APP}/kiosk")
    units = root / "lib" / "systemd" / "system"
    units.mkdir(parents=True)
    for unit in (f"{APP}.service", f"{APP}-resting.service"):
        shutil.copyfile(opt / "system" / unit, units / unit)
    (root / "etc" / "pam.d").mkdir(parents=True)
    shutil.copyfile(opt / "system" / f"pam.d-{APP}", root / "etc" / "pam.d" / APP)
    (root / "etc" / "xdg" / APP).mkdir(parents=True)
    shutil.copyfile(opt / "system" / "settings.toml", root / "etc" / "xdg" / APP / "settings.toml")
    doc = root / "usr" / "share" / "doc" / APP
    doc.mkdir(parents=True)
    shutil.copyfile(ROOT / "assets" / "fonts" / "OFL.txt", doc / "copyright")

    control = root / "DEBIAN"
    control.mkdir()
    size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    fields = {
        "Package": APP,
        "Version": __version__,
        "Architecture": "amd64",
        "Maintainer": "Exhibit kiosk maintainers <kiosk@localhost>",
        "Installed-Size": str(size_kib // 1024),
        "Depends": ", ".join(
            # cage 0.1.4 will not start without Xwayland.
            [
                "cage",
                "xwayland",
                "adduser",
                "init-system-helpers",
                "libpam-systemd",
                *(with_t64_alternative(package) for package in depends),
            ]
        ),
        # The staff screen's copy to USB mounts a stick nothing else mounts in a Cage session.
        "Recommends": "udisks2",
        "Section": "misc",
        "Priority": "optional",
        "Description": "Museum exhibit: what did the US want during the Cuban Missile Crisis?\n"
        " Touch-screen kiosk application, started at boot in a Cage session.",
    }
    (control / "control").write_text("".join(f"{k}: {v}\n" for k, v in fields.items()))
    (control / "conffiles").write_text(f"/etc/pam.d/{APP}\n/etc/xdg/{APP}/settings.toml\n")
    for script in ("postinst", "prerm", "postrm"):
        shutil.copy2(ROOT / "packaging" / "linux" / script, control / script)
    deb = DIST / f"{APP}_{__version__}_amd64.deb"
    run("dpkg-deb", "--root-owner-group", "-Zxz", "--build", root, deb)
    return deb


# --- Windows -------------------------------------------------------------------------------


def build_windows() -> list[Path]:
    from windows_build import build  # packaging/windows_build.py: Wine, wheels, NSIS

    return build(ROOT, DIST, BUILD / "windows", __version__, pyinstaller_arguments, stage_docs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--target",
        choices=("linux", "windows"),
        default="windows" if sys.platform == "win32" else "linux",
    )
    args = parser.parse_args()
    DIST.mkdir(exist_ok=True)
    sys.path.insert(0, str(ROOT / "packaging"))
    outputs = build_linux() if args.target == "linux" else build_windows()
    for output in outputs:
        print(output.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
