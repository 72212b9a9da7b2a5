"""Errors a user can cause.

Programming errors are ordinary exceptions and reach the crash dialog.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix: a bad file, a bad value, a locked database.

    The message is a complete sentence naming the file, row or field at fault; the CLI prints it
    on one line and exits 2, the GUI shows it in a message box.
    """


class ValidationError(UserError):
    """A value failed validation; ``field`` names it (e.g. ``costs[2].year`` or ``email``)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field
        self.reason = message


class Cancelled(Exception):  # noqa: N818 - it is an outcome, not an error
    """Raised by a progress callback when the user pressed Cancel; the transaction rolls back."""
