# SPDX-License-Identifier: MIT
"""Staff take the exhibit's logs and visitor statistics away on a USB drive, from the staff
screen, without a keyboard: one dated folder holding the log files, every statistics event as
CSV, a summary, and the diagnostics. `[staff] export_to` names a folder instead (a network
share, a fixed disk) for machines without a free USB port.

Finding the drive: Linux lists what is mounted under /media, /run/media or /mnt; in the .deb's
Cage session nothing mounts a stick by itself, so a stick that is plugged in but not mounted is
mounted with udisks (its polkit rules let the active local session do it, no password). Windows
asks for removable drives.
"""

from __future__ import annotations

import ctypes
import json
import logging
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from kiosk.visitor_stats import VisitorStats

log = logging.getLogger(__name__)

MOUNT_ROOTS = ("/media/", "/run/media/", "/mnt/")
DRIVE_REMOVABLE = 2  # GetDriveTypeW


@dataclass(frozen=True)
class Exported:
    folder: Path
    files: list[str]


def mounted_removable(mounts: str) -> list[Path]:
    """Writable mount points under the removable-media roots, from /proc/self/mounts text."""
    found = []
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 4:
            continue
        point = fields[1].replace("\\040", " ").replace("\\011", "\t")
        if point.startswith(MOUNT_ROOTS) and "rw" in fields[3].split(","):
            found.append(Path(point))
    return found


def unmounted_removable(lsblk_json: str) -> list[str]:
    """Removable partitions with a file system that nothing mounted, from `lsblk -J` output."""
    devices = []

    def walk(nodes: list[dict], inherited: bool) -> None:  # a stick's partitions are its own
        for node in nodes:
            removable = inherited or any(node.get(k) in (True, "1") for k in ("rm", "hotplug"))
            if removable and node.get("fstype") and not node.get("mountpoint"):
                devices.append(node["name"])
            walk(node.get("children") or [], removable)

    walk(json.loads(lsblk_json).get("blockdevices") or [], False)
    return devices


def _mount_with_udisks() -> list[Path]:
    if not (shutil.which("udisksctl") and shutil.which("lsblk")):
        return []
    listed = subprocess.run(
        ["lsblk", "-J", "-p", "-o", "NAME,RM,HOTPLUG,TYPE,FSTYPE,MOUNTPOINT"],
        capture_output=True,
        text=True,
        timeout=10,
    )
    mounted = []
    for device in unmounted_removable(listed.stdout or "{}"):
        done = subprocess.run(
            ["udisksctl", "mount", "--no-user-interaction", "-b", device],
            capture_output=True,
            text=True,
            timeout=30,
        )
        # "Mounted /dev/sdb1 at /media/cuban-crisis-kiosk/STICK"
        if done.returncode == 0 and " at " in done.stdout:
            mounted.append(Path(done.stdout.split(" at ", 1)[1].strip().rstrip(".")))
        else:
            log.warning("udisksctl could not mount %s: %s", device, done.stderr.strip())
    return mounted


def _windows_drives() -> list[Path]:
    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    mask = kernel.GetLogicalDrives()
    letters = [chr(ord("A") + i) for i in range(26) if mask >> i & 1]
    return [Path(f"{c}:\\") for c in letters if kernel.GetDriveTypeW(f"{c}:\\") == DRIVE_REMOVABLE]


def removable_drives() -> list[Path]:
    """Where a plugged-in USB drive can be written, mounting one if needed (Linux)."""
    try:
        if sys.platform == "win32":
            return _windows_drives()
        found = mounted_removable(Path("/proc/self/mounts").read_text(encoding="utf-8"))
        return found or _mount_with_udisks()
    except (OSError, ValueError, subprocess.SubprocessError) as exc:
        log.warning("looking for a USB drive failed: %s", exc)
        return []


def _synced_copy(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    with open(target, "rb+") as f:  # on the stick before staff pull it out
        os.fsync(f.fileno())


def _synced_write(target: Path, text: str) -> None:
    with open(target, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())


def export(
    root: Path,
    log_dir: Path,
    stats: VisitorStats | None,
    diagnostics: dict[str, str],
    now: datetime | None = None,
) -> Exported:
    """Write a new dated folder under `root`; OSError if the drive is full or read-only."""
    now = now or datetime.now()
    folder = root / f"cuban-crisis-kiosk-{now:%Y-%m-%d-%H%M%S}"
    folder.mkdir(parents=True)
    files = []
    for source in sorted(log_dir.glob("*.log*")) if log_dir.is_dir() else []:
        _synced_copy(source, folder / source.name)
        files.append(source.name)
    if stats is not None:
        today = now.date()
        rows = stats.export_csv(folder / "visitor-events.csv", since=date(2000, 1, 1))
        with open(folder / "visitor-events.csv", "rb+") as f:
            os.fsync(f.fileno())
        files.append("visitor-events.csv")
        summary = [f"visitor statistics, exported {now:%Y-%m-%d %H:%M} ({rows} events)", ""]
        for title, since in (
            ("Today", today),
            ("Last 7 days", today - timedelta(days=6)),
            ("Last 30 days", today - timedelta(days=29)),
        ):
            summary += [title, *(f"  {line}" for line in stats.summary(since).lines()), ""]
        _synced_write(folder / "visitor-summary.txt", "\n".join(summary))
        files.append("visitor-summary.txt")
    about = "".join(f"{key}: {value}\n" for key, value in diagnostics.items())
    _synced_write(folder / "diagnostics.txt", about)
    files.append("diagnostics.txt")
    return Exported(folder, files)
