"""Wizard page 2: how the software is paid for, filled by hand or from a dated price preset."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

from crmdesk.domain.errors import UserError
from crmdesk.domain.planning.form.build import FormProblem
from crmdesk.domain.planning.form.extra import amount_text
from crmdesk.domain.planning.form.fields import page_rows
from crmdesk.domain.planning.form.keys import PageKey
from crmdesk.domain.planning.form.spec import MODULE_SLOTS
from crmdesk.services.planning.presets import PresetFile, ProductPrice, load_presets
from crmdesk.ui.planner.text import money
from crmdesk.ui.planner.wizard.lines import ExtraLinesEditor
from crmdesk.ui.planner.wizard.page_base import FormPage

log = logging.getLogger(__name__)


class LicencePage(FormPage):
    page_key = PageKey.LICENCE

    def build(self) -> None:
        self.setSubTitle(
            self.tr(
                "Choose how the CRM is licensed. Fill in the price by hand or take it from a"
                " dated list price, then change anything that differs in your quote."
            )
        )
        self._model_section()
        self._preset_section()
        b = self.binder
        grid = self.section(self.tr("Product"))
        b.add_row(grid, "licence.product", b.line("licence.product", 320))
        b.add_row(grid, "licence.escalation")
        self.model_boxes: dict[str, QGroupBox] = {}
        grid = self._model_box("subscription", self.tr("Subscription"))
        b.add_row(grid, "licence.price")
        grid.addWidget(self.explanation("licence.price"), grid.rowCount(), 1, 1, 2)
        b.add_row(grid, "licence.seats")
        b.add_row(grid, "licence.onboarding")
        grid = self._model_box("perpetual", self.tr("Perpetual licence"))
        b.add_row(grid, "licence.perpetual_price")
        b.add_row(grid, "licence.maintenance_rate")
        grid.addWidget(self.explanation("licence.maintenance_rate"), grid.rowCount(), 1, 1, 2)
        self._modules_box()
        grid = self._model_box("free", self.tr("Open source or free"))
        note = QLabel(
            self.tr(
                "No licence fee. Hosting, customisation and upkeep are the real cost: fill them"
                " in on the next pages (cloud hosting, administrator time, support)."
            )
        )
        note.setWordWrap(True)
        grid.addWidget(note, 0, 0, 1, 3)
        rows = page_rows(PageKey.LICENCE)
        self.rows_section(self.tr("Other software"), rows)
        self.lines = ExtraLinesEditor(self.state, self.page_key)
        box = self.section(self.tr("Other licence lines"))
        box.addWidget(self.lines, box.rowCount(), 0, 1, 3)

    def _model_section(self) -> None:
        grid = self.section(self.tr("Licence model"))
        self.model_group = QButtonGroup(self)
        texts = {
            "subscription": self.tr("Subscription: a price per user per month (SaaS)"),
            "perpetual": self.tr("Perpetual licence plus a yearly maintenance contract"),
            "module": self.tr("Per module: each module priced per user per month"),
            "free": self.tr("Open source or free"),
        }
        tips = {
            "subscription": self.tr(
                "Most SaaS CRMs: every user costs a monthly fee, usually billed yearly."
            ),
            "perpetual": self.tr(
                "You buy the licence once and pay 18-22% of its price every year for updates"
                " and support."
            ),
            "module": self.tr("Each module (sales, service, marketing...) has its own price."),
            "free": self.tr("An open-source CRM you host yourself: no licence fee."),
        }
        self.model_buttons: dict[str, QRadioButton] = {}
        for index, (value, text) in enumerate(texts.items()):
            button = QRadioButton(text)
            button.setObjectName(f"model_{value}")
            button.setToolTip(tips[value])
            self.model_group.addButton(button, index)
            self.model_buttons[value] = button
            grid.addWidget(button, index // 2, index % 2 * 2, 1, 1 + index % 2)
            button.toggled.connect(lambda checked, v=value: self.on_model_toggled(v, checked))

    def _model_box(self, model: str, title: str) -> QGridLayout:
        grid = self.section(title)
        box = grid.parentWidget()
        assert isinstance(box, QGroupBox)
        self.model_boxes[model] = box
        return grid

    def _modules_box(self) -> None:
        grid = self._model_box("module", self.tr("Modules"))
        b = self.binder
        heads = (self.tr("Module"), self.tr("Price per user per month"), self.tr("Paid users"))
        for column, text in enumerate(heads):
            grid.addWidget(QLabel(text), 0, column)
        for slot in range(1, MODULE_SLOTS + 1):
            key = f"licence.module{slot}"
            grid.addWidget(b.line(f"{key}.name", 260), slot * 2 - 1, 0)
            grid.addWidget(b.line(f"{key}.price"), slot * 2 - 1, 1)
            grid.addWidget(b.line(f"{key}.seats", 90), slot * 2 - 1, 2)
            keys = (f"{key}.name", f"{key}.price", f"{key}.seats")
            grid.addWidget(b.error_label(*keys), slot * 2, 0, 1, 3)

    # --- presets -------------------------------------------------------------------------

    def _preset_section(self) -> None:
        grid = self.section(self.tr("Fill from a list price"))
        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("preset")
        self.preset_combo.setMinimumWidth(420)
        self.preset_button = QPushButton(self.tr("Use this price"))
        self.preset_button.setObjectName("use_preset")
        self.preset_button.clicked.connect(self.on_preset_button_clicked)
        self.preset_info = QLabel()
        self.preset_info.setWordWrap(True)
        self.preset_info.setProperty("role", "help")
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.preset_combo)
        line.addWidget(self.preset_button)
        line.addStretch(1)
        grid.addWidget(row, 0, 0, 1, 3)
        grid.addWidget(self.preset_info, 1, 0, 1, 3)
        self.presets: list[tuple[PresetFile, ProductPrice]] = []
        try:
            files = load_presets()
        except UserError as error:
            log.warning("presets not available: %s", error)
            self.preset_info.setText(
                self.tr("Price lists could not be read: %1").replace("%1", str(error))
            )
            self.preset_button.setEnabled(False)
            return
        self.preset_combo.addItem(self.tr("Choose a product..."))
        for file in files:
            for product in file.products:
                self.presets.append((file, product))
                self.preset_combo.addItem(self._product_text(product))
        self.preset_combo.currentIndexChanged.connect(self.on_preset_combo_changed)
        self.on_preset_combo_changed(0)

    def _product_text(self, product: ProductPrice) -> str:
        name = " ".join(p for p in (product.vendor, product.edition) if p)
        if product.price is None:
            price = self.tr("quote on request")
        elif product.price_high is not None:
            low = money(product.price, product.currency)
            price = f"{low} - {money(product.price_high, product.currency)}"
        else:
            price = money(product.price, product.currency)
        return self.tr("%1: %2 per user per month").replace("%1", name).replace("%2", price)

    def _chosen(self) -> tuple[PresetFile, ProductPrice] | None:
        index = self.preset_combo.currentIndex() - 1
        return self.presets[index] if 0 <= index < len(self.presets) else None

    def on_preset_combo_changed(self, _index: int) -> None:
        chosen = self._chosen()
        if chosen is None:
            self.preset_button.setEnabled(False)
            self.preset_info.setText(
                self.tr(
                    "Public list prices seen in 2025-2026, as examples. Vendors change prices"
                    " often and Chinese vendors mostly quote on request: check your quote."
                )
            )
            return
        file, product = chosen
        parts = [
            self.tr("Prices as of %1. Source: %2")
            .replace("%1", file.as_of)
            .replace("%2", file.source)
        ]
        if product.minimum_term_months:
            parts.append(
                self.tr("Minimum term: %1 months.").replace("%1", str(product.minimum_term_months))
            )
        if product.one_off_fee:
            parts.append(
                self.tr("One-off fee: %1.").replace(
                    "%1", money(product.one_off_fee, product.currency)
                )
            )
        if product.note:
            parts.append(product.note)
        if product.currency != self.state.currency:
            parts.append(
                self.tr("These prices are in %1 but your plan is in %2: convert them before use.")
                .replace("%1", product.currency)
                .replace("%2", self.state.currency)
            )
        self.preset_info.setText(" ".join(parts))
        self.preset_button.setEnabled(product.price is not None)

    def on_preset_button_clicked(self) -> None:
        chosen = self._chosen()
        if chosen is None or chosen[1].price is None:
            return
        product = chosen[1]
        values = {
            "licence.model": "subscription",
            "licence.product": " ".join(p for p in (product.product, product.edition) if p),
            "licence.price": amount_text(product.price),
            "licence.onboarding": amount_text(product.one_off_fee) if product.one_off_fee else "",
        }
        self.state.form.values.update(values)
        self.state.edited()
        self.initializePage()

    # --- model ---------------------------------------------------------------------------

    def on_model_toggled(self, model: str, checked: bool) -> None:
        if not checked:
            return
        if self.state.form.get("licence.model") != model:
            self.state.form.set("licence.model", model)
            self.state.edited()
        self._show_model(model)

    def _show_model(self, model: str) -> None:
        for key, box in self.model_boxes.items():
            box.setVisible(key == model)

    def load(self) -> None:
        model = self.state.form.get("licence.model") or "subscription"
        button = self.model_buttons.get(model)
        if button is not None:
            button.blockSignals(True)
            button.setChecked(True)
            button.blockSignals(False)
        self._show_model(model)
        self.lines.load()
        super().load()

    def extra_problems(self, problems: list[FormProblem]) -> None:
        self.lines.mark(problems)
