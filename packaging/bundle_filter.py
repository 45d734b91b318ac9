# SPDX-License-Identifier: MIT
"""What of Qt the bundle keeps: allow-lists of the Qt libraries, QML modules and plugins the
exhibit uses. PyInstaller's PySide6 hooks collect all of Qt (about 250 MB); this keeps ~70 MB.

The lists name *kinds* of Qt parts, not exhibit files: new screens, content and map data ship
without touching them. Add a QML import or Qt module here when the exhibit starts using one
(the self-test and tests/packaging fail if something the exhibit needs is missing).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Qt libraries (lib<name>.so.6 on Linux, <name>.dll on Windows)
QT_LIBRARIES = {
    "Core",
    "Gui",
    "DBus",
    "Network",
    "OpenGL",
    "Qml",
    "QmlMeta",
    "QmlModels",
    "QmlWorkerScript",
    "Quick",
    "QuickControls2",
    "QuickControls2Basic",
    "QuickControls2BasicStyleImpl",
    "QuickControls2Impl",
    "QuickTemplates2",
    "QuickLayouts",
    "Svg",
    "XcbQpa",
    "WaylandClient",
    "EglFSDeviceIntegration",
    "EglFsKmsSupport",
}

# QML module folders under Qt/qml/ (a folder keeps its files; sub-folders must be listed too)
QML_MODULES = {
    "QtQml",
    "QtQml/Models",
    "QtQml/WorkerScript",
    "QtQuick",
    "QtQuick/Window",
    "QtQuick/Layouts",
    "QtQuick/Templates",
    "QtQuick/Controls",
    "QtQuick/Controls/Basic",
    "QtQuick/Controls/Basic/impl",
    "QtQuick/Controls/impl",
}

# Plugins under Qt/plugins/<kind>/<file>; a kind mapped to None keeps every file of that kind.
# Names are file names without "lib" and the extension (libqxcb.so and qxcb.dll are "qxcb").
PLUGINS: dict[str, set[str] | None] = {
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qeglfs", "qminimal", "qwindows", "qdirect2d"},
    "xcbglintegrations": None,
    "wayland-shell-integration": {"xdg-shell", "fullscreen-shell-v1"},
    "wayland-graphics-integration-client": {
        "qt-plugin-wayland-egl",
        "shm-emulation-server",
        "dmabuf-server",
        "drm-egl-server",
    },
    "wayland-decoration-client": None,
    "egldeviceintegrations": None,
    "generic": {
        "qevdevtouchplugin",
        "qevdevmouseplugin",
        "qevdevkeyboardplugin",
        "qtuiotouchplugin",
    },
    "imageformats": {"qjpeg"},
}

_QT_LIB = re.compile(r"(?:^|/)(?:lib)?Qt6(\w+?)(?:\.so\.6|\.dll)$")
_PLUGIN_FILE = re.compile(r"^(?:lib)?(.+?)(?:\.so|\.dll)$")


def _plugin_name(file: str) -> str:
    match = _PLUGIN_FILE.match(file)
    return match.group(1) if match else file


def keep(dest: str) -> bool:
    """Whether a file PyInstaller collected (by its path inside the bundle) belongs in it."""
    dest = dest.replace("\\", "/")
    qt_lib = _QT_LIB.search(dest)
    if qt_lib and "/qml/" not in dest and "/plugins/" not in dest:
        return qt_lib.group(1) in QT_LIBRARIES
    for marker in ("PySide6/Qt/qml/", "PySide6/qml/"):
        if marker in dest:
            folder = dest.split(marker, 1)[1].rsplit("/", 1)[0]
            return folder in QML_MODULES
    for marker in ("PySide6/Qt/plugins/", "PySide6/plugins/"):
        if marker in dest:
            parts = dest.split(marker, 1)[1].split("/")
            if len(parts) != 2 or parts[0] not in PLUGINS:
                return False
            wanted = PLUGINS[parts[0]]
            if wanted is None:
                return True
            return _plugin_name(parts[1]) in wanted
    # Qt's own UI strings are left out; the exhibit ships its own catalogue.
    return "PySide6/Qt/translations/" not in dest and "PySide6/translations/" not in dest


def prune_orphans(
    binaries: list[tuple[str, str, str]], get_imports: Callable[[str], list[tuple[str, str]]]
) -> list[tuple[str, str, str]]:
    """Drop shared libraries that nothing kept still needs.

    PyInstaller collects the dependencies of every Qt plugin before `keep` removes the plugin
    (GTK for the GTK theme plugin, for example); this walks the dependencies of what is kept.
    `get_imports(path)` is PyInstaller's bindepend.get_imports.
    """
    from pathlib import PurePath

    by_name = {PurePath(dest).name: (dest, src, kind) for dest, src, kind in binaries}

    def is_root(dest: str) -> bool:
        name = PurePath(dest).name
        return (
            dest.endswith((".pyd", ".abi3.so"))
            or ".cpython-" in name
            or "/plugins/" in dest.replace("\\", "/")
            or "/qml/" in dest.replace("\\", "/")
            or name.startswith(("libpython", "python3"))
        )

    needed: set[str] = set()
    queue = [src for dest, src, kind in binaries if kind != "SYMLINK" and is_root(dest)]
    needed.update(PurePath(dest).name for dest, _src, _kind in binaries if is_root(dest))
    seen: set[str] = set()
    while queue:
        path = queue.pop()
        if path in seen:
            continue
        seen.add(path)
        for name, resolved in get_imports(path):
            base = PurePath(name).name
            if base in needed:
                continue
            needed.add(base)
            entry = by_name.get(base)
            if entry and entry[2] != "SYMLINK":
                queue.append(entry[1])
            elif resolved:
                queue.append(resolved)
    kept = []
    for dest, src, kind in binaries:
        name = PurePath(dest).name
        if name in needed or is_root(dest):
            kept.append((dest, src, kind))
    return kept


SYSTEM_LIBRARY_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")


def split_system_libraries(
    binaries: list[tuple[str, str, str]],
) -> tuple[list[tuple[str, str, str]], list[str]]:
    """On Linux, leave the distribution's own shared libraries out of the bundle.

    The .deb declares the packages that provide them (found with dpkg -S at build time), so the
    exhibit uses the system's X11/Wayland/EGL/fontconfig stack with its security updates rather
    than stale copies. Returns the kept binaries and the system library paths left out.
    """
    kept, system = [], []
    for dest, src, kind in binaries:
        if (
            kind != "SYMLINK"
            and src.startswith(SYSTEM_LIBRARY_DIRS)
            and "/site-packages/" not in src
        ):
            system.append(src)
        else:
            kept.append((dest, src, kind))
    names = {d.rsplit("/", 1)[-1] for d, _s, _k in binaries if _s in system}
    kept = [(d, s, k) for d, s, k in kept if not (k == "SYMLINK" and d.rsplit("/", 1)[-1] in names)]
    return kept, sorted(system)
