"""Build dist/crmdesk_<version>_<arch>.deb from the one-folder app in dist/crmdesk/.

The package installs the app under /opt/crmdesk, a /usr/bin/crmdesk symlink, the .desktop
entry and the icon in the hicolor theme. It has no maintainer scripts: the hicolor and
desktop-file triggers refresh the menus, and nothing ever touches the user's data folder
(~/.local/share/CRMDesk), so removing or upgrading the package keeps every customer.

Libraries PyInstaller copied from the build machine's distribution are taken out again and
become dependencies (see unbundle_system_libraries). Dependencies are worked out like
dpkg-shlibdeps does: every shared library the bundled binaries need that is not in the
bundle is looked up with ``dpkg -S``. Build on the oldest Debian/Ubuntu release you support.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = "crmdesk"
INSTALL_DIR = Path("opt") / PACKAGE
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# Binaries only loaded for optional desktop integration: their system libraries become
# Recommends, so a machine without GTK or Wayland still installs and runs under X11.
OPTIONAL_PATTERNS = (
    "plugins/platformthemes/",
    "plugins/platforms/libqwayland",
    "plugins/wayland-",
    "libQt6Wayland",
    "libQt6WlShellIntegration",
    "plugins/platforminputcontexts/",
    "plugins/networkinformation/",
    "plugins/tls/",
)
# Libraries missing on the build machine but known by name (Debian/Ubuntu package names).
KNOWN_PACKAGES = {
    "libgtk-3.so.0": "libgtk-3-0",
    "libgdk-3.so.0": "libgtk-3-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
}
# Chinese screens need a CJK font; these are the common Debian/Ubuntu ones.
# auditwheel/delocate give the libraries vendored into wheels a hash: libpng16-1d1ba958.so...
WHEEL_HASHED = re.compile(r"-[0-9a-f]{8}\.so")
FONT_RECOMMENDS = "fonts-noto-cjk | fonts-wqy-microhei"
DESCRIPTION = """\
Offline desktop CRM for small businesses
 CRMDesk keeps customers, follow-ups and after-sales service tickets in one
 local file, and plans what adopting a CRM will cost and return. English and
 Simplified Chinese."""


@dataclass
class Dependencies:
    depends: set[str] = field(default_factory=set)
    recommends: set[str] = field(default_factory=set)
    unresolved: dict[str, set[str]] = field(default_factory=dict)  # soname -> needed by


def debian_arch() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()


def _is_elf(path: Path) -> bool:
    if not path.is_file() or path.is_symlink():
        return False
    with path.open("rb") as fh:
        return fh.read(4) == b"\x7fELF"


def _ldd(path: Path, env: dict[str, str]) -> dict[str, str | None]:
    """{soname: resolved path or None}; empty for files ldd cannot read (static, foreign)."""
    result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
    needed: dict[str, str | None] = {}
    for line in result.stdout.splitlines():
        match = re.match(r"\s*(\S+) => (not found|(\S+) \(0x[0-9a-f]+\))", line)
        if match:
            needed[match.group(1)] = match.group(3)
    return needed


def _usrmerge_variants(path: str) -> list[str]:
    candidates = [path, os.path.realpath(path)]
    for candidate in list(candidates):
        if candidate.startswith("/usr/"):
            candidates.append(candidate[len("/usr") :])
        else:
            candidates.append("/usr" + candidate)
    return list(dict.fromkeys(candidates))


def owning_packages(paths: list[str]) -> dict[str, str]:
    """{path: Debian package owning it} (tried as given, resolved, and across usrmerge).

    One ``dpkg -S`` call for all paths: it reads the whole file database each time.
    """
    variants = {path: _usrmerge_variants(path) for path in paths}
    queries = sorted({v for vs in variants.values() for v in vs})
    if not queries:
        return {}
    result = subprocess.run(["dpkg", "-S", *queries], capture_output=True, text=True)
    owner_of: dict[str, str] = {}
    for line in result.stdout.splitlines():
        owner, _, owned = line.partition(": ")
        if owner.startswith("diversion"):
            continue
        owner_of[owned.strip()] = owner.split(",")[0].split(":")[0].strip()
    found = {}
    for path, candidates in variants.items():
        for candidate in candidates:
            if candidate in owner_of:
                found[path] = owner_of[candidate]
                break
    return found


def _elf_kind(path: Path) -> bytes:
    """ELF class, byte order and machine: two libraries are interchangeable only if equal."""
    with path.open("rb") as fh:
        header = fh.read(20)
    return header[4:6] + header[18:20]


def _system_libraries() -> dict[str, list[str]]:
    """{soname: [paths]} from the dynamic linker's cache."""
    result = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True)
    libraries: dict[str, list[str]] = {}
    for line in result.stdout.splitlines():
        match = re.match(r"\s*(\S+) \(.*\) => (\S+)$", line)
        if match:
            libraries.setdefault(match.group(1), []).append(match.group(2))
    return libraries


