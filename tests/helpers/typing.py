"""Typing as a user would, Chinese included.

QTest.keyClicks aborts on characters outside Latin-1; real users type Chinese through an input
method, which delivers a QInputMethodEvent with the committed text. ``type_text`` does the same.
"""

from __future__ import annotations

from itertools import groupby

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget``: keys for ASCII runs, an input-method commit for the rest."""
    widget.setFocus()
    for is_ascii, chars in groupby(text, key=lambda c: ord(c) < 128):
        run = "".join(chars)
        if is_ascii:
            qtbot.keyClicks(widget, run)
        else:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)
