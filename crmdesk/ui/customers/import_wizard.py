"""The import wizard: choose a file, check how its columns map to fields, dry run, import.

Nothing is written until the wizard is accepted; the screen then runs the import on the task
runner. Reading the file and the dry run also run there, so a 100,000-row file never freezes
the window.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crmdesk.domain.customers.rows import input_from_cells
from crmdesk.domain.customers.table import CUSTOM_PREFIX, FIELDS, has_name_column
from crmdesk.domain.errors import Cancelled, ValidationError
from crmdesk.domain.sentence import FieldError
from crmdesk.services.customers.imports import (
    ImportReport,
    ImportSource,
    analyse_import,
    open_import,
)
from crmdesk.services.customers.mappings import save_mapping
from crmdesk.ui.context import AppContext
from crmdesk.ui.customers.common import error_text, field_label

PREVIEW_ROWS = 20
PROBLEM = QBrush(QColor("#fde2e1"))
KEPT = QBrush(QColor("#fff4cc"))  # imported, with a value left in the notes


class PageId(IntEnum):
    FILE = 0
    MAPPING = 1
    CHECK = 2


def _encoding_text(encoding: str) -> str:
    names = {
        "utf-8": "UTF-8",
        "utf-8-sig": "UTF-8 (BOM)",
        "gb18030": "GBK/GB18030",
        "big5": "Big5",
        "utf-16": "UTF-16",
        "utf-16-le": "UTF-16",
        "utf-16-be": "UTF-16",
    }
    return names.get(encoding, encoding)


def _delimiter_text(delimiter: str) -> str:
    names = {
        ",": QCoreApplication.translate("ImportWizard", "comma"),
        ";": QCoreApplication.translate("ImportWizard", "semicolon"),
        "\t": QCoreApplication.translate("ImportWizard", "tab"),
        "|": QCoreApplication.translate("ImportWizard", "bar"),
    }
    return names.get(delimiter, delimiter)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "A spreadsheet (.xlsx), a CSV file in any common encoding, or phone "
                "contacts exported as vCard (.vcf)."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.browse_button = QPushButton(self.tr("&Browse..."))
        self.browse_button.clicked.connect(self.on_browse_button_clicked)
        self.status_label = QLabel()
        self.status_label.setObjectName("fileStatus")
        self.status_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        layout.addStretch(1)

    def on_browse_button_clicked(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import customers"),
            start,
            self.tr("Customer files (*.xlsx *.csv *.txt *.vcf);;All files (*)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read ``path`` in the background; the page completes when it was a customer table."""
        self.path_edit.setText(str(path))
        self.w.source = None
        self.status_label.setText(self.tr("Reading..."))
        self.completeChanged.emit()
        self.w.ctx.tasks.run(
            lambda progress: open_import(self.w.ctx.db, path),
            title=self.tr("Reading %1").replace("%1", path.name),
            parent=self,
            on_success=self.on_read,
            on_failure=self.on_read_failed,
        )

    def on_read(self, source: ImportSource) -> None:
        self.w.source = source
        table = source.table
        details = table.kind.upper()
        if table.kind == "csv":
            details = (
                self.tr("CSV, %1, separated by %2")
                .replace("%1", _encoding_text(table.encoding))
                .replace("%2", _delimiter_text(table.delimiter))
            )
        lines = [self.tr("%n row(s) found (%1).", "", len(table.rows)).replace("%1", details)]
        lines += [w.render(QCoreApplication.translate) for w in table.warnings]
        self.status_label.setText("\n".join(lines))
        self.completeChanged.emit()

    def on_read_failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.status_label.setText("")
            return
        self.status_label.setText(error_text(error))

    def isComplete(self) -> bool:
        return self.w.source is not None


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(
            self.tr(
                "Each column of the file goes into the field shown. Rows with a problem "
                "are marked; point at a cell to see why."
            )
        )
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Goes into"), self.tr("Examples")]
        )
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.preview = QTableWidget()
        self.preview.setObjectName("importPreview")
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.status_label = QLabel()
        self.status_label.setObjectName("mappingStatus")
        self.status_label.setWordWrap(True)
        self.profile_label = QLabel()
        self.profile_label.setObjectName("importProfile")
        self.profile_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save this mapping"))
        self.save_button.setObjectName("saveMapping")
        self.save_button.setToolTip(
            self.tr("The next file with the same columns is mapped the same way.")
        )
        self.save_button.clicked.connect(self.on_save_button_clicked)
        top = QHBoxLayout()
        top.addWidget(self.profile_label, 1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.mapping_table, 2)
        layout.addWidget(QLabel(self.tr("First rows:")))
        layout.addWidget(self.preview, 3)
        layout.addWidget(self.status_label)
        self.combos: list[QComboBox] = []

    def _choices(self) -> list[tuple[str, str | None]]:
        choices: list[tuple[str, str | None]] = [(self.tr("(ignore)"), None)]
        choices += [(field_label(key), key) for key, _ in FIELDS]
        assert self.w.source is not None
        choices += [(c.name, f"{CUSTOM_PREFIX}{c.id}") for c in self.w.source.custom.values()]
        return choices

    def initializePage(self) -> None:
        source = self.w.source
        assert source is not None
        table = source.table
        self.mapping_table.setRowCount(len(table.headers))
        self.combos = []
        for row, header in enumerate(table.headers):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(header))
            combo = QComboBox()
            for text, key in self._choices():
                combo.addItem(text, key)
            combo.setCurrentIndex(max(0, combo.findData(source.mapping[row])))
            combo.currentIndexChanged.connect(self.on_mapping_changed)
            self.mapping_table.setCellWidget(row, 1, combo)
            self.combos.append(combo)
            samples = [r[row] for r in table.rows[:50] if row < len(r) and r[row].strip()][:3]
            self.mapping_table.setItem(row, 2, QTableWidgetItem(" | ".join(samples)))
        self.mapping_table.resizeColumnsToContents()
        self.profile_label.setText(self._profile_text())
        self.refresh_preview()

    def _profile_text(self) -> str:
        """Which exporter the header is from, a saved mapping, and repeated column names."""
        source = self.w.source
        assert source is not None
        lines = []
        if source.saved:
            lines.append(self.tr("Your saved mapping for these columns is used."))
        elif source.profile is not None:
            name = QCoreApplication.translate("ImportProfile", source.profile.label)
            lines.append(self.tr("Recognised: %1").replace("%1", name))
        seen: set[str] = set()
        for header in source.table.headers:
            folded = " ".join(header.casefold().split())
            if folded and folded in seen:
                lines.append(
                    self.tr("Two columns are named “%1”: both are listed below.").replace(
                        "%1", header
                    )
                )
            seen.add(folded)
        return "\n".join(lines)

    def on_save_button_clicked(self) -> None:
        source = self.w.source
        assert source is not None
        save_mapping(self.w.ctx.db, source.table.headers, source.mapping)
        self.profile_label.setText(
            self.tr("Saved: the next file with these columns is mapped the same way.")
        )

    def on_mapping_changed(self) -> None:
        assert self.w.source is not None
        self.w.source.mapping = [combo.currentData() for combo in self.combos]
        self.refresh_preview()
        self.completeChanged.emit()

    def refresh_preview(self) -> None:
        source = self.w.source
        assert source is not None
        table, mapping = source.table, source.mapping
        shown = [i for i, key in enumerate(mapping) if key]
        self.preview.clear()
        self.preview.setColumnCount(len(shown))
        labels = [self.combos[i].currentText() for i in shown] if self.combos else []
        self.preview.setHorizontalHeaderLabels(labels)
        rows = table.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(rows))
        self.preview.setVerticalHeaderLabels([str(n) for n in table.numbers[:PREVIEW_ROWS]])
        problems = 0
        headers = tuple(table.headers)
        for r, cells in enumerate(rows):
            reason = ""
            brush = PROBLEM
            kept: list[FieldError] = []
            try:
                input_from_cells(mapping, cells, source.custom, headers, kept).validated()
            except ValidationError as error:
                reason = error_text(error)
                problems += 1
            else:
                if kept:
                    reason = "\n".join(error_text(k) for k in kept)
                    brush = KEPT
            for c, column in enumerate(shown):
                item = QTableWidgetItem(cells[column] if column < len(cells) else "")
                if reason:
                    item.setBackground(brush)
                    item.setToolTip(reason)
                self.preview.setItem(r, c, item)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.resizeColumnsToContents()
        if not has_name_column(mapping):
            self.status_label.setText(self.tr("Choose the column that holds the customer's name."))
        elif problems:
            self.status_label.setText(
                self.tr(
                    "%n of the first rows cannot be imported as they are (marked).", "", problems
                )
            )
        else:
            self.status_label.setText("")

    def isComplete(self) -> bool:
        return self.w.source is not None and has_name_column(self.w.source.mapping)


