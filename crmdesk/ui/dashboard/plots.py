"""The dashboard's charts: ``PeriodChart`` (crmdesk.ui.widgets.charts) with a money axis.

The x axis labels one period or every few, chosen from the label widths so that no label is
clipped or overlaps in either language; the current period always keeps its label. Hovering
shows the values of the period under the mouse; ``save_png`` writes the chart with its title.
"""

from __future__ import annotations

from decimal import Decimal

from crmdesk.ui.widgets.charts import COLOURS, PeriodChart, Series
from crmdesk.ui.widgets.numbers import axis_unit

__all__ = ["COLOURS", "Chart", "Series"]


class Chart(PeriodChart):
    """A dashboard chart: the panel around it shows the title and the legend."""

    def set_money_axis(self, currency: str | None, largest: Decimal) -> None:
        """Money on the value axis: the unit it is in written beside it (CNY, 万元（CNY）)."""
        unit, divisor = axis_unit(currency, largest)
        self.set_value_unit(unit, float(divisor))
