"""Wizard page 1: the company, the plan's horizon and rates, and the CRM modules wanted."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel

from crmdesk.domain.planning.categories import CRM_MODULES
from crmdesk.domain.planning.form.keys import PageKey
from crmdesk.domain.planning.form.spec import CURRENCIES
from crmdesk.ui.planner.text import tr
from crmdesk.ui.planner.wizard.fields import WIDE_FIELD_WIDTH
from crmdesk.ui.planner.wizard.page_base import FormPage


class ScopePage(FormPage):
    page_key = PageKey.SCOPE

    def build(self) -> None:
        self.setSubTitle(
            self.tr(
                "Who the plan is for and how it is measured. Fields marked * are needed;"
                " hover over any field for an explanation."
            )
        )
        b = self.binder
        grid = self.section(self.tr("Your business"))
        for key in ("scope.name", "scope.company", "scope.industry", "scope.staff", "scope.users"):
            wide = key in ("scope.name", "scope.company", "scope.industry")
            width = WIDE_FIELD_WIDTH if wide else None
            b.add_row(grid, key, b.line(key, width) if width else None)
        grid = self.section(self.tr("Horizon, money and tax"))
        b.add_row(grid, "scope.horizon")
        b.add_row(grid, "scope.discount_rate")
        b.add_row(
            grid, "scope.currency", b.combo("scope.currency", [(c, c) for c in CURRENCIES], True)
        )
        vat = b.combo(
            "scope.vat",
            [
                ("", self.tr("Not stated")),
                ("yes", self.tr("Yes, amounts include VAT")),
                ("no", self.tr("No, amounts exclude VAT")),
            ],
        )
        b.add_row(grid, "scope.vat", vat)
        b.add_row(grid, "scope.vat_note", b.line("scope.vat_note", WIDE_FIELD_WIDTH))
        b.add_row(grid, "scope.deployment_months")
        self._modules(self.section(self.tr("CRM modules you need")))

    def _modules(self, grid: QGridLayout) -> None:
        note = QLabel(
            self.tr(
                "Tick what the CRM must do. Small businesses should start with the basic"
                " edition and standard features, and add modules later."
            )
        )
        note.setWordWrap(True)
        note.setProperty("role", "help")
        grid.addWidget(note, grid.rowCount(), 0, 1, 3)
        self.module_boxes: dict[str, QCheckBox] = {}
        first = grid.rowCount()
        for index, (key, label) in enumerate(CRM_MODULES.items()):
            box = QCheckBox(tr("Plan", label))
            box.setObjectName(f"module_{key}")
            box.setToolTip(
                self.tr("Listed in the plan and the report; it does not change the figures.")
            )
            box.toggled.connect(lambda checked, k=key: self.on_module_toggled(k, checked))
            grid.addWidget(box, first + index // 2, index % 2 * 2, 1, 2 if index % 2 == 0 else 1)
            self.module_boxes[key] = box

    def on_module_toggled(self, key: str, checked: bool) -> None:
        modules = self.state.form.modules
        if checked and key not in modules:
            modules.append(key)
        elif not checked and key in modules:
            modules.remove(key)
        self.state.edited()

    def load(self) -> None:
        for key, box in self.module_boxes.items():
            box.blockSignals(True)
            box.setChecked(key in self.state.form.modules)
            box.blockSignals(False)
        super().load()
