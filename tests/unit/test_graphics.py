# SPDX-License-Identifier: MIT
"""Choosing the Qt Quick renderer: the decision for every setting and adapter, the environment
override, the adapter Qt's Direct3D 11 backend would pick, and one real detection (offscreen)."""

from __future__ import annotations

import json

import pytest

from kiosk import graphics
from kiosk.graphics import Adapter, choose_renderer, decide, environment_override

LLVMPIPE = Adapter(
    "opengl", "llvmpipe (LLVM 15.0.6, 256 bits)", True, "OpenGL on xcb: Mesa/X.org llvmpipe"
)
INTEL = Adapter("opengl", "Mesa Intel(R) UHD Graphics 620 (KBL GT2)", False, "OpenGL on wayland")
UNKNOWN = graphics.unknown_adapter("detection failed: RuntimeError: odd driver", "opengl")
NO_GL = graphics.unknown_adapter("no OpenGL on the offscreen platform", "opengl", unusable=True)
NO_ENV: dict[str, str] = {}


@pytest.fixture(autouse=True)
def graphics_api_calls(monkeypatch) -> list[object]:
    """QQuickWindow.setGraphicsApi, recorded: the real call is process-wide and would bind (or,
    once a scene graph has started, be refused for) every later test's windows."""
    from PySide6.QtQuick import QQuickWindow

    calls: list[object] = []
    monkeypatch.setattr(QQuickWindow, "setGraphicsApi", staticmethod(calls.append))
    return calls


# --- The decision: every setting × adapter --------------------------------------------------

CASES = [
    # setting, adapter, renderer, words the reason must contain
    ("auto", LLVMPIPE, "software", "llvmpipe (LLVM 15.0.6, 256 bits) is a software rasteriser"),
    ("auto", INTEL, "gpu", "is a GPU"),
    ("auto", UNKNOWN, "gpu", "adapter unknown (detection failed: RuntimeError: odd driver)"),
    # No GPU API starts at all: the GPU renderer would show a black screen.
    ("auto", NO_GL, "software", "no OpenGL on the offscreen platform"),
    ("gpu", NO_GL, "gpu", "renderer = gpu"),
    ("auto", None, "gpu", "adapter unknown (not detected)"),
    ("gpu", LLVMPIPE, "gpu", "although llvmpipe (LLVM 15.0.6, 256 bits) is a software"),
    ("gpu", INTEL, "gpu", "renderer = gpu"),
    ("gpu", UNKNOWN, "gpu", "renderer = gpu"),
    ("gpu", None, "gpu", "renderer = gpu"),
    ("software", LLVMPIPE, "software", "renderer = software"),
    ("software", INTEL, "software", "renderer = software"),
    ("software", UNKNOWN, "software", "renderer = software"),
    ("software", None, "software", "renderer = software"),
]


@pytest.mark.parametrize(("setting", "adapter", "renderer", "words"), CASES)
def test_decision_for_each_setting_and_adapter(setting, adapter, renderer, words):
    decision = decide(setting, adapter, NO_ENV)
    assert decision.renderer == renderer
    assert words in decision.reason
    assert decision.override is None
    assert decision.setting == setting


def test_gpu_on_a_gpu_says_nothing_about_software():
    assert "software" not in decide("gpu", INTEL, NO_ENV).reason


def test_an_unexpected_setting_is_taken_as_auto():
    # config.py never lets one through; the decision is still defined.
    decision = decide("fast", LLVMPIPE, NO_ENV)
    assert decision.renderer == "software"
    assert "taken as auto" in decision.reason


# --- The environment wins -------------------------------------------------------------------


