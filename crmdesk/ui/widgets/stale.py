"""Somebody else saved the record being edited (the shared database): keep theirs, or mine?

The services refuse such a save with StaleRecordError (who and when); the screens that edit
follow-ups, tickets and plans ask here, as the customer screen does, and save again over the
other person's version only when the user says so.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crmdesk.services.versions import StaleRecordError
from crmdesk.ui.widgets.time import format_local, user_zone


def ask_save_over(parent: QWidget, refused: StaleRecordError, name: str) -> bool:
    """True to save mine over theirs (with ``refused.version``), False to keep theirs."""
    who = refused.by or QCoreApplication.translate("StaleRecord", "someone else")
    box = QMessageBox(parent)
    box.setObjectName("staleRecordBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("StaleRecord", "Changed meanwhile"))
    box.setText(
        QCoreApplication.translate(
            "StaleRecord", "%1 was changed by %2 at %3, after you opened it."
        )
        .replace("%1", name)
        .replace("%2", who)
        .replace("%3", format_local(refused.at, user_zone()))
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "StaleRecord", "Keep their version (your edit is not saved), or save yours over it?"
        )
    )
    keep = box.addButton(
        QCoreApplication.translate("StaleRecord", "Keep theirs"), QMessageBox.ButtonRole.RejectRole
    )
    mine = box.addButton(
        QCoreApplication.translate("StaleRecord", "Save mine"), QMessageBox.ButtonRole.AcceptRole
    )
    keep.setObjectName("keepTheirs")
    mine.setObjectName("saveMine")
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is mine
