"""The Dashboard: figure cards that open the matching list, and five charts.

It is the first screen at start-up, so building it costs nothing: the figures are read in the
background (TaskRunner) after the window is shown, and the charts are painted with QPainter
(no chart library to import). It reloads when it is shown after other screens changed data (their
``*_changed`` events), when data changes while it is visible, and after five minutes.

Cards ask the main window for a filtered list with ``ctx.events.navigate(key, argument)``:
``("customers", "new_this_month")``, ``("followups", "today")``, ``("followups",
"overdue")``, ``("service", "open")``, ``("service", "overdue")``, ``("service", "closed")``,
``("planner", plan_id)`` (None without a plan).
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import time
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.errors import UserError
from crmdesk.ui.context import AppContext
from crmdesk.ui.dashboard.cards import CARD_STYLE, PlanCardWidget, StatCard, link
from crmdesk.ui.dashboard.panels import ChartPanel, fill_charts
from crmdesk.ui.screen import Screen
from crmdesk.ui.widgets.numbers import NOT_DEFINED, card_money, percent
from crmdesk.ui.widgets.time import format_local, user_zone

if TYPE_CHECKING:
    from crmdesk.services.dashboard.figures import Dashboard, DashboardCards

log = logging.getLogger(__name__)

STALE_SECONDS = 300
# the longest the figures wait for the screen's first paint before they are read anyway
PAINT_WAIT_MS = 200
WIDE = 1000  # pixels from which the cards fit on one row and the charts two by two


class DashboardScreen(Screen):
    """Cards and charts over the whole database; see the module docstring."""

    # new figures are on the cards (the charts follow in the same turn of the event loop)
    cards_shown = Signal()
    # new figures are on the cards and in the charts (tests and the benchmark wait for it)
    drawn = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setStyleSheet(CARD_STYLE)
        self.board: Dashboard | None = None
        self._dirty = True
        self._loading = False
        self._again = False
        self._refresh_after_paint = False
        self._loaded_at = 0.0
        self._build()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(300)
        self._refresh_timer.timeout.connect(self.refresh)
        events = ctx.events
        for signal in (
            events.customers_changed,
            events.followups_changed,
            events.tickets_changed,
            events.plans_changed,
            events.spending_changed,
            events.data_replaced,
        ):
            signal.connect(self.on_data_changed)

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(self.tr("Dashboard"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.updated_label = QLabel()
        self.updated_label.setObjectName("updatedLabel")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the figures again (F5)"))
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self.refresh)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.updated_label)
        header.addWidget(self.refresh_button)

        self.customers_card = StatCard(self.tr("New customers this month"))
        self.followups_card = StatCard(self.tr("Follow-ups due today"))
        self.tickets_card = StatCard(self.tr("Open service tickets"))
        self.satisfaction_card = StatCard(self.tr("Satisfaction, last 12 months"))
        self.plan_card = PlanCardWidget(self.tr("Budget plan"), self.tr("Spending and actuals…"))
        self.plan_card.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.customers_card.activated.connect(lambda: self._go("customers", "new_this_month"))
        self.followups_card.activated.connect(lambda: self._go("followups", "today"))
        self.followups_card.link_activated.connect(lambda name: self._go("followups", name))
        self.tickets_card.activated.connect(lambda: self._go("service", "open"))
        self.tickets_card.link_activated.connect(lambda name: self._go("service", name))
        self.satisfaction_card.activated.connect(lambda: self._go("service", "closed"))
        self.plan_card.activated.connect(self.on_plan_card_activated)
        self.plan_card.link_activated.connect(lambda _name: self.open_spending("variance"))
        self.plan_card.open_spending.connect(lambda: self.open_spending("ledger"))
        self.cards = [
            self.customers_card,
            self.followups_card,
            self.tickets_card,
            self.satisfaction_card,
            self.plan_card,
        ]
        self.card_grid = QGridLayout()
        self.card_grid.setSpacing(10)

        self.panels = {
            "customers": ChartPanel(self.tr("New customers per month"), "new-customers"),
            "followups": ChartPanel(self.tr("Follow-ups done per week"), "followups-done"),
            "tickets": ChartPanel(self.tr("Service tickets opened and closed"), "tickets"),
            "satisfaction": ChartPanel(self.tr("Average satisfaction (1-5)"), "satisfaction"),
            "spend": ChartPanel(self.tr("Budget and actual spending, cumulative"), "spending"),
        }
        self.chart_grid = QGridLayout()
        self.chart_grid.setSpacing(10)

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(self.card_grid)
        body.addLayout(self.chart_grid)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        board_page = QWidget()
        layout = QVBoxLayout(board_page)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        # an empty business sees the welcome (crmdesk.ui.welcome) instead of zeros
        self.pages = QStackedWidget()
        self.pages.addWidget(board_page)
        self.welcome: QWidget | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self._wide: bool | None = None
        self._arrange(wide=True)

    def _arrange(self, wide: bool) -> None:
        """Cards in one row and charts two by two when there is room, else narrower."""
        if wide == self._wide:
            return
        self._wide = wide
        for card in self.cards:
            self.card_grid.removeWidget(card)
        columns = 6 if wide else 3
        for column in range(6):
            # equal columns, so the plan card's two columns are twice a card's width
            self.card_grid.setColumnStretch(column, 1 if column < columns else 0)
        slot = 0
        for card in self.cards:
            span = 2 if card is self.plan_card else 1
            if slot % columns + span > columns:
                slot += columns - slot % columns
            self.card_grid.addWidget(card, slot // columns, slot % columns, 1, span)
            slot += span
        for panel in self.panels.values():
            self.chart_grid.removeWidget(panel)
        order = ["customers", "followups", "tickets", "satisfaction"]
        per_row = 2 if wide else 1
        for index, key in enumerate(order):
            self.chart_grid.addWidget(self.panels[key], index // per_row, index % per_row)
        self.chart_grid.addWidget(self.panels["spend"], len(order) // per_row, 0, 1, per_row)

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        self._arrange(self.width() >= WIDE)
        super().resizeEvent(event)  # type: ignore[arg-type]

    # --- loading -------------------------------------------------------------------------

    def activated(self, argument: object = None) -> None:
        stale = time.monotonic() - self._loaded_at > STALE_SECONDS
        if self._dirty or stale:
            # once the switch has painted: the figures arrive a moment later. Reading them
            # is Python work in a worker, and each call into Python while Qt lays out and
            # paints the screen would wait for the GIL (the first paint took 40 ms longer).
            # A screen that is not painted soon (a minimised window) reads them anyway.
            self._refresh_after_paint = True
            self.update()
            QTimer.singleShot(PAINT_WAIT_MS, self._refresh_if_waiting)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._refresh_after_paint:
            QTimer.singleShot(0, self._refresh_if_waiting)

    def _refresh_if_waiting(self) -> None:
        if self._refresh_after_paint:
            self._refresh_after_paint = False
            self.refresh()

    def on_data_changed(self) -> None:
        self._dirty = True
        if self.isVisible():
            self._refresh_timer.start()

    def refresh(self) -> None:
        """Read every figure in the background, then draw."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        self._dirty = False
        db, now, tz = self.ctx.db, dt.datetime.now(dt.UTC), user_zone()

        def work(progress: object) -> Dashboard:
            from crmdesk.services.dashboard.figures import load_dashboard

            return load_dashboard(db, now, tz)

        self.ctx.tasks.run(
            work,
            show_progress=False,
            parent=self,
            on_success=self._on_loaded,
            on_failure=self._on_failed,
        )

    def _alive(self) -> bool:
        import shiboken6

        return shiboken6.isValid(self)

    def _on_loaded(self, board: Dashboard) -> None:
        if not self._alive():
            return
        self._loading = False
        self.board = board
        self._loaded_at = time.monotonic()
        self._show_cards(board)
        self._draw_charts(board)
        if self._again:
            self._again = False
            self.refresh()

    def _on_failed(self, error: BaseException) -> None:
        if not self._alive():
            return
        self._loading = False
        self._dirty = True
        if not isinstance(error, UserError):
            if not self.isVisible():
                # a load that outlived its window (closing, restoring a backup): log only
                log.error("dashboard load failed", exc_info=error)
                return
            from crmdesk.ui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)
            return
        log.warning("dashboard could not load: %s", error)
        message = self.tr("The figures could not be read: %1").replace("%1", str(error))
        for panel in self.panels.values():
            panel.show_message(message)

    # --- showing -------------------------------------------------------------------------

    def display_locale(self) -> QLocale:
        """Month names and numbers in the language of the interface."""
        return QLocale("zh_CN" if self.ctx.language.startswith("zh") else "en_GB")

    def show_dashboard(self, board: Dashboard) -> None:
        """Fill the cards and draw the charts."""
        self._show_cards(board)
        self._draw_charts(board)

    def _show_welcome(self, board: Dashboard) -> None:
        """The welcome while the business is new or has no customers; the dashboard after."""
        from crmdesk import settings

        empty = board.cards.customers == 0 and board.cards.plan is None
        first_run = not self.ctx.settings.get(settings.WELCOME_DONE) and board.cards.customers == 0
        if not (empty or first_run):
            self.pages.setCurrentIndex(0)
            return
        if self.welcome is None:
            from crmdesk.ui.welcome import WelcomePanel

            self.welcome = WelcomePanel(self.ctx)
            self.welcome.setObjectName("welcome")
            self.welcome.finished.connect(self.refresh)
            self.pages.addWidget(self.welcome)
        else:
            self.welcome.update_state()  # type: ignore[attr-defined]
        self.pages.setCurrentWidget(self.welcome)

    def _show_cards(self, board: Dashboard) -> None:
        self._show_welcome(board)
        self._fill_cards(board.cards)
        self.updated_label.setText(
            self.tr("Updated %1").replace(
                "%1",
                format_local(dt.datetime.now(dt.UTC), user_zone(), with_date=False),
            )
        )
        self.cards_shown.emit()

    def _draw_charts(self, board: Dashboard) -> None:
        fill_charts(self.panels, board.charts, self.display_locale())
        self.drawn.emit()

    def _count(self, value: int) -> str:
        return self.display_locale().toString(value)

    def _fill_cards(self, cards: DashboardCards) -> None:
        self.customers_card.set_value(self._count(cards.new_this_month))
        self.customers_card.set_detail(
            html.escape(self.tr("%1 customers in all").replace("%1", self._count(cards.customers)))
        )
        self.followups_card.set_value(self._count(cards.followups_today))
        self.followups_card.set_detail(self._overdue(cards.followups_overdue))
        self.tickets_card.set_value(self._count(cards.tickets_open))
        self.tickets_card.set_detail(self._overdue(cards.tickets_overdue))
        if cards.satisfaction is None:
            self.satisfaction_card.set_value(NOT_DEFINED)
            self.satisfaction_card.set_detail(html.escape(self.tr("No ratings yet")))
        else:
            self.satisfaction_card.set_value(
                self.tr("%1 / 5").replace("%1", f"{cards.satisfaction:.2f}")
            )
            self.satisfaction_card.set_detail(
                html.escape(self.tr("from %n rating(s)", "", cards.satisfaction_count))
            )
        self._fill_plan_card(cards)

    def _overdue(self, count: int) -> str:
        if not count:
            return html.escape(self.tr("None overdue"))
        return link("overdue", html.escape(self.tr("%n overdue", "", count)))

    def _fill_plan_card(self, cards: DashboardCards) -> None:
        plan = cards.plan
        card = self.plan_card
        if plan is None:
            card.set_title(self.tr("Budget plan"))
            card.set_value(NOT_DEFINED)
            card.set_detail(html.escape(self.tr("No budget plan yet")))
            card.set_share(None, False)
            return
        card.set_title(self.tr("Budget: %1").replace("%1", plan.name))
        over = plan.spent_to_date > plan.budget_to_date
        card.set_value(card_money(plan.spent_to_date, plan.currency), warning=over)
        if plan.budget_to_date:
            share = plan.spent_to_date / plan.budget_to_date
            detail = (
                self.tr("spent of %1 budgeted to date (%2)")
                .replace("%1", card_money(plan.budget_to_date, plan.currency))
                .replace("%2", percent(share))
            )
        else:
            share = Decimal(0)
            detail = self.tr("spent; nothing budgeted yet")
        text = html.escape(detail)
        if plan.warnings:
            # on a line of its own, so a narrow card never breaks the link in two
            text += "<br>" + link(
                "warnings", html.escape(self.tr("%n warning(s)", "", plan.warnings))
            )
        card.set_detail(text)
        card.set_share(float(share) if plan.budget_to_date else None, over)

    # --- actions -------------------------------------------------------------------------

    def _go(self, key: str, argument: object) -> None:
        self.ctx.events.navigate.emit(key, argument)

    def on_plan_card_activated(self) -> None:
        plan = self.board.cards.plan if self.board is not None else None
        self._go("planner", plan.plan_id if plan is not None else None)

    def open_spending(self, page: str) -> None:
        """Open the spending ledger and plan-versus-actual window for the plan on the card."""
        from crmdesk.ui.spending import SpendingDialog

        plan = self.board.cards.plan if self.board is not None else None
        SpendingDialog.open(self, self.ctx, plan.plan_id if plan is not None else None, page)
