"""Tables that split across pages like a printed book.

:class:`BookTable` lays a long table out page by page:

- the header row is printed where the table starts and at the top of every page it continues
  on, never in the middle of a page (one table, however many rows);
- every continued part is captioned "(continued)" / "（续）" above its header;
- a part that continues inside a group (a cost category) starts with the group's
  ``continued_rows`` entry ("Customisation (continued)"), styled by ``continued_style``;
- the last ``keep_last`` rows (a total, "Contingency" + "Total costs") never start a page
  alone: they travel with the ``keep_with`` rows before them;
- only a window of rows (``WINDOW``, then a third more than the previous page held) is
  measured for each page, so a 5,000-row customer list
  costs time in proportion to its length, not its square (reportlab's ``Table.split``
  re-measures every remaining row for every page).

Style commands are given in the coordinates of the whole table (header rows first), as for
a reportlab ``Table``, and are mapped onto each part.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, Table, TableStyle

WINDOW = 100  # more rows than any page holds


def _rows(command: tuple[Any, ...], total: int) -> tuple[int, int]:
    r0, r1 = command[1][1], command[2][1]
    r0 = r0 + total if r0 < 0 else r0
    r1 = r1 + total if r1 < 0 else r1
    return r0, r1


def _part_style(
    commands: Sequence[tuple[Any, ...]],
    total: int,
    header: int,
    start: int,
    stop: int,
    lead: int = 0,
) -> TableStyle:
    """``commands`` for a part showing header rows 0..header-1, then ``lead`` rows of its own
    (styled by the caller), then full rows start..stop-1."""
    mapped: list[tuple[Any, ...]] = []
    # (first full row, last full row, first part row) of each block the part shows
    blocks = [(0, header - 1, 0), (start, stop - 1, header + lead)]
    for command in commands:
        name, (c0, _), (c1, _), *args = command
        r0, r1 = _rows(command, total)
        for first, last, at in blocks:
            lo, hi = max(r0, first), min(r1, last)
            if lo > hi:
                continue
            if name == "NOSPLIT" and (lo != r0 or hi != r1):
                continue  # a keep-together range cut by the part: nothing left to keep
            mapped.append((name, (c0, lo - first + at), (c1, hi - first + at), *args))
    return TableStyle(mapped)


class _Captioned(Flowable):
    """A table part with its "(continued)" caption above it."""

    def __init__(self, caption: Flowable, table: Table) -> None:
        super().__init__()
        self.caption = caption
        self.table = table

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, self._caption_height = self.caption.wrap(available_width, available_height)
        self.width, self._table_height = self.table.wrap(available_width, available_height)
        self.height = self._caption_height + 2 + self._table_height
        return self.width, self.height

    def draw(self) -> None:
        self.table.drawOn(self.canv, 0, 0)
        self.caption.drawOn(self.canv, 0, self._table_height + 2)


class BookTable(Flowable):
    """A table with ``header`` rows, ``body`` rows and style ``commands`` (whole-table
    coordinates) that splits as described in the module docstring.

    ``caption`` is the flowable printed above each continued part (build it with
    ``styles``); ``start`` and ``continued`` are used for the parts this class makes.
    """

    def __init__(
        self,
        header: Sequence[Sequence[Any]],
        body: Sequence[Sequence[Any]],
        col_widths: Sequence[float],
        commands: Sequence[tuple[Any, ...]],
        caption: Flowable | None = None,
        keep_last: int = 0,
        keep_with: int = 2,
        start: int = 0,
        continued: bool = False,
        window: int = WINDOW,
        continued_rows: Sequence[Sequence[Any] | None] = (),
        continued_style: Sequence[tuple[Any, ...]] = (),
    ) -> None:
        super().__init__()
        self.continued_rows = continued_rows
        self.continued_style = list(continued_style)
        self.header = [list(row) for row in header]
        self.body = body
        self.col_widths = list(col_widths)
        self.commands = list(commands)
        self.caption = caption
        self.keep_last = keep_last
        self.keep_with = keep_with
        self.start = start
        self.continued = continued
        self.window = window
        self._part: Flowable | None = None

    # --- building parts ---------------------------------------------------------------------

    def _table(self, stop: int) -> Table:
        """Header plus body rows ``start``..``stop``-1 as a reportlab table."""
        header = len(self.header)
        total = header + len(self.body)
        commands = list(self.commands)
        if self.keep_last and len(self.body) > self.keep_last:
            first = max(header, total - self.keep_last - self.keep_with)
            commands.append(("NOSPLIT", (0, first), (-1, total - 1)))
        lead = self._lead()
        rows = self.header + lead + [list(row) for row in self.body[self.start : stop]]
        style = _part_style(
            commands, total, header, header + self.start, header + stop, lead=len(lead)
        )
        if lead:
            for name, (c0, r0), (c1, r1), *args in self.continued_style:
                style.add(name, (c0, r0 + header), (c1, r1 + header), *args)
        return Table(rows, colWidths=self.col_widths, repeatRows=header, style=style)

    def _lead(self) -> list[list[Any]]:
        """The continued group's row this part starts with, if it starts inside a group."""
        if not self.continued or self.start >= len(self.continued_rows):
            return []
        row = self.continued_rows[self.start]
        return [] if row is None else [list(row)]

    def _captioned(self, table: Table) -> Flowable:
        if self.continued and self.caption is not None:
            return _Captioned(self.caption, table)
        return table

    def _fits_window(self) -> bool:
        return len(self.body) - self.start <= self.window

    # --- Flowable ---------------------------------------------------------------------------

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if not self._fits_window():
            # too long to measure at once: make the frame ask for a split
            self.width, self.height = available_width, available_height + 1
            return self.width, self.height
        self._part = self._captioned(self._table(len(self.body)))
        self.width, self.height = self._part.wrap(available_width, available_height)
        return self.width, self.height

    def draw(self) -> None:
        assert self._part is not None
        self._part.drawOn(self.canv, 0, 0)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        room = available_height
        if self.continued and self.caption is not None:
            room -= self.caption.wrap(available_width, available_height)[1] + 2
        if room <= 0:
            return []
        window = self.window
        while True:
            stop = min(len(self.body), self.start + window)
            parts = self._table(stop).split(available_width, room)
            if len(parts) == 1 and stop < len(self.body):
                window *= 2  # the window fitted with room to spare: measure more rows
                continue
            break
        if not parts:
            return []
        first = parts[0]
        shown = len(first._cellvalues) - len(self.header) - len(self._lead())
        if shown <= 0:  # nothing but the header (and the group's name): start on the next page
            return []
        after = self.start + shown
        result: list[Flowable] = [self._captioned(first)]
        if after < len(self.body):
            result.append(
                BookTable(
                    self.header,
                    self.body,
                    self.col_widths,
                    self.commands,
                    self.caption,
                    self.keep_last,
                    self.keep_with,
                    start=after,
                    continued=True,
                    # the next page holds about as many rows as this one: measure a few more
                    window=min(WINDOW, max(12, shown + shown // 3 + 4)),
                    continued_rows=self.continued_rows,
                    continued_style=self.continued_style,
                )
            )
        return result
