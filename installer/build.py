"""Build the CRMDesk installer for the machine this runs on.

    python installer/build.py [--skip-package] [--skip-startup] [--target windows]

``--target windows`` on Linux builds the Windows setup.exe under Wine instead
(installer/windows/cross.py: steps 1-4 run there with a Windows Python); on Windows it is
the normal build.

1. installs PyInstaller if it is missing (the ``installer`` extra of pyproject.toml);
2. freezes the app into dist/crmdesk/ (one folder, executable ``crmdesk`` / ``crmdesk.exe``)
   with installer/crmdesk.spec;
3. smoke-tests the frozen app: --version, a CLI command that creates and migrates a
   database, demo data, and the main window with --smoke, in English and Chinese;
4. packages it: on Linux dist/crmdesk_<version>_<arch>.deb, on Windows
   dist/crmdesk-<version>-setup.exe through Inno Setup's ISCC when it is installed;
5. prints the folder and package sizes and the frozen start-up time against the source.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NoReturn

INSTALLER = Path(__file__).resolve().parent
ROOT = INSTALLER.parent
DIST = ROOT / "dist"
WORK = ROOT / "build"
APP_DIR = DIST / "crmdesk"
ICONS = ROOT / "resources" / "icons"
WINDOWS = sys.platform == "win32"
LINUX = sys.platform.startswith("linux")
# Keep in step with the `installer` extra in pyproject.toml (tests/unit/installer checks).
PYINSTALLER_REQUIREMENT = "pyinstaller>=6.3"

sys.path.insert(0, str(INSTALLER))
import crmdesk_bundle as bundle  # noqa: E402


def step(message: str) -> None:
    print(f"\n==> {message}", flush=True)


def check_tools() -> None:
    """On Linux PyInstaller needs binutils and a shared libpython; the .deb needs dpkg-deb."""
    if not LINUX:
        return
    missing = [tool for tool in ("ldd", "objdump", "strip", "dpkg-deb") if not shutil.which(tool)]
    if missing:
        raise SystemExit(
            f"missing {', '.join(missing)}: on Debian/Ubuntu run "
            "sudo apt-get install binutils libpython3-dev (dpkg-deb comes with dpkg)"
        )


def ensure_pyinstaller() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        step(f"installing {PYINSTALLER_REQUIREMENT}")
        subprocess.run(
            [sys.executable, "-m", "pip", "install", PYINSTALLER_REQUIREMENT], check=True
        )


def check_resources() -> None:
    """Say what a release would be missing before spending minutes on the build."""
    if not list((ROOT / "resources" / "i18n").glob("*.qm")):
        print(
            "WARNING: resources/i18n has no compiled .qm translation: the app will be "
            "English only (run python resources/i18n/build.py first).",
            flush=True,
        )
    if not (ICONS / "crmdesk.ico").exists() or not (ICONS / "crmdesk-256.png").exists():
        step("regenerating the app icon sizes")
        subprocess.run([sys.executable, str(ICONS / "build_icons.py")], check=True)
    offenders = bundle.excluded_modules_used(ROOT)
    if offenders:
        raise SystemExit(
            f"crmdesk imports modules installer/crmdesk_bundle.py excludes: {offenders}"
        )


def freeze() -> None:
    step("freezing with PyInstaller (a few minutes)")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK / "pyinstaller"),
            str(INSTALLER / "crmdesk.spec"),
        ],
        check=True,
        cwd=ROOT,
    )


def check_analysis() -> None:
    """Fail if PyInstaller could not find one of our modules or a hidden import we asked for."""
    warnings = WORK / "pyinstaller" / "crmdesk" / "warn-crmdesk.txt"
    if not warnings.exists():
        return
    wanted = set(bundle.hidden_imports(ROOT))
    missing = [
        name
        for name in re.findall(r"^missing module named '?([\w.]+)'?", warnings.read_text(), re.M)
        if name.startswith("crmdesk") or name in wanted
    ]
    if missing:
        raise SystemExit(
            f"PyInstaller could not find: {', '.join(sorted(missing))} (see {warnings})"
        )


def strip_python_debug_info() -> None:
    """Drop the debug symbols of libpython and its extension modules (about 30 MB).

    Only Python's own libraries: the wheels' libraries are already stripped, and stripping
    auditwheel-patched ones again (NumPy's OpenBLAS) makes them unloadable.
    """
    strip = shutil.which("strip")
    if not LINUX or strip is None:
        return
    internal = APP_DIR / "_internal"
    targets = [*internal.glob("libpython*.so*"), *internal.glob("python3*/lib-dynload/*.so")]
    targets = [t for t in targets if t.is_file() and not t.is_symlink()]
    before = sum(t.stat().st_size for t in targets)
    subprocess.run([strip, "--strip-debug", *map(str, targets)], check=True)
    after = sum(t.stat().st_size for t in targets)
    print(f"stripped debug symbols from Python's libraries: {mib(before - after)} saved")


def executable(cli: bool = False) -> Path:
    if WINDOWS:
        return APP_DIR / ("crmdesk-cli.exe" if cli else "crmdesk.exe")
    return APP_DIR / "crmdesk"


def _run_frozen(args: list[str], env: dict[str, str]) -> str:
    command = [str(executable(cli=True)), *args]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=180)
    if result.returncode != 0:
        _fail(f"{' '.join(command)} exited {result.returncode}\n{result.stdout}\n{result.stderr}")
    return result.stdout


def _fail(message: str) -> NoReturn:
    raise SystemExit(f"smoke test failed: {message}")


def _smoke_documents(data: str, env: dict[str, str], commands: set[str]) -> list[str]:
    """Documents made by the frozen app: reportlab, the CJK font, iCalendar, in the bundle."""
    done = []
    plan = ROOT / "tests" / "data" / "plans" / "contract_example.json"
    if "plan" in commands and plan.exists():
        pdf = Path(data) / "plan.pdf"
        args = ["plan", "report", str(plan), "-o", str(pdf), "--lang", "zh_CN"]
        _run_frozen(["--data-dir", data, *args], env)
        if not pdf.read_bytes().startswith(b"%PDF"):
            _fail(f"{pdf} is not a PDF")
        if shutil.which("pdftotext"):
            text = subprocess.run(
                ["pdftotext", str(pdf), "-"], capture_output=True, text=True
            ).stdout
            if not re.search("[\u4e00-\u9fff]", text):
                _fail("the Chinese PDF report has no Chinese text (CJK font missing?)")
        done.append("Chinese PDF report")
    if "export" in commands:
        ics = Path(data) / "followups.ics"
        _run_frozen(["--data-dir", data, "export", "followups", "--all", str(ics)], env)
        if b"BEGIN:VCALENDAR" not in ics.read_bytes():
            _fail(f"{ics} is not an iCalendar file")
        done.append("iCalendar export")
    return done


def _check_log(data: str) -> None:
    log_text = "".join(
        p.read_text(encoding="utf-8", errors="replace")
        for p in (Path(data) / "logs").glob("crmdesk.log*")
    )
    has_qm = any((ROOT / "resources" / "i18n").glob("*.qm"))
    if has_qm and re.search(r"translation \S+ not found", log_text):
        _fail("the frozen app did not find its translation")
    for problem in ("Traceback", "CRITICAL"):
        if problem in log_text:
            _fail(f"the log contains {problem}:\n{log_text}")


def smoke_test(version: str) -> None:
    """The frozen app starts, migrates a database and shows its window, in both languages."""
    step("smoke-testing the frozen app")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("CRMDESK_DATA_DIR", None)
    out = _run_frozen(["--version"], env)
    if version not in out:
        _fail(f"--version printed {out!r}, expected {version}")
    commands = set(re.findall(r"^ {4}([a-z][\w-]*)", _run_frozen(["--help"], env), re.M))
    with tempfile.TemporaryDirectory(prefix="crmdesk-smoke-") as data:
        listed = json.loads(_run_frozen(["--data-dir", data, "customers", "list", "--json"], env))
        if listed != []:
            _fail(f"a new data folder lists customers: {listed}")
        if not (Path(data) / "crmdesk.db").exists():
            _fail("no database was created (migrations missing?)")
        _run_frozen(["--data-dir", data, "demo-data", "--customers", "20"], env)
        _run_frozen(["--data-dir", data, "--smoke"], env)
        _run_frozen(["--data-dir", data, "--lang", "zh_CN", "--smoke"], env)
        documents = _smoke_documents(data, env, commands)
        _check_log(data)
    checked = ", ".join(["--version", "CLI", "demo data", "main window (en, zh_CN)", *documents])
    print(f"frozen app fine: {checked}")


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mib(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MiB"


def package_linux(version: str) -> Path:
    sys.path.insert(0, str(INSTALLER / "linux"))
    from deb import build_deb

    step("building the .deb")
    for old in DIST.glob("crmdesk_*.deb"):
        old.unlink()
    return build_deb(APP_DIR, ICONS, version, WORK / "deb", DIST)


def find_iscc() -> Path | None:
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    for base in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        root = os.environ.get(base)
        if not root:
            continue
        for sub in ("Inno Setup 6", os.path.join("Programs", "Inno Setup 6")):
            candidate = Path(root) / sub / "ISCC.exe"
            if candidate.exists():
                return candidate
    return None


def package_windows(version: str) -> Path | None:
    sys.path.insert(0, str(INSTALLER / "windows"))
    from inno import build_setup

    iscc = find_iscc()
    if iscc is None:
        print(
            "Inno Setup's ISCC.exe was not found: dist/crmdesk/ is built but not packed. Install "
            "Inno Setup 6.3+ from https://jrsoftware.org/isdl.php and run this again.",
            flush=True,
        )
        return None
    step("building the Windows setup with Inno Setup")
    return build_setup(iscc, version, APP_DIR, WORK / "inno", DIST)


def startup_comparison() -> dict[str, float] | None:
    sys.path.insert(0, str(INSTALLER))
    from startup import compare

    step("start-up: frozen app against running from source")
    return compare(executable(cli=True), runs=5)


def cross_build_windows(version: str) -> int:
    """Linux: freeze and pack the Windows app under Wine (installer/windows/cross.py)."""
    sys.path.insert(0, str(INSTALLER / "windows"))
    from cross import build

    started = time.monotonic()
    step("building the Windows setup under Wine")
    setup, timings = build(version)
    timings["total"] = time.monotonic() - started
    step(f"done in {timings['total']:.0f} s")
    print(f"app folder : {APP_DIR} ({mib(folder_size(APP_DIR))})")
    print(f"package    : {setup} ({mib(setup.stat().st_size)}, {setup.stat().st_size} bytes)")
    print("timings    : " + ", ".join(f"{k} {v:.0f} s" for k, v in timings.items()), flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--target",
        choices=["native", "windows"],
        default="native",
        help="windows: on Linux, build the Windows setup.exe under Wine",
    )
    parser.add_argument("--skip-package", action="store_true", help="stop after dist/crmdesk/")
    parser.add_argument("--skip-startup", action="store_true", help="do not time start-up")
    args = parser.parse_args(argv)

    started = time.monotonic()
    version = bundle.version(ROOT)
    if args.target == "windows" and not WINDOWS:
        check_resources()
        return cross_build_windows(version)
    check_tools()
    ensure_pyinstaller()
    check_resources()
    freeze()
    check_analysis()
    strip_python_debug_info()
    smoke_test(version)
    package = None
    if not args.skip_package:
        if LINUX:
            package = package_linux(version)
        elif WINDOWS:
            package = package_windows(version)
    timing = None if args.skip_startup else startup_comparison()

    step(f"done in {time.monotonic() - started:.0f} s")
    print(f"app folder : {APP_DIR} ({mib(folder_size(APP_DIR))})")
    if package is not None:
        print(f"package    : {package} ({mib(package.stat().st_size)})")
    if timing:
        print(
            f"start-up   : frozen {timing['frozen_s'] * 1000:.0f} ms, source "
            f"{timing['source_s'] * 1000:.0f} ms, ratio {timing['ratio']:.2f}x (target <= 1.5x)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
