"""Signing in to a shared database from the window, as a user would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crmdesk.services.team.users import create_first_owner
from crmdesk.ui.team.sign_in import SignInDialog
from tests.helpers.typing import type_text


def test_wrong_then_right_password(qtbot: QtBot, pg_database) -> None:
    pg_database.user_name, pg_database.role = "", None
    create_first_owner(pg_database, "Li Na", "correct horse 8")
    pg_database.user_name, pg_database.role = "", None
    dialog = SignInDialog(pg_database, "server/crmdesk", "li na")
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.password_edit, "wrong one")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Wrong user name or password."
    assert dialog.password_edit.text() == ""  # typed again, not edited
    assert pg_database.role is None
    type_text(qtbot, dialog.password_edit, "correct horse 8")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.value == "Li Na"
    assert (pg_database.user_name, pg_database.role.value) == ("Li Na", "owner")
