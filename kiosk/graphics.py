# SPDX-License-Identifier: MIT
"""Which Qt Quick scene-graph renderer the exhibit uses, and why.

Qt Quick's default renderer draws through the GPU (OpenGL on Linux, Direct3D 11 on Windows). On a
PC whose only graphics adapter is a software rasteriser (Mesa llvmpipe or softpipe on Linux; the
Microsoft Basic Render Driver, WARP, on a Windows PC without a GPU driver) that default emulates
the GPU on the CPU, and Qt Quick's own `software` renderer is far cheaper in CPU and memory.

The settings key `[display] renderer` says which to use: "auto" (the default: software only where
the adapter is a software rasteriser), "gpu" (Qt's default), or "software". An explicit
QT_QUICK_BACKEND, QMLSCENE_DEVICE or QSG_RHI_BACKEND in the environment (a developer or a
benchmark) wins over the setting and is reported as such.

Use (the runner), after the QGuiApplication exists and before the first QQuickWindow (that is,
before `kiosk.app.build`), once per process:

    app = QGuiApplication(sys.argv[:1])
    renderer = graphics.choose_renderer(choice.settings.settings.display.renderer)
    log.info("graphics: %s", renderer.summary())
    built = build(...)

Why then: on Linux the adapter is only known by creating an OpenGL context the way Qt Quick will,
which needs the platform plugin (so the QGuiApplication); the software renderer must be chosen
before the first QQuickWindow is created. On Windows the DXGI query works even earlier, but the
same call site serves both.

Pieces, for the self-test, benchmarks and a staff diagnostics screen:
- `detect_adapter(env)` -> `Adapter`: the adapter Qt Quick would draw with. Never raises.
- `decide(setting, adapter, env)` -> `Decision`: pure, no Qt; unit-tested for every case.
- `apply(decision)` -> bool: tells Qt (QQuickWindow.setGraphicsApi) when software is chosen.
- `choose_renderer(setting)` -> `RendererChoice`: all three; `.as_dict()` and `.summary()`.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import re
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

log = logging.getLogger(__name__)

Renderer = Literal["gpu", "software"]

# GL_RENDERER / DXGI names of CPU rasterisers: Mesa llvmpipe, softpipe, swrast ("Software
# Rasterizer") and OpenSWR; lavapipe (Vulkan, also under zink); Google SwiftShader; WARP (also
# seen through WSL's Mesa d3d12 as "D3D12 (Microsoft Basic Render Driver)"); Windows' GDI OpenGL.
_SOFTWARE_NAME = re.compile(
    r"llvmpipe|softpipe|lavapipe|swiftshader|software rasteri[sz]er|\bswr\b|\bswrast\b"
    r"|basic render driver|gdi generic",
    re.IGNORECASE,
)
# The variables with which Qt itself picks the scene graph (Qt Quick reads them when the first
# window is created): QT_QUICK_BACKEND and its older name QMLSCENE_DEVICE pick the adaptation
# ("software", or the default RHI one), QSG_RHI_BACKEND the graphics API of the RHI one.
OVERRIDE_VARIABLES = ("QT_QUICK_BACKEND", "QMLSCENE_DEVICE", "QSG_RHI_BACKEND")
_SOFTWARE_BACKENDS = {"software", "softwarecontext"}  # the keys of Qt's software adaptation

# DXGI (Windows): the adapter flag and ids of the Microsoft Basic Render Driver (WARP).
_DXGI_ADAPTER_FLAG_SOFTWARE = 0x2
_WARP_IDS = (0x1414, 0x8C)


@dataclass(frozen=True)
class Adapter:
    """The graphics adapter Qt Quick would draw with, as far as detection could tell."""

    api: str  # the graphics API it was asked through: "opengl", "d3d11", or "" (not asked)
    name: str  # as its driver names it, e.g. "llvmpipe (LLVM 15.0.6, 256 bits)"; "" if unknown
    software: bool | None  # True: a CPU rasteriser; False: a GPU; None: unknown
    detail: str  # how it was found (driver, version, ids), or why it is unknown
    milliseconds: float = 0.0  # what detection cost
    # The graphics API could not be started at all: Qt Quick's GPU renderer would fail too.
    unusable: bool = False

    @property
    def known(self) -> bool:
        return self.software is not None


def is_software_adapter_name(name: str) -> bool:
    """Whether a GL_RENDERER or DXGI adapter name is a known CPU rasteriser."""
    return bool(_SOFTWARE_NAME.search(name))


def unknown_adapter(
    why: str, api: str = "", milliseconds: float = 0.0, unusable: bool = False
) -> Adapter:
    """An adapter detection could not identify; `why` says what happened."""
    return Adapter(api, "", None, why, milliseconds, unusable)


@dataclass(frozen=True)
class EnvironmentOverride:
    """A scene-graph choice made in the environment, which Qt follows whatever the setting."""

    variable: str
    value: str
    renderer: Renderer

    def __str__(self) -> str:
        return f"{self.variable}={self.value}"


def environment_override(env: Mapping[str, str]) -> EnvironmentOverride | None:
    """The first of OVERRIDE_VARIABLES set to a non-empty value, or None. Qt ignores an empty
    one, and so does this."""
    for variable in OVERRIDE_VARIABLES:
        value = env.get(variable, "").strip()
        if value:
            # QSG_RHI_BACKEND only ever names a GPU API; "software" there is not Qt's software
            # renderer (Qt warns and keeps its default).
            software = variable != "QSG_RHI_BACKEND" and value.lower() in _SOFTWARE_BACKENDS
            return EnvironmentOverride(variable, value, "software" if software else "gpu")
    return None


@dataclass(frozen=True)
class Decision:
    """The renderer to use and why, in words staff can read in the log."""

    setting: str
    renderer: Renderer
    reason: str
    override: EnvironmentOverride | None = None


def decide(setting: str, adapter: Adapter | None, env: Mapping[str, str]) -> Decision:
    """Pure: the renderer for a `[display] renderer` setting, the detected adapter (None: not
    detected) and the environment. An override in `env` wins; then "gpu" and "software" are
    obeyed; "auto" (and anything else) picks software only for a known software rasteriser, and
    keeps Qt's default (the GPU) when the adapter is a GPU or unknown."""
    override = environment_override(env)
    if override is not None:
        return Decision(
            setting,
            override.renderer,
            f"{override} in the environment overrides the setting renderer = {setting}",
            override,
        )
    if setting == "software":
        return Decision(setting, "software", "settings: renderer = software")
    if setting == "gpu":
        reason = "settings: renderer = gpu (Qt's default)"
        if adapter is not None and adapter.software:
            # Obeyed (staff may have measured), but the log should show why the CPU is busy.
            what = "" if "software rasteriser" in adapter.name else " is a software rasteriser"
            reason += f", although {adapter.name}{what}"
        return Decision(setting, "gpu", reason)
    prefix = "auto" if setting == "auto" else f"unknown setting {setting!r}, taken as auto"
    if adapter is not None and adapter.unusable:
        # A black screen under a supervisor that restarts it forever is the worst outcome; the
        # software renderer needs no graphics driver at all.
        return Decision(setting, "software", f"{prefix}: {adapter.detail}")
    if adapter is None or adapter.software is None:
        why = adapter.detail if adapter is not None else "not detected"
        return Decision(setting, "gpu", f"{prefix}: adapter unknown ({why}); Qt's default kept")
    if adapter.software:
        what = "" if "software rasteriser" in adapter.name else " is a software rasteriser"
        return Decision(setting, "software", f"{prefix}: {adapter.name}{what}")
    return Decision(setting, "gpu", f"{prefix}: {adapter.name} is a GPU")


