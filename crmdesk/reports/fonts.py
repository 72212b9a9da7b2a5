"""Finding a font that prints Chinese and Latin text, embedded in every PDF.

reportlab embeds (a subset of) TrueType fonts, TrueType collections included (``.ttc`` with
a ``subfontIndex``), but not fonts with CFF/PostScript outlines: Noto/Source Han Sans CJK
``.otf``/``.ttc`` files are refused by ``TTFont`` and skipped here. One font covering both
scripts is used for all text, so a Chinese name inside an English report needs no switch.

Where it looks, first match wins:

1. ``resources/fonts/*.ttf|*.ttc`` (an installer may bundle a font there);
2. Windows: Microsoft YaHei (``msyh.ttc``, bold ``msyhbd.ttc``), SimSun with SimHei as its
   bold, SimHei alone, DengXian, KaiTi, FangSong, in ``%WINDIR%\\Fonts`` and then in the
   per-user ``%LOCALAPPDATA%\\Microsoft\\Windows\\Fonts``; then any TrueType collection there;
3. Linux: WenQuanYi Micro Hei / Zen Hei, AR PL UMing/UKai/SungtiL, Droid Sans Fallback,
   then whatever fontconfig lists for Chinese that is TrueType;
4. otherwise reportlab's built-in ``STSong-Light`` CID font. That one is *not* embedded
   (viewers substitute a system font), so it is a last resort and logged as such.

A font without a bold face gets a drawn bold (fill + stroke) for headings, see ``styles``.

No font is bundled in the repository: every supported Windows has Microsoft YaHei and SimSun,
the Linux set-up installs fonts-wqy-microhei (README, .deb dependency), and the one good
candidate to bundle, WenQuanYi Micro Hei (Apache-2.0 or GPLv3 with a font exception), is a
5 MB collection. An installer that cannot rely on the system (a portable bundle) drops a
TrueType file into ``resources/fonts/`` and it is used first; reports embed only the glyphs
they use, so the PDF size does not depend on the font file's.
"""

from __future__ import annotations

import functools
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from crmdesk.paths import resources_dir

log = logging.getLogger(__name__)

FALLBACK_CID_FONT = "STSong-Light"
# A glyph every candidate must have in each script, or it cannot print a Chinese report.
_PROBES = (ord("中"), ord("净"), ord("A"), ord("9"), ord("¥"))


@dataclass(frozen=True)
class FontFile:
    """A TrueType file (and the face inside a collection) to try."""

    path: Path
    subfont: int = 0


@dataclass(frozen=True)
class FontCandidate:
    """A regular face and, when the family has one, a real bold face."""

    regular: FontFile
    bold: FontFile | None = None


@dataclass(frozen=True)
class FontSet:
    """The font names registered with reportlab for this process's reports.

    ``embedded`` is False only for the CID fallback. ``real_bold`` says whether ``bold`` is
    a bold face; when False it is the regular face and headings are drawn bold instead.
    ``source`` names the file used, for the log and the About box.
    """

    regular: str
    bold: str
    embedded: bool
    real_bold: bool
    source: str


def _windows_font_dirs() -> list[Path]:
    """The system fonts folder, then the per-user one (fonts installed "for me only")."""
    folders = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
    local = os.environ.get("LOCALAPPDATA")
    if local:
        folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return folders


def _windows_candidates() -> Iterator[FontCandidate]:
    """Microsoft YaHei, SimSun, SimHei, DengXian, KaiTi, FangSong; then any TrueType collection.

    The named ones come with every Chinese-capable Windows; the collections found after them
    cover a font a user installed (checked for Chinese glyphs before use).
    """
    folders = _windows_font_dirs()
    for fonts in folders:
        yield FontCandidate(FontFile(fonts / "msyh.ttc"), FontFile(fonts / "msyhbd.ttc"))
        yield FontCandidate(FontFile(fonts / "msyh.ttf"), FontFile(fonts / "msyhbd.ttf"))
        yield FontCandidate(FontFile(fonts / "simsun.ttc"), FontFile(fonts / "simhei.ttf"))
        yield FontCandidate(FontFile(fonts / "simhei.ttf"))
        yield FontCandidate(FontFile(fonts / "simsun.ttf"))
        yield FontCandidate(FontFile(fonts / "Deng.ttf"), FontFile(fonts / "Dengb.ttf"))
        yield FontCandidate(FontFile(fonts / "simkai.ttf"))
        yield FontCandidate(FontFile(fonts / "simfang.ttf"))
    for fonts in folders:
        try:
            collections = sorted(fonts.glob("*.ttc"))
        except OSError:
            continue
        for file in collections:
            yield FontCandidate(FontFile(file))


_LINUX_FILES = (
    "truetype/wqy/wqy-microhei.ttc",
    "truetype/wqy/wqy-zenhei.ttc",
    "truetype/arphic/uming.ttc",
    "truetype/arphic/ukai.ttc",
    "truetype/arphic-gbsn00lp/gbsn00lp.ttf",
    "truetype/droid/DroidSansFallbackFull.ttf",
    "wenquanyi/wqy-microhei/wqy-microhei.ttc",
    "wenquanyi/wqy-zenhei/wqy-zenhei.ttc",
)


