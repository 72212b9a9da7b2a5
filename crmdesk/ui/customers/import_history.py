"""After an import: what happened, with Undo; and the list of earlier imports to undo later."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.services.customers.imports import (
    ImportAlreadyUndoneError,
    ImportReport,
    NoSuchImportError,
    UndoImportReport,
    list_import_batches,
    undo_import,
)
from crmdesk.ui.context import AppContext
from crmdesk.ui.customers.common import when_text
from crmdesk.ui.tasks import show_failure


def show_import_result(parent: QWidget, report: ImportReport) -> bool:
    """Tell the user what the import did; True when they chose to undo it at once."""
    ctx: AppContext = parent.ctx  # type: ignore[attr-defined]
    skipped = len(report.duplicates) - report.updated
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("ImportHistory", "Import finished"))
    box.setText(
        QCoreApplication.translate(
            "ImportHistory",
            "%1: %2 new customers, %3 updated, %4 duplicates skipped, %5 rows could not be "
            "imported.\n\nYou can undo the whole import now or later (More > Import history).",
        )
        .replace("%1", report.source)
        .replace("%2", str(report.new))
        .replace("%3", str(report.updated))
        .replace("%4", str(skipped))
        .replace("%5", str(len(report.invalid)))
    )
    box.addButton(QMessageBox.StandardButton.Ok)
    undo = box.addButton(
        QCoreApplication.translate("ImportHistory", "Undo import"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.exec()
    if box.clickedButton() is undo and report.batch_id is not None:
        undo_in_background(parent, ctx, report.batch_id, lambda _: parent.changed([]))  # type: ignore[attr-defined]
        return True
    return False


def undo_in_background(
    parent: QWidget,
    ctx: AppContext,
    batch_id: int,
    on_done: Callable[[UndoImportReport], None],
) -> None:
    """Undo an import off the GUI thread (100,000 customers take a few seconds), then report.

    It is one transaction: it cannot be stopped halfway, so the progress dialog has no Cancel.
    An import undone meanwhile (another window, a double click) is said in the user's language.
    """

    def failed(exc: BaseException) -> None:
        title = QCoreApplication.translate("ImportHistory", "Undo import")
        if isinstance(exc, ImportAlreadyUndoneError | NoSuchImportError):
            QMessageBox.information(
                parent,
                title,
                QCoreApplication.translate(
                    "ImportHistory", "This import was already undone: nothing has changed."
                )
                if isinstance(exc, ImportAlreadyUndoneError)
                else QCoreApplication.translate(
                    "ImportHistory", "This import no longer exists: nothing has changed."
                ),
            )
        else:
            show_failure(parent, exc)

    def done(report: UndoImportReport) -> None:
        on_done(report)
        QMessageBox.information(
            parent,
            QCoreApplication.translate("ImportHistory", "Import undone"),
            QCoreApplication.translate(
                "ImportHistory",
                "%1: %2 customers removed, %3 kept in the recycle bin because they have "
                "follow-ups or tickets, %4 updated customers put back as they were.",
            )
            .replace("%1", report.source)
            .replace("%2", str(report.removed))
            .replace("%3", str(report.binned))
            .replace("%4", str(report.restored)),
        )

    ctx.tasks.run(
        lambda _progress: undo_import(ctx.db, batch_id),
        title=QCoreApplication.translate("ImportHistory", "Undoing the import"),
        parent=parent,
        on_success=done,
        on_failure=failed,
        cancellable=False,
    )


class ImportHistoryDialog(QDialog):
    """Earlier customer imports; the selected one can be undone as a whole."""

    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import history"))
        self.resize(620, 360)
        self.tree = QTreeWidget()
        self.tree.setObjectName("importHistory")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [self.tr("When"), self.tr("File"), self.tr("New"), self.tr("Updated"), self.tr("State")]
        )
        self.undo_button = QPushButton(self.tr("&Undo this import"))
        self.undo_button.clicked.connect(self.on_undo_button_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.tree.currentItemChanged.connect(lambda *_: self._update_button())
        self.undone = False  # the caller reloads its list when an import was undone
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        for batch in list_import_batches(self.ctx.db):
            state = self.tr("undone") if batch.undone else ""
            item = QTreeWidgetItem(
                [
                    when_text(batch.created_at),
                    batch.source,
                    str(batch.added),
                    str(batch.updated),
                    state,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, batch.id)
            item.setData(1, Qt.ItemDataRole.UserRole, batch.undone)
            self.tree.addTopLevelItem(item)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._update_button()

    def _update_button(self) -> None:
        item = self.tree.currentItem()
        self.undo_button.setEnabled(item is not None and not item.data(1, Qt.ItemDataRole.UserRole))

    def on_undo_button_clicked(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Undo import"),
            self.tr("Remove the customers added by %1 and put back the ones it updated?").replace(
                "%1", item.text(1)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(_report: UndoImportReport) -> None:
            self.undone = True
            self.reload()

        undo_in_background(self, self.ctx, int(item.data(0, Qt.ItemDataRole.UserRole)), done)
