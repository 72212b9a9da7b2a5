"""The customer screen's less frequent actions: duplicates warning, tagging, import, export,
print, duplicate scanner, recycle bin and custom fields.

Functions take the screen; slow work (import, export, reports) runs on ``ctx.tasks``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from crmdesk import settings
from crmdesk.domain.errors import Cancelled, UserError
from crmdesk.services.customers.duplicates import DuplicateMatch
from crmdesk.services.customers.store import CustomerFilter, customer_rows, get_customer, list_tags
from crmdesk.services.customers.timeline import customer_timeline
from crmdesk.ui.customers import commands
from crmdesk.ui.customers.common import (
    error_text,
    reason_label,
    record_entries,
    stage_label,
)
from crmdesk.ui.widgets.text import list_text

if TYPE_CHECKING:
    from crmdesk.ui.customers.screen import CustomersScreen


def ask_about_duplicates(
    parent: QWidget, matches: Sequence[DuplicateMatch]
) -> tuple[str, int | None]:
    """("save", None) without matches; else what the user chose: save, open (id), edit."""
    if not matches:
        return "save", None
    lines = []
    for m in matches[:5]:
        who = f"{m.name} ({m.company})" if m.company else m.name
        why = list_text(reason_label(r) for r in m.reasons)
        lines.append(f"• {who}: {why}")
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("CustomerTools", "Possible duplicate"))
    box.setText(
        QCoreApplication.translate(
            "CustomerTools", "This looks like a customer you already have:\n\n%1"
        ).replace("%1", "\n".join(lines))
    )
    save = box.addButton(
        QCoreApplication.translate("CustomerTools", "Save anyway"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    open_existing = box.addButton(
        QCoreApplication.translate("CustomerTools", "Open existing"),
        QMessageBox.ButtonRole.ActionRole,
    )
    edit = box.addButton(
        QCoreApplication.translate("CustomerTools", "Keep editing"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(edit)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return "save", None
    if clicked is open_existing:
        return "open", matches[0].customer_id
    return "edit", None


def tag_selected(screen: CustomersScreen, add: bool = True) -> None:
    ids = screen.selected_ids()
    if not ids:
        return
    title = (
        QCoreApplication.translate("CustomerTools", "Tag customers")
        if add
        else QCoreApplication.translate("CustomerTools", "Remove a tag")
    )
    tags = [name for name, _ in list_tags(screen.ctx.db)]
    tag, ok = QInputDialog.getItem(
        screen,
        title,
        QCoreApplication.translate("CustomerTools", "Tag for %1 customer(s):").replace(
            "%1", str(len(ids))
        ),
        tags,
        0,
        add,
    )
    if not ok or not tag.strip():
        return
    text = (
        QCoreApplication.translate("CustomerTools", "Tag %1").replace("%1", tag)
        if add
        else QCoreApplication.translate("CustomerTools", "Remove tag %1").replace("%1", tag)
    )
    try:
        command = commands.TagCustomersCommand(
            screen.ctx.db, ids, tag.strip(), add, text, screen.changed
        )
        screen.undo_stack.push(command)
    except UserError as error:
        QMessageBox.warning(screen, title, error_text(error))


# --- files ---------------------------------------------------------------------------------


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def import_file(screen: CustomersScreen) -> None:
    from crmdesk.services.customers.imports import run_import
    from crmdesk.ui.customers.import_wizard import ImportWizard

    request = ImportWizard.ask(screen, screen.ctx)
    if request is None:
        return
    source, update = request

    def done(report: object) -> None:
        from crmdesk.ui.customers.import_history import show_import_result

        screen.reload_fields()
        screen.changed([])
        show_import_result(screen, report)  # type: ignore[arg-type]

    def failed(error: BaseException) -> None:
        if not isinstance(error, Cancelled):
            QMessageBox.warning(
                screen, QCoreApplication.translate("CustomerTools", "Import"), error_text(error)
            )

    screen.ctx.tasks.run(
        lambda progress: run_import(screen.ctx.db, source, update, progress),
        title=QCoreApplication.translate("CustomerTools", "Importing customers"),
        parent=screen,
        on_success=done,
        on_failure=failed,
    )


def show_import_history(screen: CustomersScreen) -> None:
    from crmdesk.ui.customers.import_history import ImportHistoryDialog

    dialog = ImportHistoryDialog(screen, screen.ctx)
    dialog.exec()
    if dialog.undone:
        screen.changed([])


def export(screen: CustomersScreen) -> None:
    from crmdesk.services.customers.export import export_customers

    ids = screen.selected_ids()
    if len(ids) < 2:
        ids = screen.model.ids()  # the whole list as searched and filtered
    if not ids:
        return
    path, _ = QFileDialog.getSaveFileName(
        screen,
        QCoreApplication.translate("CustomerTools", "Export customers"),
        str(Path(_documents()) / "customers.xlsx"),
        QCoreApplication.translate("CustomerTools", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
    )
    if not path:
        return
    target = Path(path)
    if target.suffix.lower() not in (".csv", ".xlsx"):
        target = target.with_suffix(".xlsx")

    def done(count: int) -> None:
        screen.message_label.setText(
            QCoreApplication.translate("CustomerTools", "%1 customer(s) exported to %2")
            .replace("%1", str(int(count)))
            .replace("%2", str(target))
        )

    screen.ctx.tasks.run(
        lambda progress: export_customers(screen.ctx.db, target, ids=ids, progress=progress),
        title=QCoreApplication.translate("CustomerTools", "Exporting customers"),
        parent=screen,
        on_success=done,
    )


def export_their_data(screen: CustomersScreen, customer_id: int) -> None:
    """One customer's data in one JSON file, when they ask for it (PIPL access right)."""
    from crmdesk.services.customers.subject_export import export_customer_data
    from crmdesk.ui.reports.preview import safe_file_name

    name = get_customer(screen.ctx.db, customer_id).data.name
    path, _ = QFileDialog.getSaveFileName(
        screen,
        QCoreApplication.translate("CustomerTools", "Export their data"),
        str(Path(_documents()) / safe_file_name(f"{name}.json")),
        QCoreApplication.translate("CustomerTools", "JSON file (*.json)"),
    )
    if not path:
        return
    try:
        result = export_customer_data(screen.ctx.db, customer_id, Path(path))
    except UserError as error:
        QMessageBox.warning(
            screen,
            QCoreApplication.translate("CustomerTools", "Export their data"),
            error_text(error),
        )
        return
    screen.message_label.setText(
        QCoreApplication.translate("CustomerTools", "Everything stored about %1 saved to %2")
        .replace("%1", name)
        .replace("%2", str(result.path))
    )


