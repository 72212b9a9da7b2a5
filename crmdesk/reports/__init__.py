"""PDF reports built with reportlab: the budget plan, customer lists and records, work orders.

Public entry points (each returns the PDF bytes and, given a path, writes it atomically):

- ``budget_report.build_budget_report(plan, target, lang=, paper=, ...)``
- ``customer_list.build_customer_list(CustomerListData, target, lang=, paper=)``
- ``customer_record.build_customer_record(CustomerRecordData, target, lang=, paper=)``
- ``work_order.build_work_order(WorkOrderData, target, lang=, paper=)``

The data classes live next to their builder and import no reportlab, so services and
screens can fill them freely; reportlab is loaded when a report is built. Texts are
translated through QtCore (context "Report"); ``output.ReportError`` (a ``UserError``)
says why a file could not be written.

Shared machinery for further reports: ``document`` (page frame, header/footer, "Page x of y",
A4/Letter, landscape), ``styles`` (fonts, colours, paragraph and table styles, bold
headings), ``blocks`` (label/value grids, data tables with repeated headers, call-outs,
signature lines), ``charts`` (print charts in the report font), ``formats`` (figures and dates
per language), ``text.escape`` (the one escaping helper), ``output.deliver`` (atomic writing).
"""
