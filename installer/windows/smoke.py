"""Smoke-test a built Windows setup under Wine, in a fresh prefix (test tooling, Linux only).

    python installer/windows/smoke.py dist/crmdesk-<version>-setup.exe [--out dist/windows-smoke]

Silent install (``/ALLUSERS``: Inno's per-user mode fails on Wine 8; real Windows keeps the
per-user default), the shortcuts, the installed CLI (--version, demo data in %APPDATA%,
customers list, a Chinese PDF with an embedded font), ``--smoke`` in English and Chinese,
the windowed crmdesk.exe on Xvfb (screenshot kept in the output folder), and the
uninstaller, which must leave the data folder. Every Wine call has a timeout. Prints the
seconds per step; exits 1 with the step that failed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))

import toolchain  # noqa: E402
from wine import Wine, WineError, build_icuuc_stub, make_prefix  # noqa: E402

PLAN = ROOT / "tests" / "data" / "plans" / "contract_example.json"
APP = r"C:\Program Files\CRMDesk"
CJK = re.compile("[\u4e00-\u9fff]")
DEMO_CUSTOMERS = 12


class SmokeError(Exception):
    pass


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeError(message)


def embedded_fonts(pdffonts_output: str) -> list[tuple[str, bool]]:
    """(font name, embedded?) for each row of ``pdffonts`` output."""
    rows = []
    for line in pdffonts_output.splitlines()[2:]:
        fields = line.split()
        if len(fields) >= 5:
            # name type [encoding] emb sub uni object ID: the flags count from the end
            rows.append((fields[0], fields[-5] == "yes"))
    return rows


class Xvfb:
    """A virtual screen for the windowed exe (and for Wine's own hidden windows)."""

    def __init__(self, size: str = "1366x768") -> None:
        # -displayfd: Xvfb picks a free display number and writes it when it is ready
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", "1", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self.proc.stdout is not None
        number = self.proc.stdout.readline().strip()
        if not number.isdigit():
            self.proc.kill()
            raise SmokeError("Xvfb could not start (is the xvfb package installed?)")
        self.display = f":{number}"

    def screenshot(self, out: Path) -> None:
        env = dict(os.environ, DISPLAY=self.display)
        subprocess.run(["import", "-window", "root", str(out)], env=env, check=True, timeout=60)

    def window_titles(self) -> list[str]:
        env = dict(os.environ, DISPLAY=self.display)
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "CRMDesk"],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        )
        titles = []
        for window in found.stdout.split():
            name = subprocess.run(
                ["xdotool", "getwindowname", window],
                env=env,
                capture_output=True,
                text=True,
                timeout=30,
            )
            titles.append(name.stdout.strip())
        return titles

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)


