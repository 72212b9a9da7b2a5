"""Which automatic backups to keep: the newest N days and the newest backup of the last M weeks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable


def backups_to_keep(days: Iterable[dt.date], keep_daily: int, keep_weekly: int) -> set[dt.date]:
    """The dates (one backup per date) that rotation keeps.

    The ``keep_daily`` newest dates are kept; of the older ones, the newest of each ISO week is kept
    for the ``keep_weekly`` most recent such weeks. Everything else may be deleted.
    """
    ordered = sorted(set(days), reverse=True)
    keep = set(ordered[: max(keep_daily, 0)])
    weeks_seen: set[tuple[int, int]] = {d.isocalendar()[:2] for d in keep}
    weekly_kept = 0
    for day in ordered[max(keep_daily, 0) :]:
        if weekly_kept >= keep_weekly:
            break
        week = day.isocalendar()[:2]
        if week in weeks_seen:
            continue
        weeks_seen.add(week)
        keep.add(day)
        weekly_kept += 1
    return keep