def _needs_adapter(setting: str, env: Mapping[str, str]) -> bool:
    """Whether detection can change or explain the decision. Not for an environment override
    (Qt follows it anyway, and a benchmark should measure nothing else) nor for "software"
    (the software renderer never touches the GPU; probing would load the GL driver for nothing,
    and on Linux it stays loaded: measured under Xvfb and Cage with llvmpipe, some 11 MB of
    private memory, some 45 MB of mapped libraries and a few idle threads)."""
    return environment_override(env) is None and setting != "software"


def apply(decision: Decision) -> bool:
    """Make Qt Quick use the decided renderer; returns False if it was too late to.

    Software: QQuickWindow.setGraphicsApi(Software), which must come before the first
    QQuickWindow of the process is created (Qt ignores it afterwards, even once that window is
    gone). GPU: nothing, Qt's default is the GPU. An environment override: nothing, Qt reads the
    variable itself (and setGraphicsApi would beat it, which it must not).
    """
    if decision.override is not None or decision.renderer == "gpu":
        return True
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

    too_late = any(isinstance(w, QQuickWindow) for w in QGuiApplication.topLevelWindows())
    if not too_late:
        with _qt_messages_kept("choosing the software renderer") as messages:
            QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
        # Qt also ignores the call once any scene graph has started in this process, even if
        # its windows are gone ("Scenegraph already initialized, setBackend() request ignored").
        too_late = any("ignored" in message for message in messages)
    if too_late:
        log.warning("the software renderer was chosen after Qt Quick had started: not applied")
    return not too_late


