"""Service targets per priority and the due dates they give a ticket.

Each priority has two targets counted in business hours from the moment the ticket was opened:
the first response and the resolution. The settings file stores them as JSON
``{"urgent": [1, 8], "high": [4, 18], ...}`` (hours; decimals such as 0.5 are allowed).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from crmdesk.domain.tickets.business_hours import (
    BusinessHours,
    add_business_time,
    business_time_between,
)
from crmdesk.domain.tickets.workflow import PRIORITY_KEYS

# a target beyond a year of business hours is a typing mistake, not a promise to a customer
MAX_TARGET_HOURS = Decimal(9999)


@dataclass(frozen=True)
class Target:
    """Business hours to the first response and to the resolution."""

    response_hours: Decimal
    resolution_hours: Decimal

    def __post_init__(self) -> None:
        for name, value in (
            ("response", self.response_hours),
            ("resolution", self.resolution_hours),
        ):
            if not value.is_finite() or value < 0 or value > MAX_TARGET_HOURS:
                raise ValueError(f"{name} target must be between 0 and {MAX_TARGET_HOURS} hours")
        if self.resolution_hours < self.response_hours:
            raise ValueError("the resolution target cannot be shorter than the response target")

    @property
    def response(self) -> dt.timedelta:
        return hours_to_timedelta(self.response_hours)

    @property
    def resolution(self) -> dt.timedelta:
        return hours_to_timedelta(self.resolution_hours)


def hours_to_timedelta(hours: Decimal) -> dt.timedelta:
    """Decimal hours as a timedelta, to the whole second."""
    return dt.timedelta(seconds=int((hours * 3600).to_integral_value()))


DEFAULT_TARGETS: dict[str, Target] = {
    "urgent": Target(Decimal(1), Decimal(8)),
    "high": Target(Decimal(4), Decimal(18)),
    "normal": Target(Decimal(8), Decimal(45)),
    "low": Target(Decimal(18), Decimal(90)),
}


@dataclass(frozen=True)
class ServiceTargets:
    """A :class:`Target` for every priority."""

    by_priority: Mapping[str, Target]

    def __post_init__(self) -> None:
        missing = [p for p in PRIORITY_KEYS if p not in self.by_priority]
        if missing:
            raise ValueError(f"no target for priority {', '.join(missing)}")

    def __getitem__(self, priority: str) -> Target:
        return self.by_priority[priority]

    def to_json(self) -> str:
        """The settings form: hours as numbers (whole hours as integers)."""
        return json.dumps(
            {
                p: [_number(self[p].response_hours), _number(self[p].resolution_hours)]
                for p in reversed(PRIORITY_KEYS)
            }
        )

    @classmethod
    def from_json(cls, text: str) -> ServiceTargets:
        """Parse the settings form; priorities not mentioned keep their default."""
        try:
            raw: Any = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"service targets are not valid JSON: {exc}") from exc
        if not isinstance(raw, dict):
            raise ValueError("service targets must be a JSON object")
        targets = dict(DEFAULT_TARGETS)
        for priority, pair in raw.items():
            if priority not in PRIORITY_KEYS:
                raise ValueError(f"unknown priority {priority!r}")
            if not isinstance(pair, list) or len(pair) != 2:
                raise ValueError(f"{priority}: expected [response hours, resolution hours]")
            targets[priority] = Target(_hours(pair[0], priority), _hours(pair[1], priority))
        return cls(targets)

    @classmethod
    def default(cls) -> ServiceTargets:
        return cls(DEFAULT_TARGETS)


def _hours(value: object, priority: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError(f"{priority}: {value!r} is not a number of hours")
    try:
        return Decimal(str(value))
    except InvalidOperation as exc:
        raise ValueError(f"{priority}: {value!r} is not a number of hours") from exc


def _number(value: Decimal) -> int | float:
    # JSON has no decimals; targets are whole or half hours, which floats hold exactly
    return int(value) if value == value.to_integral_value() else float(value)


@dataclass(frozen=True)
class DueDates:
    response_due_at: dt.datetime
    resolution_due_at: dt.datetime


def due_dates(
    opened_at: dt.datetime,
    priority: str,
    targets: ServiceTargets,
    hours: BusinessHours,
    tz: dt.tzinfo,
) -> DueDates:
    """When the first response and the resolution are due for a ticket opened at ``opened_at``."""
    target = targets[priority]
    return DueDates(
        add_business_time(opened_at, target.response, hours, tz),
        add_business_time(opened_at, target.resolution, hours, tz),
    )


@dataclass(frozen=True)
class ServiceLevels:
    """Everything due dates depend on: business hours (with holidays), targets, time zone."""

    hours: BusinessHours
    targets: ServiceTargets
    tz: dt.tzinfo

    def due_dates(self, opened_at: dt.datetime, priority: str) -> DueDates:
        return due_dates(opened_at, priority, self.targets, self.hours, self.tz)

    def resolution_due(self, start: dt.datetime, priority: str) -> dt.datetime:
        """The resolution deadline counted from ``start`` (a reopened ticket restarts here)."""
        return add_business_time(start, self.targets[priority].resolution, self.hours, self.tz)

    def extend(self, due_at: dt.datetime, paused: dt.timedelta) -> dt.datetime:
        """``due_at`` pushed back by ``paused`` business time (time spent waiting)."""
        return add_business_time(due_at, paused, self.hours, self.tz)

    def business_time(self, start: dt.datetime, end: dt.datetime) -> dt.timedelta:
        return business_time_between(start, end, self.hours, self.tz)