class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.report: ImportReport | None = None
        self.setTitle(self.tr("Dry run"))
        self.setSubTitle(self.tr("What the import will do. Nothing has been written yet."))
        self.skip_radio = QRadioButton(
            self.tr("&Skip rows that match a customer you have (same phone or e-mail)")
        )
        self.update_radio = QRadioButton(self.tr("&Update that customer with the row's values"))
        self.skip_radio.setChecked(True)
        self.update_radio.toggled.connect(lambda _on: self.analyse())
        self.summary_label = QLabel()
        self.summary_label.setObjectName("dryRunSummary")
        self.summary_label.setWordWrap(True)
        self.problems = QTreeWidget()
        self.problems.setObjectName("dryRunProblems")
        self.problems.setRootIsDecorated(False)
        self.problems.setHeaderLabels([self.tr("Row"), self.tr("Name"), self.tr("Why")])
        layout = QVBoxLayout(self)
        layout.addWidget(self.skip_radio)
        layout.addWidget(self.update_radio)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problems, 1)
        self.setFinalPage(True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))

    def initializePage(self) -> None:
        self.analyse()

    def analyse(self) -> None:
        source = self.w.source
        assert source is not None
        self.report = None
        self.summary_label.setText(self.tr("Checking every row..."))
        self.completeChanged.emit()
        update = self.update_radio.isChecked()
        self.w.ctx.tasks.run(
            lambda progress: analyse_import(self.w.ctx.db, source, update, progress),
            title=self.tr("Checking %1").replace("%1", source.name),
            parent=self,
            on_success=self.on_analysed,
            on_failure=lambda error: self.summary_label.setText(
                "" if isinstance(error, Cancelled) else error_text(error)
            ),
        )

    def on_analysed(self, report: ImportReport) -> None:
        self.report = report
        existing = sum(1 for d in report.duplicates if d.customer_id is not None)
        repeated = len(report.duplicates) - existing
        verb = self.tr("will be updated") if report.update_existing else self.tr("will be skipped")
        self.summary_label.setText(
            self.tr(
                "<b>%1</b> new customers · <b>%2</b> already in your list (%3) · "
                "<b>%4</b> repeated in the file · <b>%5</b> cannot be imported"
            )
            .replace("%1", str(report.new))
            .replace("%2", str(existing))
            .replace("%3", verb)
            .replace("%4", str(repeated))
            .replace("%5", str(len(report.invalid)))
        )
        if report.kept:
            rows_kept = len({k.row for k in report.kept})
            self.summary_label.setText(
                self.summary_label.text()
                + "<br>"
                + self.tr(
                    "%n rows are imported with a value they could not use left in the notes "
                    "(listed below).",
                    "",
                    rows_kept,
                )
            )
        self.problems.clear()
        items = []
        for p in report.invalid:
            reason = p.sentence.render(QCoreApplication.translate) if p.sentence else p.message
            items.append((p.row, p.name, f"{field_label(p.field)}: {reason}"))
        for k in report.kept:
            reason = k.sentence.render(QCoreApplication.translate) if k.sentence else k.message
            items.append((k.row, k.name, f"{field_label(k.field)}: {reason}"))
        for d in report.duplicates:
            if d.customer_id is not None:
                why = self.tr("same %1 as %2").replace("%1", field_label(d.match))
                why = why.replace("%2", d.customer_name)
            else:
                why = self.tr("same %1 as row %2").replace("%1", field_label(d.match))
                why = why.replace("%2", str(d.earlier_row))
            items.append((d.row, d.name, why))
        for row, name, why in sorted(items)[:2000]:
            item = QTreeWidgetItem([str(row), name, why])
            item.setToolTip(2, why)
            item.setData(0, Qt.ItemDataRole.UserRole, row)
            self.problems.addTopLevelItem(item)
        self.problems.resizeColumnToContents(0)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.report is not None


class ImportWizard(QWizard):
    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.source: ImportSource | None = None
        self.setWindowTitle(self.tr("Import customers"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.setPage(PageId.FILE, self.file_page)
        self.setPage(PageId.MAPPING, self.mapping_page)
        self.setPage(PageId.CHECK, self.check_page)
        self.resize(820, 600)

    def request(self) -> tuple[ImportSource, bool] | None:
        if self.source is None:
            return None
        return self.source, self.check_page.update_radio.isChecked()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext) -> tuple[ImportSource, bool] | None:
        """The file read with the user's mapping, and whether to update duplicates; or None."""
        wizard = cls(parent, ctx)
        if wizard.exec() != QWizard.DialogCode.Accepted:
            return None
        return wizard.request()
