"""Real filesystems for data-safety tests: a small tmpfs (full disk), a read-only bind mount.

Mounting needs root on Linux; the fixtures skip otherwise.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _mount(*args: str) -> bool:
    result = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    return result.returncode == 0


def _need_root() -> None:
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("needs root on Linux to mount a filesystem")


@contextmanager
def small_tmpfs(folder: Path, size: str) -> Iterator[Path]:
    """``folder`` as a tmpfs of ``size`` (e.g. "2m"), unmounted afterwards."""
    _need_root()
    folder.mkdir(parents=True, exist_ok=True)
    if not _mount("-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)):
        pytest.skip("mount -t tmpfs is not allowed here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@contextmanager
def read_only_view(source: Path, folder: Path) -> Iterator[Path]:
    """``source`` seen read-only at ``folder`` (a bind mount remounted ro)."""
    _need_root()
    folder.mkdir(parents=True, exist_ok=True)
    if not _mount("--bind", str(source), str(folder)):
        pytest.skip("bind mounts are not allowed here")
    try:
        if not _mount("-o", "remount,ro,bind", str(folder)):
            pytest.skip("read-only remounts are not allowed here")
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