@pytest.mark.parametrize("setting", ["auto", "gpu", "software"])
@pytest.mark.parametrize("adapter", [LLVMPIPE, INTEL, UNKNOWN, None])
@pytest.mark.parametrize(
    ("env", "renderer"),
    [
        ({"QT_QUICK_BACKEND": "software"}, "software"),
        ({"QMLSCENE_DEVICE": "softwarecontext"}, "software"),
        ({"QT_QUICK_BACKEND": "rhi"}, "gpu"),
        ({"QSG_RHI_BACKEND": "opengl"}, "gpu"),
        ({"QSG_RHI_BACKEND": "software"}, "gpu"),  # not a Qt Quick software request
    ],
)
def test_an_environment_variable_overrides_every_setting(setting, adapter, env, renderer):
    decision = decide(setting, adapter, env)
    assert decision.renderer == renderer
    (variable, value), *_ = env.items()
    assert decision.override is not None
    assert str(decision.override) == f"{variable}={value}"
    assert decision.reason.startswith(f"{variable}={value} in the environment overrides")
    assert f"renderer = {setting}" in decision.reason


def test_empty_variables_are_not_an_override():
    assert environment_override({"QT_QUICK_BACKEND": "", "QSG_RHI_BACKEND": "  "}) is None
    assert decide("auto", LLVMPIPE, {"QT_QUICK_BACKEND": ""}).renderer == "software"


def test_qt_quick_backend_is_read_before_qsg_rhi_backend():
    both = {"QSG_RHI_BACKEND": "opengl", "QT_QUICK_BACKEND": "software"}
    override = environment_override(both)
    assert override is not None
    assert (override.variable, override.renderer) == ("QT_QUICK_BACKEND", "software")


# --- choose_renderer: when it detects, what it returns ----------------------------------------


def never_detect(env) -> Adapter:
    raise AssertionError("detection should not run here")


@pytest.mark.parametrize(
    ("setting", "env"),
    [
        ("software", {}),
        ("auto", {"QT_QUICK_BACKEND": "software"}),
        ("gpu", {"QSG_RHI_BACKEND": "gl"}),
    ],
)
def test_no_detection_when_it_cannot_change_the_choice(setting, env):
    choice = choose_renderer(setting, env=env, detect=never_detect)
    assert choice.adapter is None
    assert choice.as_dict()["detection"] == "not needed"


def test_the_record_for_auto_on_llvmpipe(monkeypatch):
    calls: list[object] = []
    monkeypatch.setattr(graphics, "apply", lambda decision: calls.append(decision) or True)
    choice = choose_renderer("auto", env={}, detect=lambda env: LLVMPIPE)
    record = choice.as_dict()
    assert {k: record[k] for k in ("setting", "adapter", "software_adapter", "renderer")} == {
        "setting": "auto",
        "adapter": "llvmpipe (LLVM 15.0.6, 256 bits)",
        "software_adapter": True,
        "renderer": "software",
    }
    assert record["override"] is None and record["applied"] is True
    assert json.loads(json.dumps(record)) == record  # the self-test prints it as JSON
    assert calls == [choice.decision]
    assert choice.summary().startswith("renderer software (auto: llvmpipe (LLVM 15.0.6")


def test_the_record_names_an_environment_override():
    record = choose_renderer("gpu", env={"QT_QUICK_BACKEND": "software"}).as_dict()
    assert record["renderer"] == "software"
    assert record["override"] == "QT_QUICK_BACKEND=software"
    assert record["applied"] is True  # Qt follows the variable itself


def test_a_failure_to_apply_is_reported_not_raised(monkeypatch):
    def broken(decision):
        raise RuntimeError("no Qt Quick")

    monkeypatch.setattr(graphics, "apply", broken)
    choice = choose_renderer("software", env={})
    assert choice.renderer == "software"
    assert choice.applied is False
    assert "NOT applied" in choice.summary()


# --- Applying it to Qt ------------------------------------------------------------------------


def test_apply_sets_the_software_graphics_api_only_when_software_is_chosen(
    graphics_api_calls, qapp
):
    from PySide6.QtQuick import QSGRendererInterface

    called = graphics_api_calls
    assert graphics.apply(decide("software", None, NO_ENV))
    assert called == [QSGRendererInterface.GraphicsApi.Software]
    called.clear()
    assert graphics.apply(decide("gpu", None, NO_ENV))
    assert graphics.apply(decide("auto", LLVMPIPE, {"QT_QUICK_BACKEND": "software"}))
    assert called == []  # Qt's default, and the environment, need no call


