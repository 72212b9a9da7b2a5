"""How long work reports progress: a callback ``progress(done, total)``.

The callback may raise :class:`crmdesk.domain.errors.Cancelled` to stop the work; services run
in one transaction, so stopping leaves nothing half-written.
"""

from __future__ import annotations

from collections.abc import Callable

ProgressCallback = Callable[[int, int], None]


def no_progress(done: int, total: int) -> None:
    """The default callback: ignore progress."""
