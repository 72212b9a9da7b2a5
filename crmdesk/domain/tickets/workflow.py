"""Service tickets: vocabulary, the status workflow, numbering, deadlines and warranty.

Statuses run new -> in progress -> (waiting for customer) -> resolved -> closed. Rules:

- Resolving needs a resolution: what was done, so the work order and the next person know.
- Closing a ticket that was never resolved (e.g. straight from "new": a duplicate, a customer who
  withdrew) is possible, but only after the user confirms it, because the ticket then has no
  resolution on record. With a resolution already written it needs no confirmation.
- A resolved or closed ticket can be reopened (back to "in progress").
- "Waiting for customer" pauses the resolution clock: the ball is in the customer's court.

Ticket numbers are ``SR-<year>-<sequence>``, the sequence restarting at 0001 each year and
growing past four digits if a year ever needs it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from crmdesk.domain.errors import UserError, ValidationError
from crmdesk.domain.i18n import QT_TRANSLATE_NOOP

STATUSES: tuple[tuple[str, str], ...] = (
    ("new", QT_TRANSLATE_NOOP("TicketStatus", "New")),
    ("in_progress", QT_TRANSLATE_NOOP("TicketStatus", "In progress")),
    ("waiting", QT_TRANSLATE_NOOP("TicketStatus", "Waiting for customer")),
    ("resolved", QT_TRANSLATE_NOOP("TicketStatus", "Resolved")),
    ("closed", QT_TRANSLATE_NOOP("TicketStatus", "Closed")),
)
STATUS_KEYS = tuple(key for key, _ in STATUSES)
# not yet resolved: the work is still to do
OPEN_STATUSES = ("new", "in_progress", "waiting")
# statuses in which the clock runs (waiting for the customer pauses it)
CLOCK_RUNNING_STATUSES = ("new", "in_progress")

PRIORITIES: tuple[tuple[str, str], ...] = (
    ("low", QT_TRANSLATE_NOOP("TicketPriority", "Low")),
    ("normal", QT_TRANSLATE_NOOP("TicketPriority", "Normal")),
    ("high", QT_TRANSLATE_NOOP("TicketPriority", "High")),
    ("urgent", QT_TRANSLATE_NOOP("TicketPriority", "Urgent")),
)
PRIORITY_KEYS = tuple(key for key, _ in PRIORITIES)

CATEGORIES: tuple[tuple[str, str], ...] = (
    ("repair", QT_TRANSLATE_NOOP("TicketCategory", "Repair")),
    ("complaint", QT_TRANSLATE_NOOP("TicketCategory", "Complaint")),
    ("consultation", QT_TRANSLATE_NOOP("TicketCategory", "Consultation")),
    ("installation", QT_TRANSLATE_NOOP("TicketCategory", "Installation")),
    ("return", QT_TRANSLATE_NOOP("TicketCategory", "Return")),
)
CATEGORY_KEYS = tuple(key for key, _ in CATEGORIES)

CHANNELS: tuple[tuple[str, str], ...] = (
    ("phone", QT_TRANSLATE_NOOP("TicketChannel", "Phone")),
    ("wechat", QT_TRANSLATE_NOOP("TicketChannel", "WeChat / message")),
    ("email", QT_TRANSLATE_NOOP("TicketChannel", "E-mail")),
    ("visit", QT_TRANSLATE_NOOP("TicketChannel", "Walk-in / visit")),
    ("website", QT_TRANSLATE_NOOP("TicketChannel", "Website")),
    ("other", QT_TRANSLATE_NOOP("TicketChannel", "Other")),
)
CHANNEL_KEYS = tuple(key for key, _ in CHANNELS)

_NEXT: dict[str, frozenset[str]] = {
    "new": frozenset({"in_progress", "waiting", "resolved", "closed"}),
    "in_progress": frozenset({"waiting", "resolved", "closed"}),
    "waiting": frozenset({"in_progress", "resolved", "closed"}),
    "resolved": frozenset({"in_progress", "closed"}),
    "closed": frozenset({"in_progress"}),
}


class TransitionError(UserError):
    """A status change the workflow does not allow."""


class Verdict(Enum):
    ALLOWED = "allowed"
    NEEDS_CONFIRMATION = "confirm"


def allowed_next(status: str) -> frozenset[str]:
    """The statuses a ticket in ``status`` may move to (for enabling buttons)."""
    return _NEXT.get(status, frozenset())


def check_transition(old: str, new: str, resolution: str) -> Verdict:
    """Whether ``old -> new`` may happen for a ticket whose resolution text is ``resolution``.

    Raises TransitionError for a move the workflow forbids and ValidationError("resolution")
    when resolving without a resolution; returns NEEDS_CONFIRMATION for closing an unresolved
    ticket that has no resolution written.
    """
    if new not in STATUS_KEYS:
        raise TransitionError(f"unknown status {new!r}")
    if new == old:
        raise TransitionError(f"the ticket is already {new}")
    if new not in allowed_next(old):
        raise TransitionError(f"a ticket cannot go from {old} to {new}")
    if new == "resolved" and not resolution.strip():
        raise ValidationError("resolution", "say how the problem was resolved")
    if new == "closed" and old != "resolved" and not resolution.strip():
        return Verdict.NEEDS_CONFIRMATION
    return Verdict.ALLOWED


def is_reopen(old: str, new: str) -> bool:
    return old in ("resolved", "closed") and new in OPEN_STATUSES


# --- numbers -------------------------------------------------------------------------------

_NUMBER = re.compile(r"^SR-(\d{4})-(\d{4,})$")


def format_number(year: int, sequence: int) -> str:
    """``SR-2027-0001``."""
    if sequence < 1:
        raise ValueError("sequence starts at 1")
    return f"SR-{year:04d}-{sequence:04d}"


def parse_number(number: str) -> tuple[int, int] | None:
    """(year, sequence) of a ticket number, or None if it is not one."""
    match = _NUMBER.match(number.strip())
    return (int(match.group(1)), int(match.group(2))) if match else None


def next_number(year: int, existing: Iterable[str]) -> str:
    """The number after the highest one of ``year`` among ``existing`` (other years ignored)."""
    highest = 0
    for number in existing:
        parsed = parse_number(number)
        if parsed is not None and parsed[0] == year:
            highest = max(highest, parsed[1])
    return format_number(year, highest + 1)


# --- deadlines -----------------------------------------------------------------------------


class DeadlineKind(Enum):
    RESPONSE = "response"
    RESOLUTION = "resolution"


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    at: dt.datetime


def next_deadline(
    status: str,
    response_due_at: dt.datetime | None,
    due_at: dt.datetime | None,
    first_response_at: dt.datetime | None,
) -> Deadline | None:
    """The earliest deadline still ahead of a ticket whose clock runs, else None.

    Before the first response, that is the response deadline (or the resolution deadline if it
    comes first); afterwards the resolution deadline. Waiting, resolved and closed tickets have
    none: the clock is paused or stopped.
    """
    if status not in CLOCK_RUNNING_STATUSES:
        return None
    candidates = []
    if first_response_at is None and response_due_at is not None:
        candidates.append(Deadline(DeadlineKind.RESPONSE, response_due_at))
    if due_at is not None:
        candidates.append(Deadline(DeadlineKind.RESOLUTION, due_at))
    return min(candidates, key=lambda d: d.at) if candidates else None


def is_overdue(
    status: str,
    response_due_at: dt.datetime | None,
    due_at: dt.datetime | None,
    first_response_at: dt.datetime | None,
    now: dt.datetime,
) -> bool:
    """True when a running ticket has missed its response or resolution deadline."""
    deadline = next_deadline(status, response_due_at, due_at, first_response_at)
    return deadline is not None and deadline.at < now


# --- warranty and satisfaction -------------------------------------------------------------


def in_warranty(warranty_end: dt.date | None, day: dt.date) -> bool | None:
    """Whether ``day`` is within the warranty (its last day included); None when unknown."""
    if warranty_end is None:
        return None
    return day <= warranty_end


SATISFACTION_SCORES = (1, 2, 3, 4, 5)


def check_satisfaction(score: int) -> int:
    """``score`` if it is 1 to 5, else ValidationError("satisfaction")."""
    if isinstance(score, bool) or score not in SATISFACTION_SCORES:
        raise ValidationError(
            "satisfaction", "give a score from 1 (very unhappy) to 5 (very happy)"
        )
    return score