def test_apply_after_a_window_exists_is_refused(graphics_api_calls, qapp):
    from PySide6.QtQuick import QQuickWindow

    window = QQuickWindow()
    try:
        assert not graphics.apply(decide("software", None, NO_ENV))
    finally:
        window.destroy()
        window.deleteLater()
    assert graphics_api_calls == []


def test_apply_refused_by_qt_is_reported(monkeypatch, qapp, caplog):
    # Once a scene graph has started in the process, Qt ignores the request with a warning.
    from PySide6.QtCore import qWarning
    from PySide6.QtQuick import QQuickWindow

    def refuse(api):
        qWarning("Scenegraph already initialized, setBackend() request ignored")

    monkeypatch.setattr(QQuickWindow, "setGraphicsApi", staticmethod(refuse))
    assert not graphics.apply(decide("software", None, NO_ENV))
    assert "not applied" in caplog.text
    choice = choose_renderer("software", env={})
    assert not choice.applied and "NOT applied" in choice.summary()


# --- Names of software rasterisers ------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "llvmpipe (LLVM 15.0.6, 256 bits)",
        "softpipe",
        "Software Rasterizer",
        "SWR (LLVM 11.0.1, 256 bits)",
        "zink (llvmpipe (LLVM 15.0.6, 256 bits))",
        "D3D12 (Microsoft Basic Render Driver)",
        "Microsoft Basic Render Driver",
        "GDI Generic",
        "Google SwiftShader",
    ],
)
def test_software_rasteriser_names(name):
    assert graphics.is_software_adapter_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "Mesa Intel(R) UHD Graphics 620 (KBL GT2)",
        "AMD Radeon RX 6600 (radeonsi, navi23, LLVM 15.0.6, DRM 3.49, 6.1.0-18-amd64)",
        "NVIDIA GeForce GTX 1050/PCIe/SSE2",
        "Intel(R) UHD Graphics 630",
        "virgl",
        "",
    ],
)
def test_gpu_names(name):
    assert not graphics.is_software_adapter_name(name)


# --- Windows: the DXGI adapter Qt's D3D11 backend takes ---------------------------------------

GEFORCE = ("NVIDIA GeForce GTX 1650", 0x10DE, 0x1F82, 0xA1, 0)
WARP = ("Microsoft Basic Render Driver", 0x1414, 0x8C, 0, 2)


@pytest.mark.parametrize(
    ("adapters", "env", "name", "software"),
    [
        ([GEFORCE, WARP], {}, "NVIDIA GeForce GTX 1650", False),  # a GPU driver installed
        ([WARP], {}, "Microsoft Basic Render Driver", True),  # no GPU driver
        ([GEFORCE, WARP], {"QT_D3D_ADAPTER_INDEX": "1"}, "Microsoft Basic Render Driver", True),
        ([GEFORCE, WARP], {"QSG_RHI_PREFER_SOFTWARE_RENDERER": "1"}, WARP[0], True),
        ([(*WARP[:4], 0)], {}, "Microsoft Basic Render Driver", True),  # ids, without the flag
    ],
)
def test_dxgi_adapter_as_qt_picks_it(monkeypatch, adapters, env, name, software):
    monkeypatch.setattr(graphics, "_dxgi_adapters", lambda: adapters)
    adapter = graphics._dxgi_adapter(env)
    assert (adapter.api, adapter.name, adapter.software) == ("d3d11", name, software)
    assert "vendor 0x" in adapter.detail


@pytest.mark.parametrize(
    ("adapters", "env", "words"),
    [
        ([], {}, "DXGI lists no adapter"),
        ([GEFORCE, WARP], {"QT_D3D_ADAPTER_INDEX": "5"}, "no such adapter"),
    ],
)
def test_dxgi_without_the_adapter_is_unknown(monkeypatch, adapters, env, words):
    monkeypatch.setattr(graphics, "_dxgi_adapters", lambda: adapters)
    adapter = graphics._dxgi_adapter(env)
    assert adapter.software is None
    assert words in adapter.detail
    # No adapter at all: Direct3D cannot start, so "auto" takes the software renderer.
    assert adapter.unusable == (adapters == [])