def unbundle_system_libraries(internal: Path) -> list[str]:
    """Delete the distribution's own libraries PyInstaller copied in; return their names.

    PyInstaller copies every system library the app links (X11/xcb, GLib, fontconfig,
    OpenSSL...). Inside a .deb they are better taken from the system: Depends installs
    them, security updates reach them, and Qt's GTK theme and input-method plugins then
    load one consistent set instead of mixing ours with the desktop's. Libraries from
    wheels (Qt, NumPy's OpenBLAS, Pillow's codecs: hashed names) and libpython stay.
    """
    system = _system_libraries()
    candidates: dict[Path, str] = {}
    for path in sorted(internal.iterdir()):
        name = path.name
        if path.is_symlink() or not _is_elf(path) or ".so" not in name:
            continue
        if name.startswith("libpython") or WHEEL_HASHED.search(name):
            continue
        for system_path in system.get(name, []):
            if Path(system_path).exists() and _elf_kind(Path(system_path)) == _elf_kind(path):
                candidates[path] = system_path
                break
    owners = owning_packages(list(candidates.values()))
    removed = []
    for path, system_path in candidates.items():
        if system_path in owners:
            path.unlink()
            removed.append(path.name)
    return removed


def find_dependencies(app_dir: Path) -> Dependencies:
    """System packages the bundled binaries load, split into required and optional ones."""
    internal = app_dir / "_internal"
    lib_dirs = [internal, internal / "PySide6" / "Qt" / "lib", internal / "PySide6"]
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(str(d) for d in lib_dirs))
    elves = [p for p in sorted(app_dir.rglob("*")) if _is_elf(p)]
    bundled = {p.name for p in app_dir.rglob("*")}
    found = Dependencies()
    users: dict[str, set[str]] = {}
    needs: list[tuple[bool, str, str | None]] = []  # (optional, soname, resolved path)
    for elf in elves:
        optional = any(pattern in elf.as_posix() for pattern in OPTIONAL_PATTERNS)
        for soname, resolved in _ldd(elf, env).items():
            if resolved and Path(resolved).resolve().is_relative_to(app_dir.resolve()):
                continue
            if resolved is None and soname in bundled:
                continue
            needs.append((optional, soname, resolved))
            users.setdefault(soname, set()).add(elf.name)
    owners = owning_packages(sorted({r for _, _, r in needs if r}))
    for optional, soname, resolved in needs:
        target = found.recommends if optional else found.depends
        package = owners.get(resolved) if resolved else KNOWN_PACKAGES.get(soname)
        if package:
            target.add(package)
        elif not optional:
            found.unresolved[soname] = users[soname]
    found.recommends -= found.depends
    return found


def _libc_requirement() -> str:
    """libc6 (>= the build machine's glibc): the bundled Python was linked against it."""
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", "libc6"], capture_output=True, text=True
    )
    match = re.match(r"(\d+\.\d+)", result.stdout)
    return f"libc6 (>= {match.group(1)})" if match else "libc6"


def control_text(version: str, arch: str, deps: Dependencies, installed_kb: int) -> str:
    depends = sorted(deps.depends - {"libc6"})
    depends.insert(0, _libc_requirement())
    recommends = [*sorted(deps.recommends), FONT_RECOMMENDS]
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        "Maintainer: CRMDesk <support@crmdesk.invalid>\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {', '.join(depends)}\n"
        f"Recommends: {', '.join(recommends)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Description: {DESCRIPTION}\n"
    )


def _normalise_permissions(root: Path) -> None:
    """0755 for folders and executables, 0644 for the rest (dpkg-deb keeps what it finds)."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or path.stat().st_mode & 0o111:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def _tree_size_kb(root: Path) -> int:
    total = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    return (total + 1023) // 1024


def stage(app_dir: Path, icons_dir: Path, staging: Path) -> None:
    """Lay out the package's files under ``staging`` as they will be installed."""
    if staging.exists():
        shutil.rmtree(staging)
    shutil.copytree(app_dir, staging / INSTALL_DIR, symlinks=True)
    bin_dir = staging / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / PACKAGE).symlink_to(Path("/") / INSTALL_DIR / PACKAGE)
    applications = staging / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copy2(HERE / "crmdesk.desktop", applications / "crmdesk.desktop")
    hicolor = staging / "usr" / "share" / "icons" / "hicolor"
    for size in ICON_SIZES:
        source = icons_dir / f"crmdesk-{size}.png"
        if source.exists():
            target = hicolor / f"{size}x{size}" / "apps"
            target.mkdir(parents=True)
            shutil.copy2(source, target / "crmdesk.png")
    scalable = hicolor / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(icons_dir / "crmdesk.svg", scalable / "crmdesk.svg")


def build_deb(app_dir: Path, icons_dir: Path, version: str, work_dir: Path, out_dir: Path) -> Path:
    """Stage, describe and pack the .deb; returns its path. Needs dpkg-deb (any Debian)."""
    arch = debian_arch()
    staging = work_dir / f"{PACKAGE}_{version}_{arch}"
    stage(app_dir, icons_dir, staging)
    installed_app = staging / INSTALL_DIR
    removed = unbundle_system_libraries(installed_app / "_internal")
    print(f"taking {len(removed)} libraries from the system instead of the bundle", flush=True)
    deps = find_dependencies(installed_app)
    if deps.unresolved:
        missing = ", ".join(
            f"{soname} (for {', '.join(sorted(users)[:3])})"
            for soname, users in sorted(deps.unresolved.items())
        )
        raise SystemExit(
            "These libraries are needed by the app but are not installed on this machine, so "
            f"the package cannot name them as dependencies: {missing}. Install the Qt system "
            "libraries listed in README.md (Start here) and build again."
        )
    debian = staging / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(
        control_text(version, arch, deps, _tree_size_kb(staging)), encoding="utf-8"
    )
    _normalise_permissions(staging)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{PACKAGE}_{version}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(staging), str(target)],
        check=True,
    )
    return target
