"""Running Windows programs under Wine for the build and the smoke test (test tooling only).

Every call has a timeout and its output is piped (Python under Wine fails at start when
stdout is a regular file). A prefix made by :func:`make_prefix` gets what Debian's Wine 8
lacks, for this machine only, never shipped with the app:

- ``icuuc.dll``: Qt >= 6.10 imports ~20 ``ucnv_*`` functions from Windows' own ICU, which
  Wine has only from 11.5 on. A stub compiled with mingw-w64 answers "no converter" (Qt then
  uses its built-in UTF codecs, all the app needs);
- Microsoft's ``ucrtbase.dll`` (numpy >= 2.1 calls ``crealf``, unimplemented in Wine 8),
  with a ``native,builtin`` DllOverride;
- Windows 10 as the reported version (Wine 8 makes Windows 7 prefixes; the setup needs 10);
- ``QT_*`` variables under ``HKCU\\Environment`` (Wine drops them from the Linux environment).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

# What Qt 6.11's Qt6Core.dll imports from icuuc.dll; the stub is built from the DLL's real
# import table when objdump can read it, from this list otherwise.
ICUUC_IMPORTS = (
    "UCNV_FROM_U_CALLBACK_SUBSTITUTE",
    "UCNV_TO_U_CALLBACK_SUBSTITUTE",
    "ucnv_cbFromUWriteUChars",
    "ucnv_cbToUWriteUChars",
    "ucnv_close",
    "ucnv_countAvailable",
    "ucnv_fromUCountPending",
    "ucnv_fromUnicode",
    "ucnv_getAvailableName",
    "ucnv_getFromUCallBack",
    "ucnv_getMaxCharSize",
    "ucnv_getName",
    "ucnv_getStandardName",
    "ucnv_getToUCallBack",
    "ucnv_open",
    "ucnv_reset",
    "ucnv_setFromUCallBack",
    "ucnv_setToUCallBack",
    "ucnv_toUCountPending",
    "ucnv_toUnicode",
)
U_FILE_ACCESS_ERROR = 4  # ICU's "could not open the converter data"


class WineError(RuntimeError):
    """A Windows program failed or timed out under Wine."""


def imports_from(objdump_text: str, dll: str) -> list[str]:
    """The function names a PE file imports from ``dll``, from ``objdump -p`` output."""
    names: list[str] = []
    inside = False
    for line in objdump_text.splitlines():
        match = re.search(r"DLL Name:\s*(\S+)", line)
        if match:
            inside = match[1].lower() == dll.lower()
            continue
        if inside:
            entry = re.match(r"\s+[0-9a-fA-F]+\s+\d+\s+([A-Za-z_]\w*)\s*$", line)
            if entry:
                names.append(entry[1])
    return sorted(set(names))


def icuuc_stub_source(names: Iterable[str]) -> str:
    """C source of an icuuc.dll exporting ``names``: no converter is ever available.

    ``ucnv_open(name, &err)`` sets ``err`` to a failure and returns NULL, so Qt falls back to
    its own codecs; everything else returns 0. Windows x64 has one calling convention and
    the caller cleans the stack, so a stub may ignore the arguments it does not use.
    """
    lines = [
        "/* Test-only stand-in for Windows' icuuc.dll under Wine < 11.5 (installer/windows). */",
        "#define EXPORT __declspec(dllexport)",
        "",
    ]
    for name in sorted(set(names)):
        if name == "ucnv_open":
            lines += [
                "EXPORT void *ucnv_open(const char *name, int *err) {",
                f"    (void)name; if (err) *err = {U_FILE_ACCESS_ERROR}; return 0;",
                "}",
            ]
        else:
            lines.append(f"EXPORT long long {name}(void) {{ return 0; }}")
    return "\n".join(lines) + "\n"


def build_icuuc_stub(target: Path, qtcore_dll: Path | None = None) -> Path:
    """Compile the stub with mingw-w64 (Debian: gcc-mingw-w64-x86-64)."""
    gcc = shutil.which("x86_64-w64-mingw32-gcc")
    if gcc is None:
        raise SystemExit("x86_64-w64-mingw32-gcc is missing: apt-get install gcc-mingw-w64-x86-64")
    names: Sequence[str] = ICUUC_IMPORTS
    objdump = shutil.which("x86_64-w64-mingw32-objdump")
    if qtcore_dll is not None and qtcore_dll.exists() and objdump:
        dump = subprocess.run([objdump, "-p", str(qtcore_dll)], capture_output=True, text=True)
        names = imports_from(dump.stdout, "icuuc.dll") or ICUUC_IMPORTS
    target.parent.mkdir(parents=True, exist_ok=True)
    source = target.with_suffix(".c")
    source.write_text(icuuc_stub_source(names), encoding="ascii")
    subprocess.run(
        [gcc, "-shared", "-O2", "-s", "-o", str(target), str(source)], check=True, timeout=120
    )
    return target


class Wine:
    """One Wine prefix (64-bit) and the environment its programs run with."""

    def __init__(self, prefix: Path, display: str | None = None) -> None:
        self.prefix = prefix
        self.wine = shutil.which("wine") or shutil.which("wine64") or shutil.which("wine-stable")
        if self.wine is None:
            raise SystemExit(
                "Wine is missing: dpkg --add-architecture i386 && apt-get update && "
                "apt-get install wine wine64 wine32:i386"
            )
        self.display = display

    def env(self, extra: Mapping[str, str] | None = None) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PYTHON"))}
        env.update(WINEPREFIX=str(self.prefix), WINEARCH="win64", WINEDEBUG="-all")
        env["WINEDLLOVERRIDES"] = "mscoree,mshtml=;ucrtbase=n,b"
        if self.display:
            env["DISPLAY"] = self.display
        else:
            env.pop("DISPLAY", None)
            env.pop("WAYLAND_DISPLAY", None)
        env.update(extra or {})
        return env

    def run(
        self,
        args: Sequence[str],
        *,
        timeout: float,
        check: bool = True,
        cwd: Path | None = None,
        env: Mapping[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        """Run ``wine ARGS`` (a Windows program and its arguments), output piped."""
        command = [str(self.wine), *args]
        print("+ wine " + " ".join(args), flush=True)
        try:
            result = subprocess.run(
                command,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=timeout,
                cwd=cwd,
                env=self.env(env),
            )
        except subprocess.TimeoutExpired as exc:
            self.kill()
            raise WineError(f"wine {' '.join(args)}: no answer after {timeout:.0f} s") from exc
        if check and result.returncode != 0:
            raise WineError(
                f"wine {' '.join(args)} exited {result.returncode}\n"
                f"{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
            )
        return result

    def kill(self) -> None:
        server = shutil.which("wineserver") or shutil.which("wineserver-stable")
        if server:
            subprocess.run([server, "-k"], env=self.env(), timeout=60, check=False)

    def wait(self) -> None:
        """Wait until every program in the prefix ended (registry written to disk)."""
        server = shutil.which("wineserver") or shutil.which("wineserver-stable")
        if server:
            subprocess.run([server, "-w"], env=self.env(), timeout=120, check=False)

    def system32(self) -> Path:
        return self.prefix / "drive_c" / "windows" / "system32"

    def set_env_var(self, name: str, value: str) -> None:
        self.run(
            ["reg", "add", r"HKCU\Environment", "/v", name, "/t", "REG_SZ", "/d", value, "/f"],
            timeout=120,
        )

    def delete_env_var(self, name: str) -> None:
        self.run(["reg", "delete", r"HKCU\Environment", "/v", name, "/f"], timeout=120, check=False)


def make_prefix(
    wine: Wine,
    standins: Sequence[Path],
    fonts: Sequence[Path] = (),
    qt_env: Mapping[str, str] | None = None,
) -> float:
    """Create the prefix afresh (Windows 10, stand-in DLLs, fonts); returns the seconds taken."""
    started = time.monotonic()
    wine.kill()
    shutil.rmtree(wine.prefix, ignore_errors=True)
    wine.prefix.parent.mkdir(parents=True, exist_ok=True)
    wine.run(["wineboot", "--init"], timeout=300)
    wine.wait()
    wine.run(["winecfg", "/v", "win10"], timeout=120)
    for dll in standins:
        shutil.copy2(dll, wine.system32() / dll.name)
    font_dir = wine.prefix / "drive_c" / "windows" / "Fonts"
    font_dir.mkdir(parents=True, exist_ok=True)
    for font in fonts:
        shutil.copy2(font, font_dir / font.name)
    for name, value in (qt_env or {}).items():
        wine.set_env_var(name, value)
    wine.wait()
    return time.monotonic() - started