# --- Detection never raises -------------------------------------------------------------------


def test_a_failing_detection_is_unknown_and_logged(monkeypatch, caplog):
    def boom() -> Adapter:
        raise RuntimeError("driver exploded")

    monkeypatch.setattr(graphics.sys, "platform", "linux")
    monkeypatch.setattr(graphics, "_opengl_adapter", boom)
    adapter = graphics.detect_adapter()
    assert adapter.software is None
    assert adapter.detail == "detection failed: RuntimeError: driver exploded"
    assert adapter.api == "opengl"
    assert "graphics adapter detection failed" in caplog.text
    decision = decide("auto", adapter, NO_ENV)
    assert decision.renderer == "gpu" and "Qt's default kept" in decision.reason


def test_detection_on_windows_goes_through_dxgi_with_the_given_environment(monkeypatch):
    monkeypatch.setattr(graphics.sys, "platform", "win32")
    monkeypatch.setattr(graphics, "_dxgi_adapters", lambda: [GEFORCE, WARP])
    monkeypatch.setattr(graphics, "apply", lambda decision: True)  # no process-wide Qt call
    assert graphics.detect_adapter({}).software is False
    adapter = graphics.detect_adapter({"QT_D3D_ADAPTER_INDEX": "1"})
    assert (adapter.api, adapter.name, adapter.software) == ("d3d11", WARP[0], True)
    choice = choose_renderer("auto", env={"QT_D3D_ADAPTER_INDEX": "1"})
    assert choice.renderer == "software"
    assert choice.adapter is not None and choice.adapter.name == WARP[0]


def test_real_detection_offscreen_is_honest_and_quiet(qapp):
    """The real probe, on the platform the tests use (offscreen). Without a display it has no
    OpenGL, so the adapter is unknown; with one (a developer's desktop) it may find the real
    adapter. Either way it returns, is quick, and its Qt warnings go to the log, not to the
    message handler in place (pytest-qt's here, which would fail the test)."""
    from PySide6.QtCore import qInstallMessageHandler

    passed_on: list[str] = []

    def handler(_kind, _context, message):
        passed_on.append(message)

    pytest_qt_handler = qInstallMessageHandler(handler)
    try:
        adapter = graphics.detect_adapter()
        in_place = qInstallMessageHandler(pytest_qt_handler)
    finally:
        qInstallMessageHandler(pytest_qt_handler)
    assert in_place is handler  # restored after the probe
    assert passed_on == []
    assert adapter.api == "opengl"
    assert adapter.milliseconds < 2000
    if adapter.software is None:
        assert "offscreen" in adapter.detail
        assert adapter.unusable
        assert decide("auto", adapter, NO_ENV).renderer == "software"
    else:
        assert adapter.name


def test_no_gpu_device_means_software_without_loading_opengl(qapp, tmp_path, monkeypatch):
    """A display but no /dev/dri device: software, decided without creating a GL context."""
    from PySide6.QtGui import QGuiApplication

    monkeypatch.setattr(QGuiApplication, "platformName", staticmethod(lambda: "xcb"))
    empty = tmp_path / "dri"
    empty.mkdir()
    adapter = graphics._no_gpu_device(empty)
    assert adapter is not None and adapter.software is True
    assert "has no GPU device" in adapter.detail
    assert decide("auto", adapter, NO_ENV).renderer == "software"
    (empty / "renderD128").touch()
    assert graphics._no_gpu_device(empty) is None  # a device: ask OpenGL itself
    monkeypatch.setattr(QGuiApplication, "platformName", staticmethod(lambda: "offscreen"))
    assert graphics._no_gpu_device(tmp_path / "none") is None  # no display: ask OpenGL
