"""Signing in to a shared database when the app starts (the team edition)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from crmdesk.domain.errors import UserError
from crmdesk.services.team.users import SignInError, sign_in
from crmdesk.ui.widgets.form_dialog import FormDialog


class SignInDialog(FormDialog[str]):
    """User name and password; signs ``db`` in on OK and returns the name."""

    def __init__(self, db: Any, server: str, user: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Sign in"))
        intro = QLabel(
            self.tr("CRMDesk's data is on the shared database %1.").replace("%1", server)
        )
        intro.setWordWrap(True)
        self.body.insertWidget(0, intro)
        self.name_edit = QLineEdit(user)
        self.name_edit.setObjectName("userName")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_field("name", self.tr("&User name:"), self.name_edit)
        self.add_field("password", self.tr("&Password:"), self.password_edit)
        self.ok_button.setText(self.tr("Sign in"))
        (self.password_edit if user else self.name_edit).setFocus()
        self.resize(420, self.sizeHint().height())

    def result_value(self) -> str:
        name = self.name_edit.text().strip()
        if not name:
            raise self.invalid("name", self.tr("Enter your user name."))
        try:
            user = sign_in(self.db, name, self.password_edit.text())
        except SignInError as error:
            self.password_edit.clear()
            if "locked" in str(error):
                raise self.invalid(
                    "password",
                    self.tr(
                        "This name is locked after too many wrong passwords: try again in a"
                        " few minutes, or ask an owner."
                    ),
                ) from None
            raise self.invalid("password", self.tr("Wrong user name or password.")) from None
        except UserError as error:
            raise self.invalid("password", str(error)) from None
        return user.name