class Smoke:
    def __init__(self, setup: Path, out: Path, prefix: Path) -> None:
        self.setup = setup
        self.out = out
        self.timings: dict[str, float] = {}
        self.checked: list[str] = []
        self.xvfb = Xvfb()
        self.wine = Wine(prefix, display=self.xvfb.display)
        self.version = re.sub(r"^crmdesk-(.+)-setup\.exe$", r"\1", setup.name)

    @property
    def drive_c(self) -> Path:
        return self.wine.prefix / "drive_c"

    @property
    def app_dir(self) -> Path:
        return self.drive_c / "Program Files" / "CRMDesk"

    def data_dir(self) -> Path:
        found = sorted(self.drive_c.glob("users/*/AppData/Roaming/CRMDesk"))
        check(bool(found), "no data folder under %APPDATA%\\CRMDesk")
        return found[0]

    def cli(self, *args: str, timeout: float = 300) -> str:
        result = self.wine.run([APP + r"\crmdesk-cli.exe", *args], timeout=timeout, check=False)
        check(
            result.returncode == 0,
            f"crmdesk-cli {' '.join(args)} exited {result.returncode}: "
            f"{result.stderr.strip()[-2000:]}",
        )
        return result.stdout

    def step(self, name: str, action: Callable[[], None]) -> None:
        print(f"\n==> smoke: {name}", flush=True)
        started = time.monotonic()
        action()
        self.timings[name] = time.monotonic() - started
        print(f"    ok ({self.timings[name]:.0f} s)", flush=True)

    # -- the steps ---------------------------------------------------------------------

    def prefix(self) -> None:
        fonts = [p for p in (Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),) if p.exists()]
        make_prefix(self.wine, [toolchain.ucrtbase()], fonts, {"QT_QPA_PLATFORM": "offscreen"})

    def install(self) -> None:
        log = self.out / "setup.log"
        self.wine.run(
            [
                toolchain.windows_path(self.setup),
                "/VERYSILENT",
                "/SUPPRESSMSGBOXES",
                "/NORESTART",
                "/ALLUSERS",
                "/LOG=" + toolchain.windows_path(log),
            ],
            timeout=600,
        )
        self.wine.wait()
        for name in ("crmdesk.exe", "crmdesk-cli.exe", "unins000.exe"):
            check((self.app_dir / name).exists(), f"{APP}\\{name} was not installed")
        shortcuts = [p.parent.name for p in self.drive_c.rglob("CRMDesk.lnk")]
        check(any(n == "Programs" for n in shortcuts), f"no Start menu shortcut ({shortcuts})")
        check(any(n == "Desktop" for n in shortcuts), f"no desktop shortcut ({shortcuts})")
        # the stub must export what this Qt imports, so it is built from the installed Qt
        qtcore = self.app_dir / "_internal" / "PySide6" / "Qt6Core.dll"
        stub = build_icuuc_stub(toolchain.CACHE / "standins" / "icuuc-smoke.dll", qtcore)
        shutil.copy2(stub, self.wine.system32() / "icuuc.dll")
        self.checked.append("silent install, Start menu and desktop shortcuts")

    def version_and_data(self) -> None:
        out = self.cli("--version")
        check(self.version in out, f"--version printed {out!r}, expected {self.version}")
        self.cli("demo-data", "--customers", str(DEMO_CUSTOMERS))
        check((self.data_dir() / "crmdesk.db").exists(), "no crmdesk.db in %APPDATA%\\CRMDesk")
        listed = json.loads(self.cli("customers", "list", "--json"))
        check(len(listed) == DEMO_CUSTOMERS, f"customers list gave {len(listed)} customers")
        check(all(c.get("name") for c in listed), "a listed customer has no name")
        self.checked.append(f"--version, demo data in %APPDATA%\\CRMDesk, {len(listed)} listed")

    def chinese_pdf(self) -> None:
        pdf = self.out / "plan-zh_CN.pdf"
        pdf.unlink(missing_ok=True)
        self.cli(
            "plan",
            "report",
            toolchain.windows_path(PLAN),
            "-o",
            toolchain.windows_path(pdf),
            "--lang",
            "zh_CN",
        )
        check(pdf.read_bytes().startswith(b"%PDF"), f"{pdf} is not a PDF")
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        check(bool(CJK.search(text)), "the Chinese PDF has no Chinese text")
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
        rows = embedded_fonts(fonts)
        check(bool(rows) and all(emb for _n, emb in rows), f"fonts not all embedded:\n{fonts}")
        self.checked.append(f"Chinese PDF with embedded fonts ({', '.join(n for n, _ in rows)})")

    def smoke_languages(self) -> None:
        self.cli("--smoke", timeout=300)
        self.cli("--lang", "zh_CN", "--smoke", timeout=300)
        self.checked.append("--smoke in English and Chinese")

    def windowed(self) -> None:
        """crmdesk.exe with Qt's windows platform on the virtual screen, then a screenshot."""
        self.wine.delete_env_var("QT_QPA_PLATFORM")
        self.wine.wait()
        shot = self.out / "crmdesk-window.png"
        proc = subprocess.Popen(
            [str(self.wine.wine), APP + r"\crmdesk.exe"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            env=self.wine.env(),
        )
        try:
            deadline = time.monotonic() + 180
            titles: list[str] = []
            while time.monotonic() < deadline and not titles:
                check(proc.poll() is None, f"crmdesk.exe exited {proc.returncode} at start")
                time.sleep(3)
                titles = self.xvfb.window_titles()
            check(bool(titles), "crmdesk.exe showed no window within 180 s")
            time.sleep(15)  # let it paint the first screen and load the charts
            self.xvfb.screenshot(shot)
        finally:
            self.wine.kill()
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
        colours = subprocess.run(
            ["identify", "-format", "%k", str(shot)], capture_output=True, text=True, timeout=60
        ).stdout.strip()
        check(colours.isdigit() and int(colours) > 50, f"the screenshot looks empty ({colours})")
        self.checked.append(f"windowed crmdesk.exe on Xvfb ({titles[0]!r}, {shot})")
        self.wine.set_env_var("QT_QPA_PLATFORM", "offscreen")

    def uninstall(self) -> None:
        data = self.data_dir()
        self.wine.run(
            [APP + r"\unins000.exe", "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"],
            timeout=300,
        )
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and (self.app_dir / "crmdesk.exe").exists():
            time.sleep(2)
        self.wine.wait()
        check(not (self.app_dir / "crmdesk.exe").exists(), "the uninstaller left crmdesk.exe")
        check(not (self.app_dir / "_internal").exists(), "the uninstaller left _internal")
        check((data / "crmdesk.db").exists(), "the uninstaller removed the user's data")
        self.checked.append("uninstall removed the program and kept %APPDATA%\\CRMDesk")

    def run(self) -> None:
        started = time.monotonic()
        try:
            self.step("fresh Wine prefix", self.prefix)
            self.step("silent install", self.install)
            self.step("CLI and data folder", self.version_and_data)
            self.step("Chinese PDF", self.chinese_pdf)
            self.step("--smoke en and zh_CN", self.smoke_languages)
            self.step("windowed exe on Xvfb", self.windowed)
            self.step("uninstall", self.uninstall)
        finally:
            self.timings["total"] = time.monotonic() - started
            self.wine.kill()
            self.xvfb.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("setup", type=Path, help="dist/crmdesk-<version>-setup.exe")
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "windows-smoke")
    parser.add_argument("--prefix", type=Path, default=ROOT / "build" / "windows-smoke-prefix")
    args = parser.parse_args(argv)
    if not args.setup.is_file():
        print(f"{args.setup}: no such setup file", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    smoke = Smoke(args.setup.resolve(), args.out.resolve(), args.prefix.resolve())
    try:
        smoke.run()
    except (SmokeError, WineError, subprocess.SubprocessError) as error:
        print(f"\nWindows smoke test FAILED: {error}", file=sys.stderr)
        return 1
    finally:
        summary = {"checked": smoke.checked, "seconds": smoke.timings}
        (args.out / "summary.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    print("\nWindows smoke test passed: " + "; ".join(smoke.checked))
    print("seconds: " + ", ".join(f"{k} {v:.0f}" for k, v in smoke.timings.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
