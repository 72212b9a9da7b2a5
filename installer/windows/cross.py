"""Build dist/crmdesk-<version>-setup.exe on Linux: ``python installer/build.py --target windows``.

1. fetches the Windows tools (toolchain.py): embeddable CPython 3.11 with the app's
   dependencies and PyInstaller as win_amd64 wheels, Inno Setup's ISCC from npm, and the
   test-only stand-ins Wine 8 needs to run the frozen app (wine.py);
2. runs installer/build.py itself under Wine with that Python: PyInstaller freezes
   dist/crmdesk/ (crmdesk.exe windowed, crmdesk-cli.exe console) and smoke-tests it;
3. compiles installer/windows/crmdesk.iss with ISCC under Wine.

Needs Debian's Wine 8 (``wine wine64 wine32:i386``), gcc-mingw-w64-x86-64 and npm; prints
how long each step took. installer/windows/smoke.py then tests the setup.exe it made.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))

import inno  # noqa: E402
import toolchain  # noqa: E402
from wine import Wine, build_icuuc_stub, make_prefix  # noqa: E402

DIST = ROOT / "dist"
PREFIX = toolchain.CACHE / "prefix-build"
FREEZE_TIMEOUT = 2400  # seconds: PyInstaller under Wine on a busy 2-core machine
# A TrueType CJK font for the prefix's C:\windows\Fonts (Wine has no YaHei/SimSun).
CJK_FONTS = (
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
)


def cjk_fonts() -> list[Path]:
    return [font for font in CJK_FONTS if font.exists()][:1]


def standins(python: Path) -> list[Path]:
    """The DLLs a test prefix gets: Microsoft's ucrtbase and the icuuc stub."""
    qtcore = python.parent / "Lib" / "site-packages" / "PySide6" / "Qt6Core.dll"
    stub = build_icuuc_stub(toolchain.CACHE / "standins" / "icuuc.dll", qtcore)
    return [toolchain.ucrtbase(), stub]


def build(version: str) -> tuple[Path, dict[str, float]]:
    """Freeze under Wine and compile the setup; returns it and the seconds per step."""
    timings: dict[str, float] = {}
    started = time.monotonic()
    python = toolchain.windows_python()
    iscc = toolchain.iscc()
    dlls = standins(python)
    timings["download"] = time.monotonic() - started

    wine = Wine(PREFIX)
    marker = PREFIX / ".crmdesk-ready"
    if not marker.exists():
        timings["prefix"] = make_prefix(wine, dlls, cjk_fonts())
        marker.write_text("ok\n")

    started = time.monotonic()
    shutil.rmtree(DIST / "crmdesk", ignore_errors=True)
    result = wine.run(
        [
            toolchain.windows_path(python),
            toolchain.windows_path(ROOT / "installer" / "build.py"),
            "--skip-package",
            "--skip-startup",
        ],
        timeout=FREEZE_TIMEOUT,
        cwd=ROOT,
    )
    print(result.stdout[-3000:], flush=True)
    timings["freeze"] = time.monotonic() - started
    if not (DIST / "crmdesk" / "crmdesk.exe").exists():
        raise SystemExit(f"the freeze under Wine made no {DIST / 'crmdesk' / 'crmdesk.exe'}")

    started = time.monotonic()
    setup = DIST / inno.setup_name(version)
    setup.unlink(missing_ok=True)
    isl = HERE / inno.ISL_NAME
    wine.run(
        [
            toolchain.windows_path(iscc),
            *inno.iscc_arguments(
                version,
                toolchain.windows_path(DIST / "crmdesk"),
                toolchain.windows_path(DIST),
                toolchain.windows_path(isl),
                toolchain.windows_path(inno.SCRIPT),
            ),
        ],
        timeout=1200,
        cwd=ROOT,
    )
    timings["iscc"] = time.monotonic() - started
    wine.wait()
    if not setup.exists():
        raise SystemExit(f"ISCC made no {setup}")
    return setup, timings
