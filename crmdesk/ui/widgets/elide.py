"""Cells that must be cut end in "…" and show their whole text as a tooltip; others do not."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)


class ElidedTooltipDelegate(QStyledItemDelegate):
    """Shows the full text of a cut cell on hover, unless the model gives its own tooltip."""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if index.isValid() and index.data(Qt.ItemDataRole.ToolTipRole) is None:
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if isinstance(text, str) and text:
                options = QStyleOptionViewItem(option)
                self.initStyleOption(options, index)
                margin = 2 * view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin)
                room = view.visualRect(index).width() - margin - 8
                if options.fontMetrics.horizontalAdvance(text) > room:
                    QToolTip.showText(event.globalPos(), text, view)
                    return True
                QToolTip.hideText()
                return True
        return super().helpEvent(event, view, option, index)


def elide_with_tooltips(view: QAbstractItemView) -> None:
    """Give ``view`` the delegate: "…" at the end of a cut cell, the whole text on hover."""
    view.setItemDelegate(ElidedTooltipDelegate(view))
