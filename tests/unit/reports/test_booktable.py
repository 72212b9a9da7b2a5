"""Tables split like a book: total rows never alone, "(continued)", header at page tops only."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from crmdesk.reports.customers.listing import CustomerListData, CustomerListRow, build_customer_list

pytestmark = pytest.mark.usefixtures("embedded_font", "english")


def _pages(pdf: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _table_pdf(rows: int, keep_last: int) -> bytes:
    from reportlab.platypus import Spacer

    from crmdesk.reports.blocks import data_table
    from crmdesk.reports.document import PageFrame, render
    from crmdesk.reports.styles import report_styles

    styles = report_styles()
    body = [[f"Row{i:03d}", f"{i},000.00"] for i in range(1, rows + 1)]
    body.append(["GRANDTOTAL", "999,999.00"])
    flow = [Spacer(1, 200), data_table(["ColumnHead", "Amount"], body, styles, [200, 100],
                                        numeric=(1,), keep_last=1)]  # fmt: skip
    return render(flow, PageFrame("Co", "Doc", "Subject", dt.date(2026, 12, 7)), styles)


@pytest.mark.parametrize("rows", range(30, 100, 3))
def test_a_total_row_never_starts_a_page_and_continued_parts_are_captioned(rows: int):
    pages = _pages(_table_pdf(rows, keep_last=1))
    assert len(pages) >= 2
    total_page = next(p for p in pages if "GRANDTOTAL" in p)
    # the total travels with the two rows before it
    assert f"Row{rows:03d}" in total_page and f"Row{rows - 1:03d}" in total_page
    for number, page in enumerate(pages):
        if "Row" not in page and "GRANDTOTAL" not in page:
            continue
        assert page.count("ColumnHead") == 1  # the header once, at the top of the part
        assert ("(continued)" in page) == (number > 0)
    every = "".join(pages)
    assert all(f"Row{i:03d}" in every for i in range(1, rows + 1))


def test_without_keep_last_some_total_row_does_start_a_page():
    """The check above can fail: with nothing kept, some length leaves the total alone."""
    alone = 0
    for rows in range(30, 100, 3):
        from reportlab.platypus import Spacer

        from crmdesk.reports.blocks import data_table
        from crmdesk.reports.document import PageFrame, render
        from crmdesk.reports.styles import report_styles

        styles = report_styles()
        body = [[f"Row{i:03d}", "1"] for i in range(1, rows + 1)] + [["GRANDTOTAL", "9"]]
        table = data_table(["ColumnHead", "Amount"], body, styles, [200, 100])
        info = PageFrame("Co", "Doc", "Subject", dt.date(2026, 12, 7))
        pages = _pages(render([Spacer(1, 200), table], info, styles))
        total_page = next(p for p in pages if "GRANDTOTAL" in p)
        alone += f"Row{rows:03d}" not in total_page
    assert alone > 0


def test_the_customer_list_prints_one_header_per_page_and_the_next_follow_up(tmp_path: Path):
    rows = [
        CustomerListRow(
            f"Person {i}",
            next_followup=dt.date(2027, 1, 1) + dt.timedelta(days=i) if i % 2 else None,
        )
        for i in range(250)
    ]
    pdf = build_customer_list(CustomerListData(rows), lang="en")
    pages = _pages(pdf)
    assert len(pages) > 3
    for number, page in enumerate(pages):
        assert page.count("Next follow-up") == 1, number
        assert ("Customer list (continued)" in page) == (number > 0)
    text = "".join(pages)
    assert "2027-01-02" in text and "2027-08-28" in text  # days 1 and 239 of the odd rows
    assert all(f"Person {i}" in text for i in range(250))