def _filter_text(screen: CustomersScreen) -> str:
    parts = []
    if not screen.filter_bar.is_all():
        parts.append(screen.filter_bar.combo.currentText())
    if screen.search_edit.text().strip():
        parts.append(
            QCoreApplication.translate("CustomerTools", "search: %1").replace(
                "%1", screen.search_edit.text().strip()
            )
        )
    return "; ".join(parts)


def print_list(screen: CustomersScreen) -> None:
    from crmdesk.reports.customers.listing import (
        CustomerListData,
        CustomerListRow,
        build_customer_list,
    )
    from crmdesk.ui.reports import generate_and_preview, report_paper

    ids = screen.selected_ids()
    if len(ids) < 2:
        ids = screen.model.ids()
    db, lang, paper = screen.ctx.db, screen.ctx.language, report_paper(screen.ctx)
    filter_text = (
        _filter_text(screen)
        if len(ids) == screen.model.total()
        else QCoreApplication.translate("CustomerTools", "selection")
    )
    issuer = screen.ctx.settings.get(settings.COMPANY_NAME)
    profile = settings.company_profile(screen.ctx.settings)
    stages = {key: stage_label(key) for key in ("lead", "prospect", "customer", "inactive")}

    def build(progress: object) -> bytes:
        rows = []
        for start in range(0, len(ids), 500):
            for r in customer_rows(db, ids[start : start + 500]):
                rows.append(
                    CustomerListRow(
                        r.name,
                        r.company,
                        r.phone,
                        r.email,
                        stages.get(r.stage, ""),
                        r.tags,
                        r.last_contact_at,
                        r.next_followup_at,
                    )
                )
        data = CustomerListData(rows, filter_text, issuer=issuer, profile=profile)
        return build_customer_list(data, None, lang, paper, progress)  # type: ignore[arg-type]

    generate_and_preview(screen, screen.ctx, build, "customers.pdf")  # type: ignore[arg-type]


def print_record(screen: CustomersScreen, customer_id: int) -> None:
    from crmdesk.reports.customers.record import (
        CustomerRecordData,
        build_customer_record,
    )
    from crmdesk.ui.reports import generate_and_preview, report_paper
    from crmdesk.ui.reports.preview import safe_file_name

    detail = get_customer(screen.ctx.db, customer_id)
    timeline = customer_timeline(screen.ctx.db, customer_id)
    data = detail.data
    by_source = record_entries(timeline)
    record = CustomerRecordData(
        name=data.name,
        company=data.company,
        stage=stage_label(data.stage),
        phones=tuple(data.phones),
        emails=tuple(data.emails),
        address=data.address,
        tags=tuple(data.tags),
        notes=data.notes,
        fields=tuple((f.name, data.custom[f.id]) for f in screen.fields if f.id in data.custom),
        created_at=detail.created_at,
        last_contact=detail.last_contact_at,
        next_followup=detail.next_followup_at,
        followups=by_source["open"],
        tickets=by_source["ticket"],
        history=by_source["history"],
        issuer=screen.ctx.settings.get(settings.COMPANY_NAME),
        profile=settings.company_profile(screen.ctx.settings),
    )
    lang, paper = screen.ctx.language, report_paper(screen.ctx)
    generate_and_preview(
        screen,
        screen.ctx,
        lambda progress: build_customer_record(record, None, lang, paper, progress),
        safe_file_name(f"{data.name}.pdf"),
    )


# --- dialogs -------------------------------------------------------------------------------


def show_duplicates(screen: CustomersScreen) -> None:
    from crmdesk.ui.customers.duplicates_dialog import DuplicatesDialog

    DuplicatesDialog(screen).exec()


def show_bin(screen: CustomersScreen) -> None:
    from crmdesk.ui.customers.recycle_bin import RecycleBinDialog

    RecycleBinDialog(screen).exec()


def edit_fields(screen: CustomersScreen) -> None:
    from crmdesk.ui.customers.fields_dialog import CustomFieldsDialog

    CustomFieldsDialog(screen, screen.ctx).exec()
    screen.reload_fields()
    screen.show_detail()


def select_filter(screen: CustomersScreen, customer_filter: CustomerFilter) -> None:
    screen.filter_bar.set_custom(customer_filter)
