"""Reading back the PDFs the reports write: text, page sizes, fonts; and a zh_CN translator.

Shared by tests/unit/reports and tests/gui/reports.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "data"
REPORT_PLANS = DATA / "reports"
STRINGS_TSV = REPORT_PLANS / "strings_zh_CN.tsv"


def pdf_text(pdf: bytes) -> str:
    """All text of the PDF, pages joined, as pypdf extracts it."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    """Text with every run of whitespace (line breaks from wrapping included) as one space."""
    return re.sub(r"\s+", " ", text).strip()


def page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]


def _fonts_of(resources: Any, seen: dict[str, bool]) -> None:
    if resources is None:
        return
    resources = resources.get_object()
    fonts = resources.get("/Font")
    if fonts is not None:
        for font in fonts.get_object().values():
            font = font.get_object()
            seen[str(font.get("/BaseFont"))] = _embedded(font)
    xobjects = resources.get("/XObject")
    if xobjects is not None:
        for xobject in xobjects.get_object().values():
            _fonts_of(xobject.get_object().get("/Resources"), seen)


def _embedded(font: Any) -> bool:
    if "/DescendantFonts" in font:
        return all(_embedded(d.get_object()) for d in font["/DescendantFonts"])
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False  # the 14 standard fonts and CID fonts without a file
    descriptor = descriptor.get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def fonts(pdf: bytes) -> dict[str, bool]:
    """Every font the PDF's pages use, and whether its program is embedded."""
    from pypdf import PdfReader

    seen: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        _fonts_of(page.get("/Resources"), seen)
    return seen


def lrelease() -> str:
    """The lrelease that comes with the imported PySide6."""
    import PySide6

    base = Path(PySide6.__file__).parent
    for candidate in (
        base / "lrelease",
        base / "lrelease.exe",
        base / "Qt" / "libexec" / "lrelease",
    ):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise FileNotFoundError("pyside6-lrelease")
    return found


def build_qm(tsv: Path, folder: Path) -> Path:
    """Compile a context<TAB>English<TAB>Chinese file into a .qm in ``folder``."""
    root = ET.Element("TS", version="2.1", language="zh_CN")
    contexts: dict[str, ET.Element] = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        context, source, translation = line.split("\t")
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        message = ET.SubElement(contexts[context], "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = translation
    ts = folder / "crmdesk_zh_CN.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "crmdesk_zh_CN.qm"
    subprocess.run([lrelease(), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm
