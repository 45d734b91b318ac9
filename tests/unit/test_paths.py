# SPDX-License-Identifier: MIT
"""Where the exhibit writes: on Windows, ProgramData once the installer made it writable (any
user the logon task starts the exhibit as, and `kiosk-cli stats` run by an administrator, see
the same statistics and logs); otherwise the user's own folders."""

from __future__ import annotations

import sys

import platformdirs

from kiosk import paths


def test_windows_writes_to_programdata_once_the_installer_made_its_folders(tmp_path, monkeypatch):
    machine = tmp_path / "ProgramData" / "ExhibitWorks" / "cuban-crisis-kiosk"
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(platformdirs, "site_data_dir", lambda *_: str(machine))
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *_: str(tmp_path / "user"))
    assert paths.data_dir() == tmp_path / "user"  # a bundle run without the installer
    (machine / "data").mkdir(parents=True)
    assert paths.data_dir() == machine / "data"
    assert paths.log_dir() == machine / "logs"
    assert paths.statistics_file().parent == machine / "data"


def test_linux_keeps_to_the_service_users_own_folders(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "var-lib" / ".local" / "share"))
    assert paths.data_dir() == tmp_path / "var-lib" / ".local" / "share" / "cuban-crisis-kiosk"
