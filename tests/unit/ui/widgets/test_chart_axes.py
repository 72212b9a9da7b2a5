"""The charts' axis arithmetic, with worked examples checked by hand (no Qt involved)."""

from __future__ import annotations

import itertools
import subprocess
import sys

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from crmdesk.ui.widgets.chart_axes import (
    Scale,
    decimals,
    labelled_periods,
    nearest_period,
    nice_step,
    period_padding,
    tick_label,
    value_axis,
)


def test_the_module_needs_no_qt() -> None:
    code = (
        "import sys, crmdesk.ui.widgets.chart_axes; print(any('PySide6' in m for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("span", "ticks", "step"),
    [
        (4, 5, 1.0),  # 0.8 a tick: 1
        (115, 5, 50.0),  # 23 a tick: 50 (not 20, which would give 6 ticks)
        (1000, 5, 200.0),  # 200 exactly
        (7, 5, 2.0),  # 1.4: 2
        (0.3, 5, 0.1),  # 0.06: 0.1
        (385000, 4, 100000.0),  # 96,250: 100,000
        (0, 5, 1.0),  # nothing to span
        (-3, 5, 1.0),
    ],
)
def test_nice_steps_are_one_two_or_five_times_a_power_of_ten(
    span: float, ticks: int, step: float
) -> None:
    assert nice_step(span, ticks) == pytest.approx(step)


def test_a_count_axis_runs_from_zero_to_the_round_value_above_the_top() -> None:
    # 12 new customers at most, plus 15%: 13.8 over 5 ticks is 2.76 a tick, so steps of 5
    axis = value_axis(0, 13.8, integers=True, ticks=5)
    assert (axis.low, axis.high, axis.step) == (0, 15, 5)
    assert axis.ticks == (0, 5, 10, 15)


def test_counts_never_get_fractional_ticks() -> None:
    axis = value_axis(0, 1.15, integers=True)  # one follow-up: 0.23 a tick would be 0.5
    assert axis.step == 1 and axis.ticks == (0, 1, 2)


def test_all_zero_data_still_gets_an_axis_one_step_high() -> None:
    assert value_axis(0, 0, integers=True).ticks == (0, 1)
    assert value_axis(0, 0).ticks == (0, 0.2, 0.4, 0.6, 0.8, 1.0)


def test_satisfaction_runs_from_one_to_five() -> None:
    assert value_axis(1, 5).ticks == (1, 2, 3, 4, 5)


def test_a_cumulative_flow_axis_covers_the_negative_years() -> None:
    # -100,000 to 200,000 over 6 ticks: 50,000 a tick
    axis = value_axis(-100000, 200000, ticks=6)
    assert axis.ticks == (-100000, -50000, 0, 50000, 100000, 150000, 200000)


def test_fractional_ticks_are_exact_and_zero_has_no_sign() -> None:
    axis = value_axis(-0.3, 0.3)  # 0.12 a tick: 0.2, from -0.4 to 0.4
    assert axis.ticks == (-0.4, -0.2, 0.0, 0.2, 0.4)
    assert str(axis.ticks[2]) == "0.0"  # not -0.0


def test_one_negative_value_gets_an_axis_below_it() -> None:
    axis = value_axis(-7, -7)  # widened by a tenth downwards: -7.7 to -7, 0.2 a tick
    assert axis.ticks == (-7.8, -7.6, -7.4, -7.2, -7.0)


def test_reversed_bounds_are_swapped() -> None:
    assert value_axis(5, 1) == value_axis(1, 5)


@pytest.mark.parametrize(
    ("step", "divisor", "places"),
    [
        (1, 1, 0),
        (50000, 1, 0),
        (0.5, 1, 1),
        (0.2, 1, 1),
        (0.1, 1, 1),
        (0.05, 1, 2),
        (50000, 10000, 0),  # 5 (万) a step
        (5000, 10000, 1),  # 0.5 (万) a step
    ],
)
def test_ticks_have_the_places_their_step_needs(step: float, divisor: float, places: int) -> None:
    assert decimals(step, divisor) == places


@pytest.mark.parametrize(
    ("value", "places", "divisor", "text"),
    [
        (1200000.0, 0, 1, "1,200,000"),  # grouped, never 1.2e+06
        (-50000.0, 0, 1, "\u221250,000"),  # a true minus
        (-0.0001, 2, 1, "0.00"),  # no negative zero
        (350000.0, 0, 10000, "35"),  # in 万
        (-50000.0, 0, 10000, "\u22125"),
        (2.5, 1, 1, "2.5"),
        (0.0, 0, 1, "0"),
    ],
)
def test_tick_labels(value: float, places: int, divisor: float, text: str) -> None:
    assert tick_label(value, places, divisor) == text