@dataclass(frozen=True)
class RendererChoice:
    """What was chosen and why: for the log, the self-test, benchmarks and diagnostics."""

    decision: Decision
    adapter: Adapter | None  # None: not detected (see _needs_adapter)
    applied: bool  # False only if software was chosen after Qt Quick had started

    @property
    def renderer(self) -> Renderer:
        return self.decision.renderer

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready, e.g. {"setting": "auto", "adapter": "llvmpipe (LLVM 15.0.6, 256 bits)",
        "software_adapter": true, "renderer": "software", ...}."""
        adapter = self.adapter
        return {
            "setting": self.decision.setting,
            "adapter": (adapter.name or None) if adapter else None,
            "software_adapter": adapter.software if adapter else None,
            "renderer": self.decision.renderer,
            "reason": self.decision.reason,
            "override": str(self.decision.override) if self.decision.override else None,
            "api": adapter.api if adapter else None,
            "detection": adapter.detail if adapter else "not needed",
            "detection_ms": round(adapter.milliseconds, 1) if adapter else 0.0,
            "applied": self.applied,
        }

    def summary(self) -> str:
        """One log line: `renderer software (auto: llvmpipe (…) is a software rasteriser; …)`."""
        text = f"renderer {self.renderer} ({self.decision.reason}"
        if self.adapter is not None:
            text += f"; detection {self.adapter.milliseconds:.0f} ms: {self.adapter.detail}"
        if not self.applied:
            text += "; NOT applied: Qt Quick had already started"
        return text + ")"


def choose_renderer(
    setting: str,
    env: Mapping[str, str] | None = None,
    detect: Callable[[Mapping[str, str]], Adapter] | None = None,
) -> RendererChoice:
    """Detect (when it matters), decide and apply; never raises. Call once, after the
    QGuiApplication exists and before the first QQuickWindow. `env` defaults to os.environ and
    `detect` to detect_adapter (tests pass their own)."""
    env = os.environ if env is None else env
    adapter = (detect or detect_adapter)(env) if _needs_adapter(setting, env) else None
    decision = decide(setting, adapter, env)
    try:
        applied = apply(decision)
    except Exception:  # the exhibit must start whatever happens here
        log.warning("could not apply renderer %s", decision.renderer, exc_info=True)
        applied = False
    return RendererChoice(decision, adapter, applied)


# --- Detection ----------------------------------------------------------------------------------


def detect_adapter(env: Mapping[str, str] | None = None) -> Adapter:
    """The adapter Qt Quick's default renderer would use on this platform; never raises.
    `env` (default os.environ) is read for Qt's adapter variables (QT_D3D_ADAPTER_INDEX).

    Linux (xcb, wayland, eglfs): creates and destroys an OpenGL QRhi exactly as Qt Quick does
    (same platform plugin, default surface format) and reads GL_RENDERER; needs the
    QGuiApplication. 30-55 ms with llvmpipe, nearly all of it loading the GL driver, which Qt
    Quick's GPU renderer then finds loaded. Windows: asks DXGI, via ctypes, for the adapter Qt's
    Direct3D 11 backend takes (the first, or QT_D3D_ADAPTER_INDEX); no device is created.
    Any failure gives an unknown adapter whose `detail` says why, and is logged.
    """
    started = time.perf_counter()
    try:
        if sys.platform == "win32":
            adapter = _dxgi_adapter(os.environ if env is None else env)
        elif sys.platform == "darwin":
            adapter = unknown_adapter("not checked on macOS (Qt Quick uses Metal there)")
        else:
            adapter = _no_gpu_device() or _opengl_adapter()
    except Exception as exc:  # a driver or binding surprise must not stop the exhibit
        log.warning("graphics adapter detection failed", exc_info=True)
        api = {"win32": "d3d11", "darwin": ""}.get(sys.platform, "opengl")
        adapter = unknown_adapter(f"detection failed: {type(exc).__name__}: {exc}", api)
    elapsed = (time.perf_counter() - started) * 1000
    if not adapter.known:
        log.warning("graphics adapter unknown: %s", adapter.detail)
    return dataclasses.replace(adapter, milliseconds=elapsed)


@contextmanager
def _qt_messages_kept(doing: str) -> Iterator[list[str]]:
    """Collect Qt's messages instead of passing them on: a failed probe makes Qt warn ("Failed
    to create context"), and that warning is the detection's answer, not an exhibit problem (nor
    a test failure under pytest-qt). They are logged here and returned for the adapter's detail.
    The previous handler (the runner's, pytest-qt's or Qt's own) is restored."""
    from PySide6.QtCore import qInstallMessageHandler

    kept: list[str] = []

    def keep(_kind: object, _context: object, message: str) -> None:
        kept.append(message)

    previous = qInstallMessageHandler(keep)
    try:
        yield kept
    finally:
        qInstallMessageHandler(previous)
        for message in kept:
            log.info("Qt, while %s: %s", doing, message)


def _no_gpu_device(dri: Path = Path("/dev/dri")) -> Adapter | None:
    """On a display with no GPU device at all (no /dev/dri/card* or renderD*: a PC without a
    graphics driver, a virtual machine, Xvfb) only a CPU rasteriser can draw OpenGL, so there is
    no need to load one to find out: loading Mesa's llvmpipe to ask keeps some 50 MB of it in
    the exhibit for good (measured under Xvfb). None: a device exists, or the platform has no
    display (offscreen), so ask OpenGL itself."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    platform = app.platformName() if isinstance(app, QGuiApplication) else ""
    if platform in ("", "offscreen", "minimal"):
        return None
    devices = [*dri.glob("card*"), *dri.glob("renderD*")] if dri.is_dir() else []
    if devices:
        return None
    return Adapter(
        "opengl",
        "no GPU device, only a software rasteriser",
        True,
        f"OpenGL on {platform}: {dri} has no GPU device, so only a software rasteriser could draw",
    )


def _opengl_adapter() -> Adapter:
    from PySide6.QtGui import QGuiApplication, QOpenGLContext, QRhi, QRhiGles2InitParams
    from shiboken6 import Shiboken

    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return unknown_adapter("no QGuiApplication yet: detect after creating it", "opengl")
    platform = app.platformName()
    with _qt_messages_kept("detecting the graphics adapter") as messages:
        params = QRhiGles2InitParams()
        surface = QRhiGles2InitParams.newFallbackSurface()
        params.fallbackSurface = surface
        rhi = QRhi.create(QRhi.Implementation.OpenGLES2, params)
        try:
            if rhi is None:
                said = f": {'; '.join(messages)}" if messages else ""
                return unknown_adapter(
                    f"no OpenGL on the {platform} platform{said}; Qt Quick's OpenGL renderer "
                    "would fail here too",
                    "opengl",
                    unusable=True,
                )
            info = rhi.driverInfo()
            # Qt's name is "vendor renderer version"; GL_RENDERER alone is what people quote.
            full = bytes(info.deviceName).decode("utf-8", "replace").strip()
            name = full
            if rhi.makeThreadLocalNativeContextCurrent():
                context = QOpenGLContext.currentContext()
                if context is not None:
                    name = context.functions().glGetString(0x1F01) or full  # GL_RENDERER
                    context.doneCurrent()
            cpu = info.deviceType == info.DeviceType.CpuDevice  # never set for GL, but cheap
        finally:
            # QRhi.create and newFallbackSurface hand over C++ objects Python does not own.
            if rhi is not None:
                Shiboken.delete(rhi)
            if surface is not None:
                surface.destroy()
                Shiboken.delete(surface)
    software = cpu or is_software_adapter_name(name)
    return Adapter("opengl", name, software, f"OpenGL on {platform}: {full}")


def _dxgi_adapter(env: Mapping[str, str]) -> Adapter:
    """The DXGI adapter Qt's D3D11 backend picks (qrhid3d11.cpp): QT_D3D_ADAPTER_INDEX if set,
    else the first software one if QSG_RHI_PREFER_SOFTWARE_RENDERER, else the first. Windows
    lists the Basic Render Driver last when a GPU driver is installed, first when none is."""
    adapters = _dxgi_adapters()
    if not adapters:
        return unknown_adapter("DXGI lists no adapter", "d3d11", unusable=True)
    index = 0
    if env.get("QT_D3D_ADAPTER_INDEX", "").strip():
        index = _int(env["QT_D3D_ADAPTER_INDEX"])
    elif _int(env.get("QSG_RHI_PREFER_SOFTWARE_RENDERER", "")):
        index = next((i for i, a in enumerate(adapters) if a[4] & _DXGI_ADAPTER_FLAG_SOFTWARE), 0)
    if not 0 <= index < len(adapters):
        return unknown_adapter(f"QT_D3D_ADAPTER_INDEX={index}: no such adapter", "d3d11")
    name, vendor, device, _revision, flags = adapters[index]
    software = (
        bool(flags & _DXGI_ADAPTER_FLAG_SOFTWARE)
        or (vendor, device) == _WARP_IDS
        or is_software_adapter_name(name)
    )
    detail = (
        f"DXGI adapter {index} of {len(adapters)}: {name} "
        f"(vendor 0x{vendor:04X}, device 0x{device:04X}, flags 0x{flags:X})"
    )
    return Adapter("d3d11", name, software, detail)


def _int(text: str) -> int:
    """Like Qt's qEnvironmentVariableIntValue: 0 when not a number."""
    try:
        return int(text.strip(), 0)
    except ValueError:
        return 0


def _dxgi_adapters() -> list[tuple[str, int, int, int, int]]:
    """(Description, VendorId, DeviceId, Revision, Flags) of each adapter, in DXGI's order:
    IDXGIFactory1::EnumAdapters1 then IDXGIAdapter1::GetDesc1, through ctypes (the Windows
    PySide6 wheel may wrap QRhiD3D11InitParams, but ctypes needs neither it nor Qt)."""
    import ctypes
    from ctypes import wintypes

    class Guid(ctypes.Structure):
        _fields_ = (
            ("data1", ctypes.c_uint32),
            ("data2", ctypes.c_uint16),
            ("data3", ctypes.c_uint16),
            ("data4", ctypes.c_ubyte * 8),
        )

    class Luid(ctypes.Structure):
        _fields_ = (("low", wintypes.DWORD), ("high", wintypes.LONG))

    class AdapterDesc1(ctypes.Structure):  # DXGI_ADAPTER_DESC1
        _fields_ = (
            ("description", ctypes.c_wchar * 128),
            ("vendor_id", wintypes.UINT),
            ("device_id", wintypes.UINT),
            ("sub_sys_id", wintypes.UINT),
            ("revision", wintypes.UINT),
            ("dedicated_video_memory", ctypes.c_size_t),
            ("dedicated_system_memory", ctypes.c_size_t),
            ("shared_system_memory", ctypes.c_size_t),
            ("adapter_luid", Luid),
            ("flags", wintypes.UINT),
        )

    hresult = ctypes.c_long
    winfunctype = ctypes.WINFUNCTYPE  # type: ignore[attr-defined]  # Windows only
    iid_factory1 = Guid(
        0x770AAE78,
        0xF26F,
        0x4DBA,
        (ctypes.c_ubyte * 8)(0xA8, 0x29, 0x25, 0x3C, 0x83, 0xD1, 0xB3, 0x87),
    )
    dxgi_error_not_found = ctypes.c_long(0x887A0002).value

    def method(obj: ctypes.c_void_p, index: int, *argtypes: Any) -> Callable[..., int]:
        """The COM method at `index` in obj's vtable, bound to obj."""
        vtable = ctypes.cast(obj, ctypes.POINTER(ctypes.POINTER(ctypes.c_void_p)))[0]
        function = winfunctype(hresult, ctypes.c_void_p, *argtypes)(vtable[index])
        return lambda *args: function(obj, *args)

    def release(obj: ctypes.c_void_p) -> None:
        vtable = ctypes.cast(obj, ctypes.POINTER(ctypes.POINTER(ctypes.c_void_p)))[0]
        winfunctype(wintypes.ULONG, ctypes.c_void_p)(vtable[2])(obj)  # IUnknown::Release

    create = ctypes.WinDLL("dxgi").CreateDXGIFactory1  # type: ignore[attr-defined]
    create.restype = hresult
    create.argtypes = (ctypes.POINTER(Guid), ctypes.POINTER(ctypes.c_void_p))
    factory = ctypes.c_void_p()
    code = create(ctypes.byref(iid_factory1), ctypes.byref(factory))
    if code < 0 or not factory.value:
        raise OSError(f"CreateDXGIFactory1 failed (HRESULT 0x{code & 0xFFFFFFFF:08X})")
    found: list[tuple[str, int, int, int, int]] = []
    try:
        # IDXGIFactory1 vtable: IUnknown 0-2, IDXGIObject 3-6, IDXGIFactory 7-11, EnumAdapters1 12.
        enum_adapters1 = method(factory, 12, wintypes.UINT, ctypes.POINTER(ctypes.c_void_p))
        for index in range(16):  # a bound, in case a driver never says "not found"
            adapter = ctypes.c_void_p()
            code = enum_adapters1(index, ctypes.byref(adapter))
            if code == dxgi_error_not_found or code < 0 or not adapter.value:
                break
            try:
                # IDXGIAdapter1: IUnknown 0-2, IDXGIObject 3-6, IDXGIAdapter 7-9, GetDesc1 10.
                desc = AdapterDesc1()
                if method(adapter, 10, ctypes.POINTER(AdapterDesc1))(ctypes.byref(desc)) >= 0:
                    found.append(
                        (
                            desc.description,
                            desc.vendor_id,
                            desc.device_id,
                            desc.revision,
                            desc.flags,
                        )
                    )
            finally:
                release(adapter)
    finally:
        release(factory)
    return found
