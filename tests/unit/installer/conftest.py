"""Load the installer's plain-Python modules (installer/ is not a package) and run the spec."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.helpers import ROOT

ROOT = ROOT
INSTALLER = ROOT / "installer"


def load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


class SpecRun:
    """What the spec handed to PyInstaller's Analysis, EXE and COLLECT stand-ins."""

    def __init__(self) -> None:
        self.analysis: dict[str, Any] = {}
        self.executables: list[dict[str, Any]] = []
        self.collected_datas: list[tuple[str, str, str]] = []

    def shipped(self) -> set[str]:
        """Destination paths (posix) of every data file in the finished folder."""
        return {dest.replace("\\", "/") for dest, _src, _kind in self.collected_datas}


def run_spec(platform: str | None = None) -> SpecRun:
    """Execute installer/crmdesk.spec with stand-ins; no PyInstaller needed."""
    run = SpecRun()

    class Analysis:
        def __init__(self, scripts: list[str], **kwargs: Any) -> None:
            run.analysis = {"scripts": scripts, **kwargs}
            # PyInstaller turns (source, folder) pairs into (dest name, source, kind) entries
            self.datas = [
                (f"{folder}/{Path(src).name}", src, "DATA") for src, folder in kwargs["datas"]
            ]
            self.binaries: list[tuple[str, str, str]] = []
            self.pure: list[Any] = []
            self.scripts: list[Any] = []

    def pyz(*args: Any, **kwargs: Any) -> object:
        return object()

    def exe(*args: Any, **kwargs: Any) -> dict[str, Any]:
        run.executables.append(kwargs)
        return kwargs

    def collect(*args: Any, **kwargs: Any) -> None:
        run.collected_datas = list(args[-1])

    namespace = {
        "SPECPATH": str(INSTALLER),
        "Analysis": Analysis,
        "PYZ": pyz,
        "EXE": exe,
        "COLLECT": collect,
        "__name__": "__main__",
    }
    source = (INSTALLER / "crmdesk.spec").read_text(encoding="utf-8")
    real_platform, real_path = sys.platform, list(sys.path)
    try:
        if platform:
            sys.platform = platform
        exec(compile(source, str(INSTALLER / "crmdesk.spec"), "exec"), namespace)
    finally:
        sys.platform = real_platform
        sys.path[:] = real_path
    return run


@pytest.fixture(scope="session")
def bundle() -> ModuleType:
    return load(INSTALLER / "crmdesk_bundle.py", "crmdesk_bundle")


@pytest.fixture(scope="session")
def spec_run() -> SpecRun:
    return run_spec()
