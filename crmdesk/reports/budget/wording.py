"""The words of the budget report: the verdict, item descriptions, the formulas appendix.

Every sentence is a translatable template (context "Report") filled with figures the engine
computed; nothing here adds or multiplies money.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from crmdesk.domain.planning.categories import (
    BENEFIT_CATEGORY_LABELS,
    COST_CATEGORY_LABELS,
    ItemKind,
    sub_item_label,
)
from crmdesk.domain.planning.checks import CheckResult
from crmdesk.domain.planning.metrics import PlanMetrics
from crmdesk.domain.planning.plan import BenefitItem, CostItem
from crmdesk.i18n import translate
from crmdesk.reports.formats import Formats


@dataclass(frozen=True)
class Verdict:
    """The cover page's conclusion: a short headline, its tone and the explaining sentences.

    ``tone`` is "good" (positive NPV, no failed check), "mixed" (positive NPV, some checks
    failed) or "bad" (NPV not positive).
    """

    headline: str
    tone: str
    sentences: tuple[str, ...]


def check_title(check: CheckResult) -> str:
    """The check's short title in the report's language."""
    return translate("Checks", check.title)


def verdict(metrics: PlanMetrics, f: Formats) -> Verdict:
    """The conclusion drawn from NPV, the risk-adjusted NPV and the rule checks."""
    plan, base = metrics.plan, metrics.base
    if base.total_costs == 0 and base.total_benefits == 0:
        empty = translate(
            "Report", "The plan has no costs or benefits yet, so there is nothing to judge."
        )
        return Verdict(translate("Report", "Nothing to judge yet"), "bad", (empty,))
    failed = [c for c in metrics.checks if c.passed is False]
    applied = [c for c in metrics.checks if c.passed is not None]
    sentences: list[str] = []
    rate = f.percent(plan.discount_rate)
    if base.npv > 0:
        sentences.append(
            translate(
                "Report",
                "At a {rate} discount rate the plan creates value: its net present value is"
                " {npv} and the present value of benefits is {bcr} times that of costs.",
            ).format(rate=rate, npv=f.money(base.npv), bcr=f.ratio(base.bcr))
        )
    else:
        sentences.append(
            translate(
                "Report",
                "At a {rate} discount rate the plan does not pay for itself: its net present"
                " value is {npv}.",
            ).format(rate=rate, npv=f.money(base.npv))
        )
    adjusted = metrics.risk_adjusted
    if adjusted is not None and plan.risk_adjustment is not None:
        template = (
            translate(
                "Report",
                "With benefits {benefits} lower and costs {costs} higher, NPV is still"
                " positive at {npv}.",
            )
            if adjusted.npv > 0
            else translate(
                "Report",
                "With benefits {benefits} lower and costs {costs} higher, NPV falls to {npv}.",
            )
        )
        sentences.append(
            template.format(
                benefits=f.percent(plan.risk_adjustment.benefits, 2),
                costs=f.percent(plan.risk_adjustment.costs, 2),
                npv=f.money(adjusted.npv),
            )
        )
    if not failed:
        sentences.append(
            translate("Report", "It passes all {count} rule-of-thumb checks that apply.").format(
                count=len(applied)
            )
        )
    else:
        names = f.join([check_title(c) for c in failed])
        sentences.append(
            translate(
                "Report", "It fails {failed} of {count} rule-of-thumb checks: {names}."
            ).format(failed=len(failed), count=len(applied), names=names)
        )
    if base.npv <= 0:
        headline, tone = translate("Report", "Not viable as planned"), "bad"
    elif failed:
        headline, tone = translate("Report", "Worth doing, with changes"), "mixed"
    else:
        headline, tone = translate("Report", "Sound investment"), "good"
    return Verdict(headline, tone, tuple(sentences))


# --- items -----------------------------------------------------------------------------------


def category_label(key: str) -> str:
    """A cost or benefit category (or the contingency line) in the report's language."""
    label = COST_CATEGORY_LABELS.get(key) or BENEFIT_CATEGORY_LABELS.get(key) or key
    return translate("Plan", label)


def item_label(item: CostItem | BenefitItem) -> str:
    """The item's own label, else its sub-item's, else its category's."""
    if item.label.strip():
        return item.label
    if item.sub_item:
        label = sub_item_label(item.category, item.sub_item)
        if label:
            return translate("Plan", label)
    return category_label(item.category.value)


def _years(item: CostItem | BenefitItem, f: Formats) -> str:
    if item.from_year == item.to_year:
        return translate("Report", "year {year}").format(year=item.from_year)
    return translate("Report", "years {first}–{last}").format(
        first=item.from_year, last=item.to_year
    )


def item_description(item: CostItem | BenefitItem, users: int, f: Formats) -> str:
    """How the item's yearly amounts arise, e.g. "¥120.00 per user per month × 8 users,
    years 1–5, rising 3.00% a year"; plus its sub-item and notes."""
    parts: list[str] = []
    if item.sub_item and item.label.strip():
        label = sub_item_label(item.category, item.sub_item)
        if label:
            parts.append(translate("Plan", label))
    amount = f.money(item.amount)
    if item.kind is ItemKind.ONE_OFF:
        parts.append(
            translate("Report", "{amount} once, in year {year}").format(
                amount=amount, year=item.year
            )
        )
    elif item.kind is ItemKind.ANNUAL:
        parts.append(
            translate("Report", "{amount} a year, {years}").format(
                amount=amount, years=_years(item, f)
            )
        )
    else:
        count = item.users if item.users is not None else users
        parts.append(
            translate("Report", "{amount} per user per month × {users} users, {years}").format(
                amount=amount, users=f.count(count), years=_years(item, f)
            )
        )
    if item.escalation > 0:
        parts.append(
            translate("Report", "rising {rate} a year").format(rate=f.percent(item.escalation))
        )
    elif item.escalation < 0:
        parts.append(
            translate("Report", "falling {rate} a year").format(rate=f.percent(-item.escalation))
        )
    if item.ramp:
        steps = f.join(
            [
                translate("Report", "{share} in year {year}").format(
                    share=f.percent(factor, 2), year=(item.from_year or 0) + i
                )
                for i, factor in enumerate(item.ramp)
            ],
            ", ",
        )
        parts.append(translate("Report", "ramp-up: {steps}").format(steps=steps))
    if item.notes.strip():
        parts.append(item.notes)
    return f.join(parts)