def test_a_scale_maps_values_to_pixels_and_back() -> None:
    x = Scale(0, 10, 100, 300)  # 20 pixels a unit
    assert x.pixel(2.5) == 150 and x.value(150) == 2.5
    assert x.per_unit == 20
    y = Scale(0, 4, 200, 0)  # a value axis grows upwards: 0 at the bottom pixel
    assert y.pixel(0) == 200 and y.pixel(1) == 150 and y.pixel(4) == 0
    assert y.value(50) == 3 and y.per_unit == 50
    flat = Scale(3, 3, 0, 100)
    assert flat.pixel(3) == 50 and flat.per_unit == 0


def test_padding_makes_room_for_the_outer_labels() -> None:
    # 12 periods, labels 20 px each side, 400 px: p = 20 x 11 / (400 - 40) = 0.611
    assert period_padding(12, 20, 400) == pytest.approx(220 / 360)
    # wide enough: the least padding, so the outer bars are not cut
    assert period_padding(12, 20, 900) == 0.6
    assert period_padding(1, 20, 400) == 0.6
    assert period_padding(0, 20, 400) == 0.6
    # narrower than four half-labels: counted as four half-labels, 20 x 11 / 40
    assert period_padding(12, 20, 50) == pytest.approx(5.5)


def test_every_label_shows_when_there_is_room() -> None:
    scale = Scale(-0.6, 11.6, 0, 610)  # 50 px a period; labels 30 px + 14 px gap fit
    assert labelled_periods([30] * 12, scale, 14) == list(range(12))


def test_narrow_charts_label_every_few_periods_counting_back_from_the_current() -> None:
    # 122 px for 12 labels of 30 px: padding 22 x 11 / (122 - 44) = 3.1026 units, so
    # 122 / 17.205 = 7.09 px a period; 44 px a label needs 7 periods: 11 and 4
    pad = period_padding(12, 15 + 7, 122)
    scale = Scale(-pad, 11 + pad, 0, 122)
    assert pad == pytest.approx(242 / 78)
    assert labelled_periods([30] * 12, scale, 14) == [4, 11]


def test_labels_that_would_stick_out_are_left_off() -> None:
    # no padding: the first and the last label would be cut in half at the ends
    assert labelled_periods([30] * 12, Scale(0, 11, 0, 550), 14) == list(range(1, 11))


def test_the_widest_label_sets_the_spacing() -> None:
    # Chinese months: 10月, 11月, 12月 are wider than 1月; 40 px + 14 px gap at 30 px a period
    widths = [22] * 9 + [40] * 3
    assert labelled_periods(widths, Scale(-1, 12, 0, 390), 14) == [1, 3, 5, 7, 9, 11]


def test_no_periods_no_labels() -> None:
    assert labelled_periods([], Scale(-0.6, 0.6, 0, 100), 14) == []
    assert labelled_periods([30], Scale(0, 0, 0, 100), 14) == []


@given(
    widths=st.lists(st.integers(8, 120), min_size=1, max_size=60),
    width=st.integers(60, 2000),
)
def test_chosen_labels_never_overlap_nor_stick_out(widths: list[int], width: int) -> None:
    assume(width >= 2 * (max(widths) + 14))  # a chart at least two labels wide
    half = max(widths) / 2 + 7
    pad = period_padding(len(widths), half, width)
    scale = Scale(-pad, len(widths) - 1 + pad, 0, width)
    shown = labelled_periods(widths, scale, 14)
    assert shown, "the current period always has a label"
    assert shown[-1] == len(widths) - 1
    edges = [(scale.pixel(i) - widths[i] / 2, scale.pixel(i) + widths[i] / 2) for i in shown]
    assert edges[0][0] >= -1e-6 and edges[-1][1] <= width + 1e-6
    for (_, right), (left, _) in itertools.pairwise(edges):
        assert left - right >= 14 - 1e-6


@pytest.mark.parametrize(
    ("value", "index"), [(2.4, 2), (2.6, 3), (-0.4, 0), (-0.6, None), (11.4, 11), (11.6, None)]
)
def test_the_hovered_period_is_the_nearest_one(value: float, index: int | None) -> None:
    assert nearest_period(value, 12) == index
