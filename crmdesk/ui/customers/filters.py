"""The filter box above the customer list: stages, tags, "no contact in 90 days", saved filters.

The combo offers the built-in filters and the user's saved ones; "More filters..." composes a
filter from stages, tags and days without contact, which can be saved under a name.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.customers.customer import STAGES
from crmdesk.services.customers import fields as customer_fields
from crmdesk.services.customers.fields import SavedCustomerFilter
from crmdesk.services.customers.store import CustomerFilter, list_tags
from crmdesk.ui.context import AppContext
from crmdesk.ui.customers.common import error_text, stage_label
from crmdesk.ui.widgets.form_dialog import FormDialog

NO_CONTACT_DAYS = 90

log = logging.getLogger(__name__)


class FilterBar(QWidget):
    filter_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.custom: CustomerFilter | None = None
        self.combo = QComboBox()
        self.combo.setObjectName("customerFilter")
        self.combo.setMinimumContentsLength(18)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.currentIndexChanged.connect(self.on_combo_current_index_changed)
        menu = QMenu(self)
        menu.addAction(self.tr("&More filters..."), self.on_more_filters)
        self.save_action = menu.addAction(self.tr("&Save this filter..."), self.on_save_filter)
        self.delete_action = menu.addAction(
            self.tr("&Delete this saved filter"), self.on_delete_filter
        )
        button = QToolButton()
        button.setText(self.tr("Filter"))
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(button)
        self._filling = False
        # tags (with their counts) and saved filters, as last read from the database
        self.tags: list[tuple[str, int]] = []
        self.saved: list[SavedCustomerFilter] = []
        self._generation = 0
        self.loading = True  # while tags and saved filters are being read (one is due now)
        self._fill()
        # tags and saved filters are counted off the GUI thread, after the list is on screen
        QTimer.singleShot(0, self.reload)

    def reload(self, select: str | None = None) -> None:
        """Read the tags and saved filters again in the background, then refill the combo
        keeping the current choice (or choosing ``select``). Counting tags reads every
        customer's links: at 100,000 customers that is no job for the GUI thread."""
        if not self._alive():
            return
        self._generation += 1
        generation = self._generation
        self.loading = True
        db = self.ctx.db

        def work(_progress: object) -> tuple[list[tuple[str, int]], list[SavedCustomerFilter]]:
            return list_tags(db), customer_fields.list_saved_filters(db)

        self.ctx.tasks.run(
            work,
            show_progress=False,
            parent=self,
            on_success=lambda result: self._on_loaded(generation, result, select),
            on_failure=lambda error: self._on_failed(generation, error),
        )

    def _on_loaded(
        self,
        generation: int,
        result: tuple[list[tuple[str, int]], list[SavedCustomerFilter]],
        select: str | None,
    ) -> None:
        if not self._awaited(generation):
            return
        self.tags, self.saved = result
        self.loading = False
        self._fill()
        if select is not None:
            self.select(select)

    def _on_failed(self, generation: int, error: BaseException) -> None:
        if not self._awaited(generation):
            return
        # the list itself reports a database that cannot be read; the combo keeps what it had
        log.warning("reading the tags and saved filters failed: %s", error)
        self.loading = False

    def _alive(self) -> bool:
        import shiboken6

        return bool(shiboken6.isValid(self))

    def _awaited(self, generation: int) -> bool:
        """False when the box was closed meanwhile or a newer read is on its way."""
        return self._alive() and generation == self._generation

    def _fill(self) -> None:
        """Refill the combo from what was read last, keeping the current choice."""
        current = self.combo.currentData()
        self._filling = True
        self.combo.clear()
        self.combo.addItem(self.tr("All customers"), "all")
        for key in STAGES:
            self.combo.addItem(self.tr("Stage: %1").replace("%1", stage_label(key)), f"stage:{key}")
        self.combo.addItem(
            self.tr("No contact in %n days", "", NO_CONTACT_DAYS), f"nocontact:{NO_CONTACT_DAYS}"
        )
        for name, count in self.tags:
            text = self.tr("Tag: %1 (%2)").replace("%1", name).replace("%2", str(count))
            self.combo.addItem(text, f"tag:{name}")
        for saved in self.saved:
            self.combo.addItem(self.tr("Saved: %1").replace("%1", saved.name), f"saved:{saved.id}")
        if self.custom is not None:
            self.combo.addItem(self.tr("Custom filter"), "custom")
        index = self.combo.findData(current) if current is not None else 0
        self.combo.setCurrentIndex(max(0, index))
        self._filling = False
        self._update_actions()

    def _update_actions(self) -> None:
        kind = self._current()[0]
        self.save_action.setEnabled(kind not in ("all", "saved"))
        self.delete_action.setEnabled(kind == "saved")

    def on_combo_current_index_changed(self, _index: int) -> None:
        self._update_actions()
        if not self._filling:
            self.filter_changed.emit()

    def is_all(self) -> bool:
        return self.current_filter() is None

    def reset(self) -> None:
        self.combo.setCurrentIndex(0)

    def _current(self) -> tuple[str, str]:
        kind, _, value = str(self.combo.currentData() or "all").partition(":")
        return kind, value

    def select(self, data: str) -> None:
        index = self.combo.findData(data)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def current_filter(self) -> CustomerFilter | None:
        kind, value = self._current()
        if kind == "stage":
            return CustomerFilter(stages=(value,))
        if kind == "nocontact":
            return CustomerFilter(no_contact_days=int(value))
        if kind == "tag":
            return CustomerFilter(tags=(value,))
        if kind == "saved":
            for saved in self.saved:
                if str(saved.id) == value:
                    return saved.filter
        if kind == "custom":
            return self.custom
        return None

    def set_custom(self, customer_filter: CustomerFilter, label: str | None = None) -> None:
        self.custom = customer_filter
        self._fill()
        index = self.combo.findData("custom")
        if label is not None:
            self.combo.setItemText(index, label)
        if self.combo.currentIndex() == index:
            self.filter_changed.emit()
        else:
            self.combo.setCurrentIndex(index)

    def show_new_this_month(self) -> None:
        today = dt.date.today()
        start = dt.datetime(today.year, today.month, 1).astimezone()
        self.set_custom(CustomerFilter(created_since=start), self.tr("New this month"))

    def on_more_filters(self) -> None:
        tags = [name for name, _ in self.tags]
        chosen = FilterDialog.ask(self, tags, self.current_filter())
        if chosen is not None:
            self.set_custom(chosen)

    def on_save_filter(self) -> None:
        current = self.current_filter()
        if current is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Save filter"), self.tr("Name:"))
        if not ok or not name.strip():
            return
        try:
            filter_id = customer_fields.save_filter(self.ctx.db, name, current)
        except Exception as error:  # a ValidationError from the service
            QMessageBox.warning(self, self.tr("Save filter"), error_text(error))
            return
        self.custom = None
        self._fill()
        self.reload(select=f"saved:{filter_id}")

    def on_delete_filter(self) -> None:
        kind, value = self._current()
        if kind == "saved":
            customer_fields.delete_filter(self.ctx.db, int(value))
            self.reload()
            self.reset()


