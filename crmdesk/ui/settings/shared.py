"""Settings > "Shared database": the PostgreSQL server this PC starts on.

Host, port, database and login are saved in this PC's settings; the password only in the
system keyring. "Test connection" reaches the server in the background and says plainly
whether it answers; the next start opens the shared database (with the sign-in).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from crmdesk import settings as options
from crmdesk.domain.errors import UserError
from crmdesk.services.team.connection import (
    ServerAddress,
    check_connection,
    load_password,
    save_password,
)
from crmdesk.settings import Settings
from crmdesk.ui.context import AppContext


def address_of(settings: Settings) -> ServerAddress:
    """The address saved in this PC's settings (``host`` empty: none configured)."""
    return ServerAddress(
        settings.get(options.SHARED_HOST),
        settings.get(options.SHARED_PORT),
        settings.get(options.SHARED_DATABASE),
        settings.get(options.SHARED_USER),
    )


def save_address(settings: Settings, address: ServerAddress) -> None:
    settings.set(options.SHARED_HOST, address.host.strip())
    settings.set(options.SHARED_PORT, int(address.port))
    settings.set(options.SHARED_DATABASE, address.database.strip())
    settings.set(options.SHARED_USER, address.user.strip())
    settings.sync()


def configured_url(settings: Settings) -> str | None:
    """The URL to start on from the settings and the keyring; None when none is set (the
    keyring is only asked when a server is set, so a single-user start stays lean)."""
    address = address_of(settings)
    if not address.configured:
        return None
    return address.url(load_password(address))


class SharedDatabaseBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Shared database"), parent)
        self.ctx = ctx
        self.setObjectName("sharedDatabaseBox")
        address = address_of(ctx.settings)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        intro = QLabel(
            self.tr(
                "Leave the server empty to keep the data on this PC. With a server, CRMDesk "
                "starts on the shared database and asks who signs in."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.host_edit = QLineEdit(address.host)
        self.host_edit.setObjectName("sharedHost")
        self.host_edit.setMinimumWidth(260)
        self.host_edit.setPlaceholderText(self.tr("e.g. 192.168.1.10 or office-server"))
        form.addRow(self.tr("Ser&ver:"), self.host_edit)
        self.port_spin = QSpinBox()
        self.port_spin.setObjectName("sharedPort")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(address.port)
        form.addRow(self.tr("P&ort:"), self.port_spin)
        self.database_edit = QLineEdit(address.database)
        self.database_edit.setObjectName("sharedDatabaseName")
        form.addRow(self.tr("Data&base:"), self.database_edit)
        self.user_edit = QLineEdit(address.user)
        self.user_edit.setObjectName("sharedUser")
        form.addRow(self.tr("Lo&gin:"), self.user_edit)
        self.password_edit = QLineEdit(load_password(address) or "" if address.configured else "")
        self.password_edit.setObjectName("sharedPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setToolTip(self.tr("Kept in the system keyring, not in a file"))
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("sharedSave")
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("sharedTest")
        self.test_button.clicked.connect(self.test_connection)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        self.result_label = QLabel()
        self.result_label.setObjectName("sharedResult")
        self.result_label.setWordWrap(True)
        form.addRow("", self.result_label)

    def address(self) -> ServerAddress:
        return ServerAddress(
            self.host_edit.text().strip(),
            self.port_spin.value(),
            self.database_edit.text().strip(),
            self.user_edit.text().strip(),
        )

    def save(self) -> None:
        """Keep the address in the settings and the password in the keyring."""
        address, before = self.address(), address_of(self.ctx.settings)
        try:
            if before.configured and before.key != address.key:
                save_password(before, "")  # no password left behind for a server not used
            save_password(address, self.password_edit.text() if address.configured else "")
        except UserError as exc:
            self.result_label.setText(str(exc))
            return
        save_address(self.ctx.settings, address)
        if address.configured:
            self.result_label.setText(
                self.tr("Saved. CRMDesk opens the shared database the next time it starts.")
            )
        else:
            self.result_label.setText(self.tr("Saved. CRMDesk keeps the data on this PC."))

    def test_connection(self) -> None:
        """Reach the server in the background; the answer shows below the buttons."""
        address, password = self.address(), self.password_edit.text()
        self.test_button.setEnabled(False)
        self.result_label.setText(self.tr("Connecting…"))
        self.ctx.tasks.run(
            lambda progress: check_connection(address, password),
            show_progress=False,
            parent=self,
            on_success=self._tested,
            on_failure=self._failed,
        )

    def _tested(self, _sentence: str) -> None:
        self.test_button.setEnabled(True)
        self.result_label.setText(self.tr("Connection works: the shared database answers."))

    def _failed(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        if not isinstance(error, UserError):
            raise error
        self.result_label.setText(self.tr("Connection failed: %1").replace("%1", str(error)))
