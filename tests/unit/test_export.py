# SPDX-License-Identifier: MIT
"""Exporting logs and statistics for staff: finding a USB drive (mounted, or plugged in and not
yet mounted) and the dated folder written to it."""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.export import export, mounted_removable, unmounted_removable
from kiosk.visitor_stats import VisitorStats

MOUNTS = """\
/dev/sda2 / ext4 rw,relatime 0 0
/dev/sdb1 /media/cuban-crisis-kiosk/MY\\040STICK vfat rw,nosuid,nodev 0 0
/dev/sdc1 /run/media/staff/CARD exfat ro,nosuid 0 0
tmpfs /run/user/1000 tmpfs rw 0 0
/dev/sdd1 /mnt/usb vfat rw 0 0
"""


def test_writable_mounts_under_the_media_folders_are_drives():
    assert mounted_removable(MOUNTS) == [
        Path("/media/cuban-crisis-kiosk/MY STICK"),  # its space unescaped
        Path("/mnt/usb"),
    ]  # the read-only card and the system disk are not


def test_a_plugged_in_stick_that_nothing_mounted_is_found_by_its_partition():
    listing = {
        "blockdevices": [
            {"name": "/dev/sda", "rm": False, "hotplug": False, "fstype": None,
             "children": [{"name": "/dev/sda1", "rm": False, "hotplug": False,
                           "fstype": "ext4", "mountpoint": "/"}]},
            {"name": "/dev/sdb", "rm": True, "hotplug": True, "fstype": None,
             "children": [{"name": "/dev/sdb1", "rm": False, "hotplug": False,
                           "fstype": "vfat", "mountpoint": None}]},
            {"name": "/dev/sdc", "rm": "1", "hotplug": "1", "fstype": "exfat",
             "mountpoint": "/media/x"},
        ]
    }  # fmt: skip
    assert unmounted_removable(json.dumps(listing)) == ["/dev/sdb1"]


def test_the_export_holds_logs_statistics_a_summary_and_diagnostics(tmp_path):
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "kiosk.log").write_text("event=start\n", encoding="utf-8")
    (logs / "kiosk.log.1").write_text("older\n", encoding="utf-8")
    stats = VisitorStats(tmp_path / "stats.sqlite3", keep_days=400)
    stats.event("screen", "remove-missiles", "es")
    stats.end_session("idle")
    done = export(
        tmp_path / "stick", logs, stats, {"version": "0.1.0"}, datetime(2026, 12, 7, 15, 30)
    )
    stats.close()
    assert done.folder == tmp_path / "stick" / "cuban-crisis-kiosk-2026-12-07-153000"
    assert sorted(p.name for p in done.folder.iterdir()) == sorted(done.files) == [
        "diagnostics.txt", "kiosk.log", "kiosk.log.1", "visitor-events.csv",
        "visitor-summary.txt",
    ]  # fmt: skip
    with open(done.folder / "visitor-events.csv", encoding="utf-8") as f:
        assert [row["name"] for row in csv.DictReader(f)] == ["remove-missiles"]
    summary = (done.folder / "visitor-summary.txt").read_text(encoding="utf-8")
    assert "Today" in summary and "visitor sessions: 1" in summary
    assert (done.folder / "diagnostics.txt").read_text(encoding="utf-8") == "version: 0.1.0\n"


def test_a_drive_that_cannot_be_written_raises_for_staff_to_be_told(tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("", encoding="utf-8")
    with pytest.raises(OSError):
        export(blocked, tmp_path, None, {})
