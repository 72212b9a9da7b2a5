"""Extract every tr() string into the .ts sources and compile the .qm files the app loads.

    python resources/i18n/build.py            # update crmdesk_zh_CN.ts from the code, build .qm
    python resources/i18n/build.py --check    # exit 1 if the .ts misses or has unfinished strings

pyside6-lupdate reads self.tr(), QCoreApplication.translate() and QT_TRANSLATE_NOOP() calls;
obsolete entries are dropped so the file stays the size of the product.

English needs a translation too, for plural forms only: Qt resolves ``tr("%n row(s)", n=n)``
into "1 row" / "5 rows" only through a loaded translator, so crmdesk_en.ts holds just the
``%n`` messages (lupdate -pluralonly) with their English singular and plural.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("zh_CN",)
PLURAL_ONLY = ("en",)  # languages whose .ts holds only the %n plural messages


def tool(name: str) -> str:
    """A PySide6 tool from the PySide6 this interpreter imports (not whatever is on PATH)."""
    import PySide6

    base = Path(PySide6.__file__).parent
    for candidate in (base / name, base / f"{name}.exe", base / "Qt" / "libexec" / name):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    raise SystemExit(f"pyside6-{name} not found; install PySide6-Essentials")


def sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "crmdesk").rglob("*.py") if "migrations" not in p.parts)


def update_ts(ts: Path, plural_only: bool = False) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as fh:
        fh.write("\n".join(sources()))
        listing = fh.name
    options = ["-no-obsolete", "-locations", "none"] + (["-pluralonly"] if plural_only else [])
    subprocess.run(
        [tool("lupdate"), *options, f"@{listing}", "-ts", str(ts)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    Path(listing).unlink()


def release(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("lrelease"), str(ts), "-qm", str(qm)], check=True, stdout=subprocess.DEVNULL
    )


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not (translation.text or "").strip()
                and not list(translation)
            ):
                missing.append((name, message.findtext("source", "")))
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--check",
        action="store_true",
        help="only check that the .ts files cover the code and are finished",
    )
    args = parser.parse_args(argv)
    status = 0
    for lang in LANGUAGES + PLURAL_ONLY:
        ts = HERE / f"crmdesk_{lang}.ts"
        plural_only = lang in PLURAL_ONLY
        if not ts.exists():
            ts.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{lang}" sourcelanguage="en"></TS>\n',
                encoding="utf-8",
            )
        if args.check:
            with tempfile.TemporaryDirectory() as tmp:
                copy = Path(tmp) / ts.name
                shutil.copy(ts, copy)
                update_ts(copy, plural_only)
                missing = unfinished(copy)
        else:
            update_ts(ts, plural_only)
            release(ts, HERE / f"crmdesk_{lang}.qm")
            missing = unfinished(ts)
        for context, source in missing:
            print(f"{ts.name}: untranslated [{context}] {source!r}")
        status |= bool(missing)
    return status


if __name__ == "__main__":
    sys.exit(main())
