"""The risks on the summary: the DOMAIN.md list plus the owner's own, a mitigation for each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from crmdesk.domain.planning.plan import PlanRisk
from crmdesk.domain.planning.risks import RISKS_BY_KEY, describe_risk
from crmdesk.ui.planner.text import render
from crmdesk.ui.planner.wizard.state import WizardState


class RisksEditor(QWidget):
    """Known risks show their default mitigation until the owner types their own."""

    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.add_button = QPushButton(self.tr("Add a risk"))
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.mitigations: list[QPlainTextEdit] = []

    def load(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.add_button:
                widget.deleteLater()
        self.mitigations = []
        for index, risk in enumerate(self.state.form.risks):
            self._add_row(index, risk)
        self.grid.addWidget(
            self.add_button, len(self.state.form.risks), 0, Qt.AlignmentFlag.AlignLeft
        )

    def _add_row(self, index: int, risk: PlanRisk) -> None:
        label, default = describe_risk(PlanRisk(risk.risk))
        if risk.risk in RISKS_BY_KEY:
            text = QLabel(render(label))
            text.setWordWrap(True)
            name: QWidget = text
        else:
            edit = QLineEdit(risk.risk)
            edit.setPlaceholderText(self.tr("Your own risk"))
            edit.textEdited.connect(lambda text, i=index: self._on_risk(i, text))
            name = edit
        mitigation = QPlainTextEdit(risk.mitigation)
        mitigation.setObjectName(f"mitigation_{index}")
        mitigation.setTabChangesFocus(True)
        mitigation.setPlaceholderText(render(default) or self.tr("How you will handle it"))
        mitigation.setToolTip(
            self.tr("Leave empty to keep the suggested mitigation shown in grey.")
        )
        mitigation.setFixedHeight(mitigation.fontMetrics().lineSpacing() * 2 + 14)
        mitigation.textChanged.connect(
            lambda i=index, m=mitigation: self._on_mitigation(i, m.toPlainText())
        )
        name.setMinimumWidth(230)
        name.setMaximumWidth(300)
        self.grid.addWidget(name, index, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(mitigation, index, 1)
        self.mitigations.append(mitigation)

    def _on_mitigation(self, index: int, text: str) -> None:
        risk = self.state.form.risks[index]
        self.state.form.risks[index] = PlanRisk(risk.risk, text)
        self.state.edited()

    def _on_risk(self, index: int, text: str) -> None:
        risk = self.state.form.risks[index]
        self.state.form.risks[index] = PlanRisk(text, risk.mitigation)
        self.state.edited()

    def on_add_button_clicked(self) -> None:
        self.state.form.risks.append(PlanRisk(""))
        self.state.edited()
        self.load()
        last = self.grid.itemAtPosition(len(self.state.form.risks) - 1, 0)
        if last is not None and last.widget() is not None:
            last.widget().setFocus()
