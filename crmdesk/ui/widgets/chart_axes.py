"""The arithmetic of the on-screen charts: round ticks, which period labels fit, value to pixel.

Plain Python (no Qt), so each rule is tested with worked examples; ``charts`` measures the text
and paints. Values are floats here: they only place marks on the screen, the figures shown in
words come from the caller's own formatting.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

MINUS = "\u2212"


def nice_step(span: float, ticks: int = 5) -> float:
    """A round step (1, 2 or 5 x 10^k) giving about ``ticks`` ticks over ``span``."""
    if span <= 0 or ticks <= 0:
        return 1.0
    raw = span / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power * (1 + 1e-9):
            return float(factor * power)
    return float(10 * power)


def _clean(value: float) -> float:
    """0.30000000000000004 as 0.3 and -0.0 as 0.0, so labels and comparisons are exact."""
    return round(value, 10) + 0.0


@dataclass(frozen=True)
class ValueAxis:
    """A value axis: it runs from ``low`` to ``high``, both multiples of ``step``, with a
    tick at every step."""

    low: float
    high: float
    step: float
    ticks: tuple[float, ...]


def value_axis(low: float, high: float, *, integers: bool = False, ticks: int = 5) -> ValueAxis:
    """The round axis covering ``low``..``high``: it starts at the multiple of the step at or
    below ``low`` and ends at the one at or above ``high``. ``integers`` (counts) keeps the
    step at 1 or more. An empty span (all zero, one value) still gets an axis one step wide."""
    if high < low:
        low, high = high, low
    if high == low:
        widen = abs(low) * 0.1 if low and not integers else 1.0
        low, high = (low, low + widen) if low >= 0 else (low - widen, low)
    step = nice_step(high - low, ticks)
    if integers:
        step = max(step, 1.0)
    first = math.floor(low / step + 1e-9)
    last = math.ceil(high / step - 1e-9)
    marks = tuple(_clean(i * step) for i in range(first, last + 1))
    return ValueAxis(marks[0], marks[-1], step, marks)


def decimals(step: float, divisor: float = 1.0) -> int:
    """Decimal places that tell ticks ``step`` apart once divided by ``divisor`` (0 for whole
    steps, 1 for 0.5, 2 for 0.05)."""
    shown = step / divisor
    if shown <= 0 or shown >= 1:
        return 0
    return max(0, -math.floor(math.log10(shown) + 1e-9))


def tick_label(value: float, places: int = 0, divisor: float = 1.0) -> str:
    """A tick as people write it: grouped (``1,200,000``), a true minus (``−5``), no ``-0``."""
    text = f"{value / divisor:,.{places}f}"
    if not text.startswith("-"):
        return text
    rest = text[1:]
    return MINUS + rest if any(ch in "123456789" for ch in rest) else rest


@dataclass(frozen=True)
class Scale:
    """Values ``low``..``high`` on pixels ``start``..``end``; ``end`` may be smaller than
    ``start`` (a value axis, whose pixels grow downwards)."""

    low: float
    high: float
    start: float
    end: float

    def pixel(self, value: float) -> float:
        if self.high == self.low:
            return (self.start + self.end) / 2
        return self.start + (value - self.low) * (self.end - self.start) / (self.high - self.low)

    def value(self, pixel: float) -> float:
        if self.end == self.start:
            return self.low
        return self.low + (pixel - self.start) * (self.high - self.low) / (self.end - self.start)

    @property
    def per_unit(self) -> float:
        """Pixels per unit of value (positive)."""
        if self.high == self.low:
            return 0.0
        return abs(self.end - self.start) / (self.high - self.low)


def period_padding(count: int, half_label: float, width: float) -> float:
    """Units of room beyond the first and the last period so that their labels (``half_label``
    pixels each side of the period) fit inside ``width`` pixels: with p units of padding and n
    periods, p x width / (n - 1 + 2p) >= half_label, so p = half_label x (n - 1) / (width -
    2 x half_label); never under 0.6, so the outer bars are never cut."""
    width = max(width, 4 * half_label)
    if count <= 1 or width <= 2 * half_label:
        return 0.6
    return max(0.6, half_label * (count - 1) / (width - 2 * half_label))


def labelled_periods(widths: Sequence[float], scale: Scale, gap: float) -> list[int]:
    """The periods (0..n-1) that get a label, given each label's width in pixels: every
    ``step``-th one counted back from the last, so the current period is always labelled,
    with ``step`` the smallest that keeps neighbours ``gap`` pixels apart; a label that would
    stick out of the axis is left off."""
    count = len(widths)
    per_unit = scale.per_unit
    if not count or per_unit <= 0:
        return []
    step = max(1, math.ceil((max(widths) + gap) / per_unit - 1e-9))
    last = min(count - 1, math.floor(scale.high))
    return sorted(
        index
        for index in range(last, -1, -step)
        if (index - scale.low) * per_unit >= widths[index] / 2 - 1e-9
        and (scale.high - index) * per_unit >= widths[index] / 2 - 1e-9
    )


def nearest_period(value: float, count: int) -> int | None:
    """The period under ``value`` on a period axis, or None beyond the first and the last."""
    index = round(value)
    return index if 0 <= index < count else None
