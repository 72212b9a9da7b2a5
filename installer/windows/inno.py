"""Compile installer/windows/crmdesk.iss with Inno Setup's ISCC (called by installer/build.py).

The Chinese Simplified setup messages are an unofficial Inno Setup translation that the
compiler does not ship; see chinese_messages() for where they come from.
"""

from __future__ import annotations

import re
import subprocess
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPT = HERE / "crmdesk.iss"
ISL_NAME = "ChineseSimplified.isl"
ISL_URL = (
    "https://raw.githubusercontent.com/jrsoftware/issrc/{tag}/Files/Languages/Unofficial/"
    + ISL_NAME
)


def iscc_version(iscc: Path) -> tuple[int, int, int] | None:
    """The compiler's version from its banner, e.g. (6, 4, 3)."""
    result = subprocess.run([str(iscc), "/?"], capture_output=True, text=True)
    match = re.search(r"Inno Setup (\d+)\.(\d+)\.(\d+)", result.stdout + result.stderr)
    return (int(match[1]), int(match[2]), int(match[3])) if match else None


def chinese_messages(iscc: Path, work_dir: Path) -> Path:
    """ChineseSimplified.isl: a maintainer's copy, the compiler's, or the matching download.

    The download comes from the Inno Setup sources at the tag of the installed compiler, so
    the messages match the compiler's message names.
    """
    languages = iscc.parent / "Languages"
    for candidate in (
        HERE / ISL_NAME,
        languages / ISL_NAME,
        languages / "Unofficial" / ISL_NAME,
        work_dir / ISL_NAME,
    ):
        if candidate.exists():
            return candidate
    version = iscc_version(iscc)
    tag = "is-{}_{}_{}".format(*version) if version else "main"
    url = ISL_URL.format(tag=tag)
    work_dir.mkdir(parents=True, exist_ok=True)
    target = work_dir / ISL_NAME
    print(f"downloading the Chinese Simplified setup messages from {url}", flush=True)
    with urllib.request.urlopen(url, timeout=60) as response:
        target.write_bytes(response.read())
    return target


def iscc_arguments(
    version: str, app_dir: str, out_dir: str, isl: str, script: str = str(SCRIPT)
) -> list[str]:
    """ISCC's command-line arguments: the /D defines crmdesk.iss expects, then the script.

    The paths are as the compiler sees them (Windows paths; under Wine, Z:\\...).
    """
    return [
        "/Q",
        f"/DAppVersion={version}",
        f"/DAppDir={app_dir}",
        f"/DOutputDir={out_dir}",
        f"/DChineseIsl={isl}",
        script,
    ]


def setup_name(version: str) -> str:
    """The file ISCC writes (OutputBaseFilename in crmdesk.iss)."""
    return f"crmdesk-{version}-setup.exe"


def build_setup(iscc: Path, version: str, app_dir: Path, work_dir: Path, out_dir: Path) -> Path:
    """Run ISCC on crmdesk.iss; returns dist/crmdesk-<version>-setup.exe."""
    isl = chinese_messages(iscc, work_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    arguments = iscc_arguments(version, str(app_dir), str(out_dir), str(isl))
    subprocess.run([str(iscc), *arguments], check=True)
    return out_dir / setup_name(version)