def factor_text(value: Decimal, f: Formats) -> str:
    """A sensitivity factor as a share of the planned amount: ``80.00%``."""
    return f.percent(value, 2)


# --- appendix --------------------------------------------------------------------------------


def appendix_paragraphs(metrics: PlanMetrics, f: Formats) -> list[tuple[str, str]]:
    """(title, text) pairs stating every formula and convention the figures follow.

    Formulas are written in plain text (``CF_t``, ``(1 + r)^t``); ``math_markup`` turns the
    escaped text into sub- and superscripts for print.
    """
    rate = f.percent(metrics.plan.discount_rate)
    return [
        (
            translate("Report", "Cash flows and timing"),
            translate(
                "Report",
                "All flows are yearly and fall at the end of each year. Year 0 is the"
                " investment date and is not discounted. The net cash flow of year t is"
                " benefits minus costs: CF_t = B_t − C_t.",
            ),
        ),
        (
            translate("Report", "Net present value (NPV)"),
            translate(
                "Report",
                "NPV = Σ CF_t / (1 + r)^t for t = 0 ... N, with the discount rate r = {rate}"
                " and the horizon N in years. The present values of benefits, PV(B), and of"
                " costs, PV(C), are discounted the same way.",
            ).format(rate=rate),
        ),
        (
            translate("Report", "Benefit-cost ratio and ROI"),
            translate(
                "Report",
                "Benefit-cost ratio = PV(B) / PV(C). Simple ROI = (ΣB − ΣC) / ΣC, from"
                " undiscounted totals. Discounted ROI = NPV / PV(C).",
            ),
        ),
        (
            translate("Report", "Internal rate of return (IRR) and MIRR"),
            translate(
                "Report",
                "The IRR is the rate at which NPV = 0. NPV is a polynomial in x = 1 / (1 + r);"
                " every one of its roots with r above −100% is found in exact fractions: the"
                " repeated factors are divided out, Sturm's theorem counts the roots in an"
                " interval, and bisection isolates each root and narrows it to about 24"
                " significant digits. No rate is too large or too close to another to be"
                " found, and where NPV comes near zero without reaching it there is no root."
                " If the flows never change sign there is no IRR; if NPV has no root there is"
                " no real IRR; if it has several, all are listed and none should be used"
                " alone. The MIRR finances outflows and reinvests inflows at the discount"
                " rate ({rate}).",
            ).format(rate=rate),
        ),
        (
            translate("Report", "Payback"),
            translate(
                "Report",
                "Payback is the time from year 0 until the cumulative net cash flow first"
                " reaches zero, interpolated linearly within the year in which it does. If"
                " the cumulative flow later turns negative again, this is stated together with"
                " the final crossing, after which it stays at or above zero; the check"
                ' "payback within 12 months" is judged on that final crossing. Discounted'
                " payback does the same with discounted flows.",
            ),
        ),
        (
            translate("Report", "Break-even annual benefit and TCO"),
            translate(
                "Report",
                "The break-even annual benefit is the level yearly benefit in years 1 ... N"
                " whose present value equals PV(C), so that NPV = 0. Total cost of ownership"
                " (TCO) is the undiscounted sum of all costs over years 0 ... N; per year it is"
                " divided by N, per user by the number of users, per user-month by users ×"
                " 12 × N.",
            ),
        ),
        (
            translate("Report", "Escalation, ramp-up, contingency and risk adjustment"),
            translate(
                "Report",
                "An item escalating at g a year costs amount × (1 + g)^(t − first year) in"
                " year t. A ramp-up factor scales an item's first years. Per-user-month items"
                " cost amount × users × 12 a year. The contingency reserve is the contingency"
                " rate × year-0 costs, booked in year 0. The risk-adjusted case multiplies"
                " every benefit by (1 − b) and every cost by (1 + c) and recomputes all"
                " figures.",
            ),
        ),
        (
            translate("Report", "Rounding"),
            translate(
                "Report",
                "Figures are computed exactly in decimal arithmetic and rounded half-up to"
                " cents only when printed, so a printed total may differ by a cent from the"
                " sum of printed parts. Percentages are rounded half-up to the places shown.",
            ),
        ),
    ]


_SUB = re.compile(r"_(\w)")
_SUPER_GROUP = re.compile(r"\^\(([^)]*)\)")
_SUPER = re.compile(r"\^(\w)")


def math_markup(escaped: str) -> str:
    """Escaped formula text with ``x_t`` as a subscript and ``^t``/``^(...)`` as superscript."""
    text = _SUB.sub(r"<sub>\1</sub>", escaped)
    text = _SUPER_GROUP.sub(r"<super>\1</super>", text)
    return _SUPER.sub(r"<super>\1</super>", text)
