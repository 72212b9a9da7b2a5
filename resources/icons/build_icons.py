"""Regenerate the app icon's PNG sizes and the Windows .ico from crmdesk.svg.

    python resources/icons/build_icons.py

The SVG is the source; the PNGs (used by the .deb's hicolor theme and the window icon on
platforms without an SVG icon engine) and crmdesk.ico (the Windows executable and installer)
are generated and committed, so a build never needs this step. Rendering uses Qt's own SVG
renderer offscreen, the same one that draws the icons in the app; Pillow writes the .ico with
one hand-rendered frame per size instead of shrinking the largest one.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "crmdesk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# The .ico format stops at 256 px; Windows picks the nearest frame for each place it draws.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return HERE / f"crmdesk-{size}.png"


def render_pngs() -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE}: Qt could not read this SVG")
    written = []
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        target = png_path(size)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"{target}: could not write the PNG")
        written.append(target)
    del app
    return written


def write_ico() -> Path:
    from PIL import Image

    frames = [Image.open(png_path(size)).convert("RGBA") for size in ICO_SIZES]
    target = HERE / "crmdesk.ico"
    largest = frames[-1]
    largest.save(
        target,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=frames[:-1],
    )
    return target


def main() -> int:
    for path in [*render_pngs(), write_ico()]:
        print(f"wrote {path.relative_to(HERE.parent.parent)} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