def _linux_candidates() -> Iterator[FontCandidate]:
    roots = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts")]
    roots.append(Path.home() / ".local/share/fonts")
    for relative in _LINUX_FILES:
        for root in roots:
            yield FontCandidate(FontFile(root / relative))
    yield from _fontconfig_candidates()


def _fontconfig_candidates() -> Iterator[FontCandidate]:
    """TrueType files fontconfig knows for Chinese (CFF ones are refused later anyway)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return
    try:
        out = subprocess.run(
            [fc_list, ":lang=zh-cn", "--format", "%{file}|%{index}\\n"],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return
    for line in sorted(out.splitlines()):
        file, _, index = line.partition("|")
        if file.lower().endswith((".ttf", ".ttc")):
            yield FontCandidate(FontFile(Path(file), int(index) if index.isdigit() else 0))


def _bundled_candidates() -> Iterator[FontCandidate]:
    folder = resources_dir() / "fonts"
    if folder.is_dir():
        for file in sorted(folder.iterdir()):
            if file.suffix.lower() in (".ttf", ".ttc"):
                yield FontCandidate(FontFile(file))


def default_candidates() -> Iterator[FontCandidate]:
    """Every place a CJK TrueType font may be, in order of preference."""
    yield from _bundled_candidates()
    if sys.platform == "win32":
        yield from _windows_candidates()
    elif sys.platform == "darwin":
        yield FontCandidate(FontFile(Path("/Library/Fonts/Arial Unicode.ttf")))
    else:
        yield from _linux_candidates()


def _load(file: FontFile, name: str) -> object | None:
    """A registered-ready ``TTFont`` if ``file`` is a usable TrueType CJK face, else None."""
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    if not file.path.is_file():
        return None
    try:
        font = TTFont(name, str(file.path), subfontIndex=file.subfont)
    except (TTFError, OSError, ValueError, KeyError, IndexError) as error:
        # CFF outlines (Noto CJK), a broken file or a face index out of range.
        log.info("font %s[%d] not usable: %s", file.path, file.subfont, error)
        return None
    cmap = font.face.charToGlyph
    if not all(code in cmap for code in _PROBES):
        log.info("font %s[%d] lacks Chinese or Latin glyphs", file.path, file.subfont)
        return None
    return font


def find_font_set(
    candidates: Iterable[FontCandidate] | None = None, prefix: str = "CRMDesk"
) -> FontSet:
    """Register the first usable candidate (or the CID fallback) and describe it.

    Registering is process-wide in reportlab, so call :func:`report_fonts` (cached) rather
    than this, except in tests, which pass their own ``candidates`` and ``prefix``.
    """
    regular_name, bold_name = f"{prefix}-Regular", f"{prefix}-Bold"
    from reportlab.pdfbase import pdfmetrics

    seen: set[FontFile] = set()
    for candidate in candidates if candidates is not None else default_candidates():
        if candidate.regular in seen:
            continue
        seen.add(candidate.regular)
        regular = _load(candidate.regular, regular_name)
        if regular is None:
            continue
        bold = _load(candidate.bold, bold_name) if candidate.bold else None
        pdfmetrics.registerFont(regular)
        if bold is not None:
            pdfmetrics.registerFont(bold)
        source = f"{candidate.regular.path}[{candidate.regular.subfont}]"
        log.info("report font: %s (bold face: %s)", source, "yes" if bold else "drawn")
        return FontSet(
            regular_name,
            bold_name if bold is not None else regular_name,
            embedded=True,
            real_bold=bold is not None,
            source=source,
        )
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    log.warning("%s", no_font_message())
    pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_CID_FONT))
    return FontSet(FALLBACK_CID_FONT, FALLBACK_CID_FONT, False, False, FALLBACK_CID_FONT)


def no_font_message(platform: str | None = None) -> str:
    """What a user reads when no candidate was usable: where we looked and what to do."""
    platform = platform or sys.platform
    if platform == "win32":
        fonts = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        looked = (
            f"Microsoft YaHei (msyh.ttc), SimSun (simsun.ttc) or another Chinese TrueType "
            f"font in {fonts}"
        )
        remedy = (
            'add the Windows optional feature "Chinese (Simplified) Supplemental Fonts" '
            "(Settings > Apps > Optional features)"
        )
    else:
        looked = "WenQuanYi, AR PL or another TrueType Chinese font"
        remedy = "install one (Debian/Ubuntu: sudo apt-get install fonts-wqy-microhei)"
    return (
        f"no Chinese font found ({looked}): PDFs use {FALLBACK_CID_FONT}, which is not "
        f"embedded, so Chinese text shows only where the PDF viewer has a Chinese font; "
        f"{remedy}, or put a TrueType .ttf/.ttc file into {resources_dir() / 'fonts'}"
    )


@functools.lru_cache(maxsize=1)
def report_fonts() -> FontSet:
    """The process's report fonts, found and registered on first use."""
    return find_font_set()
