"""Acting on the selected customer: log a contact, plan a follow-up, open a ticket, call, e-mail.

The actions live on the screen (menu bar of the list, right-click menu, shortcuts) and the
detail pane shows buttons for the same QActions, so enabling follows one selection rule.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu

from crmdesk.services.customers.store import get_customer

if TYPE_CHECKING:
    from crmdesk.domain.customers.customer import CustomerInput
    from crmdesk.ui.customers.screen import CustomersScreen

# the kinds a contact is logged as, in menu order (keys of domain.followups.rules.KINDS)
LOGGED_KINDS = ("call", "visit", "message", "email")


def open_url(url: QUrl) -> bool:
    """Hand ``url`` (tel:, mailto:) to the system; tests replace this function."""
    return QDesktopServices.openUrl(url)


def dial_text(phone: str) -> str:
    """A phone number as a tel: URL wants it: digits and a leading +."""
    return ("+" if phone.strip().startswith("+") else "") + re.sub(r"\D", "", phone)


def wechat_of(data: CustomerInput) -> str:
    """The customer's WeChat ID (empty: none)."""
    return data.wechat.strip()


def qq_of(data: CustomerInput) -> str:
    """The customer's QQ number (empty: none)."""
    return data.qq.strip()


class CustomerActions:
    """Builds the customer actions on ``screen`` and carries them out for its one selection."""

    def __init__(self, screen: CustomersScreen) -> None:
        self.screen = screen
        self.log_menu = QMenu(QCoreApplication.translate("CustomerActions", "&Log contact"), screen)
        self.log_actions: dict[str, QAction] = {}
        texts = {
            "call": QCoreApplication.translate("CustomerActions", "Log a &call..."),
            "visit": QCoreApplication.translate("CustomerActions", "Log a &visit..."),
            "message": QCoreApplication.translate("CustomerActions", "Log a &WeChat message..."),
            "email": QCoreApplication.translate("CustomerActions", "Log an &e-mail..."),
        }
        for kind in LOGGED_KINDS:
            action = screen.add_action(
                texts[kind], lambda k=kind: self.log_contact(k), needs="one", on_bar=False
            )
            self.log_menu.addAction(action)
            self.log_actions[kind] = action
        self.log_actions["call"].setShortcut(QKeySequence("Ctrl+L"))
        self.followup_action = screen.add_action(
            QCoreApplication.translate("CustomerActions", "New &follow-up..."),
            self.new_followup,
            needs="one",
            on_bar=False,
        )
        # no shortcut of its own: the window's Ctrl+Shift+F quick add picks the selected customer
        self.ticket_action = screen.add_action(
            QCoreApplication.translate("CustomerActions", "New &ticket..."),
            self.new_ticket,
            needs="one",
            on_bar=False,
        )
        self.ticket_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.call_action = screen.add_action(
            QCoreApplication.translate("CustomerActions", "C&all"),
            self.call,
            needs="one",
            on_bar=False,
        )
        self.mail_action = screen.add_action(
            QCoreApplication.translate("CustomerActions", "Send e-&mail"),
            self.send_mail,
            needs="one",
            on_bar=False,
        )
        self.copy_phone_action = screen.add_action(
            QCoreApplication.translate("CustomerActions", "Copy &phone"),
            self.copy_phone,
            needs="one",
            on_bar=False,
        )
        self.copy_wechat_action = screen.add_action(
            QCoreApplication.translate("CustomerActions", "Copy &WeChat ID"),
            self.copy_wechat,
            needs="one",
            on_bar=False,
        )
        self.copy_qq_action = screen.add_action(
            QCoreApplication.translate("CustomerActions", "Copy &QQ"),
            self.copy_qq,
            needs="one",
            on_bar=False,
        )
        for action in (*self.log_actions.values(), self.ticket_action):
            screen.addAction(action)  # the shortcuts work anywhere on the screen

    # --- what is possible for the current customer ----------------------------------------

    def refresh(self, customer_id: int | None) -> None:
        """Disable call/e-mail/copy when the selected customer has no such detail."""
        if customer_id is None:
            return
        data = get_customer(self.screen.ctx.db, customer_id).data
        self.call_action.setEnabled(bool(data.phones))
        self.copy_phone_action.setEnabled(bool(data.phones))
        self.mail_action.setEnabled(bool(data.emails))
        self.copy_wechat_action.setEnabled(bool(wechat_of(data)))
        self.copy_qq_action.setEnabled(bool(qq_of(data)))

    def context_actions(self) -> list[QAction | QMenu | None]:
        """What the right-click menu offers for the customer (None: a separator)."""
        return [
            self.log_menu,
            self.followup_action,
            self.ticket_action,
            None,
            self.call_action,
            self.mail_action,
            self.copy_phone_action,
            self.copy_wechat_action,
            self.copy_qq_action,
            None,
        ]

    # --- doing it -------------------------------------------------------------------------

    def _one(self) -> int | None:
        ids = self.screen.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def log_contact(self, kind: str) -> None:
        from crmdesk.ui.followups.log_dialog import log_contact_with_dialog

        cid = self._one()
        if cid is None:
            return
        name = get_customer(self.screen.ctx.db, cid).data.name
        if log_contact_with_dialog(self.screen, self.screen.ctx, cid, name, kind):
            self.screen.reload(keep=[cid])
            self.screen.message_label.setText(
                QCoreApplication.translate("CustomerActions", "Contact with %1 logged.").replace(
                    "%1", name
                )
            )

    def new_followup(self) -> None:
        from crmdesk.ui.followups.dialogs import quick_add_followup

        cid = self._one()
        if cid is not None and quick_add_followup(self.screen, self.screen.ctx, cid):
            self.screen.reload(keep=[cid])

    def new_ticket(self) -> None:
        cid = self._one()
        if cid is not None:
            # the service screen opens its New ticket dialog for this customer
            self.screen.ctx.events.navigate.emit("service", ("new", cid))

    def call(self) -> None:
        cid = self._one()
        if cid is None:
            return
        phones = get_customer(self.screen.ctx.db, cid).data.phones
        if phones:
            open_url(QUrl("tel:" + dial_text(phones[0])))

    def send_mail(self) -> None:
        cid = self._one()
        if cid is None:
            return
        emails = get_customer(self.screen.ctx.db, cid).data.emails
        if emails:
            open_url(QUrl("mailto:" + emails[0]))

    def _copy(self, text: str, done: str) -> None:
        if text:
            QGuiApplication.clipboard().setText(text)
            self.screen.message_label.setText(done.replace("%1", text))

    def copy_phone(self) -> None:
        cid = self._one()
        if cid is not None:
            phones = get_customer(self.screen.ctx.db, cid).data.phones
            self._copy(
                phones[0] if phones else "",
                QCoreApplication.translate("CustomerActions", "Copied %1."),
            )

    def copy_wechat(self) -> None:
        cid = self._one()
        if cid is not None:
            data = get_customer(self.screen.ctx.db, cid).data
            self._copy(
                wechat_of(data),
                QCoreApplication.translate("CustomerActions", "Copied %1."),
            )

    def copy_qq(self) -> None:
        cid = self._one()
        if cid is not None:
            data = get_customer(self.screen.ctx.db, cid).data
            self._copy(qq_of(data), QCoreApplication.translate("CustomerActions", "Copied %1."))