class FilterDialog(FormDialog[CustomerFilter]):
    """Compose a filter from stages, tags and days without contact; ``ask`` returns it."""

    def __init__(
        self, parent: QWidget | None, tags: list[str], initial: CustomerFilter | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Filter customers"))
        initial = initial or CustomerFilter()
        stages_box = QGroupBox(self.tr("Stage (any of)"))
        stages_layout = QVBoxLayout(stages_box)
        self.stage_checks: dict[str, QCheckBox] = {}
        for key in STAGES:
            check = QCheckBox(stage_label(key))
            check.setChecked(key in initial.stages)
            self.stage_checks[key] = check
            stages_layout.addWidget(check)
        tags_box = QGroupBox(self.tr("Tags (all of)"))
        tags_layout = QVBoxLayout(tags_box)
        self.tag_list = QListWidget()
        for tag in tags:
            item = QListWidgetItem(tag)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if tag in initial.tags else Qt.CheckState.Unchecked
            )
            self.tag_list.addItem(item)
        tags_layout.addWidget(self.tag_list)
        self.contact_check = QCheckBox(self.tr("No contact in the last"))
        self.contact_check.setChecked(initial.no_contact_days is not None)
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, 3650)
        self.days_spin.setSuffix(self.tr(" days"))
        self.days_spin.setValue(initial.no_contact_days or NO_CONTACT_DAYS)
        contact = QHBoxLayout()
        contact.addWidget(self.contact_check)
        contact.addWidget(self.days_spin)
        contact.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(stages_box)
        row.addWidget(tags_box, 1)
        self.body.addLayout(row)
        self.body.addLayout(contact)

    def result_value(self) -> CustomerFilter:
        tags = tuple(
            self.tag_list.item(i).text()
            for i in range(self.tag_list.count())
            if self.tag_list.item(i).checkState() == Qt.CheckState.Checked
        )
        return CustomerFilter(
            tags=tags,
            stages=tuple(k for k, c in self.stage_checks.items() if c.isChecked()),
            no_contact_days=self.days_spin.value() if self.contact_check.isChecked() else None,
        )
