"""Lists of words in running text, punctuated for the interface language."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication


def list_text(items: Iterable[str]) -> str:
    """``a, b, c`` in English, ``甲、乙、丙`` in Chinese (never an ASCII comma in Chinese)."""
    return QCoreApplication.translate("Lists", ", ", "separator between items of a list").join(
        items
    )
