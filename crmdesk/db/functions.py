"""SQL functions that SQLite and PostgreSQL spell differently, written once for the services.

A service writes ``least(a, b)`` or ``hours_between(a, b)``; each compiles to what the
database in use understands (SQLite's scalar ``min``/``julianday``/``strftime``, PostgreSQL's
``LEAST``/``EXTRACT(EPOCH ...)``/``to_char``), so no service holds SQL for one engine only.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import DateTime, Float, String


class least(FunctionElement[Any]):  # noqa: N801 - reads as the SQL function it is
    """The smaller of two values (NULL if either is NULL)."""

    inherit_cache = True
    type = DateTime()
    name = "least"


@compiles(least)
def _least(element: least, compiler: Any, **kw: Any) -> str:
    return f"LEAST({compiler.process(element.clauses, **kw)})"


@compiles(least, "sqlite")
def _least_sqlite(element: least, compiler: Any, **kw: Any) -> str:
    return f"min({compiler.process(element.clauses, **kw)})"


class hours_between(FunctionElement[Any]):  # noqa: N801
    """``later - earlier`` in hours, fractional."""

    inherit_cache = True
    type = Float()
    name = "hours_between"


@compiles(hours_between)
def _hours(element: hours_between, compiler: Any, **kw: Any) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"(EXTRACT(EPOCH FROM ({later} - {earlier})) / 3600.0)"


@compiles(hours_between, "sqlite")
def _hours_sqlite(element: hours_between, compiler: Any, **kw: Any) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"((julianday({later}) - julianday({earlier})) * 24)"


class month_start(FunctionElement[Any]):  # noqa: N801
    """The first day of a date's month as ISO text (``2026-12-01``), for grouping."""

    inherit_cache = True
    type = String()
    name = "month_start"


@compiles(month_start)
def _month(element: month_start, compiler: Any, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM-01')"


@compiles(month_start, "sqlite")
def _month_sqlite(element: month_start, compiler: Any, **kw: Any) -> str:
    return f"strftime('%Y-%m-01', {compiler.process(element.clauses, **kw)})"


def reserve_ids(session: Any, column: Any, count: int) -> range:
    """``count`` new ids for rows a bulk insert writes with their ids, never used before.

    SQLite: after the highest id (and after any id AUTOINCREMENT has handed out). PostgreSQL:
    a block taken from the column's sequence, so later ordinary inserts do not collide.
    """
    from sqlalchemy import func, select, text

    table = column.table
    if session.bind.dialect.name == "postgresql":
        if count <= 0:
            return range(0)
        sequence = f"pg_get_serial_sequence('{table.name}', '{column.name}')"
        last = session.execute(
            text(f"SELECT setval({sequence}, nextval({sequence}) + :n - 1)"), {"n": count}
        ).scalar()
        return range(int(last) - count + 1, int(last) + 1)
    first = (session.scalar(select(func.max(column))) or 0) + 1
    has_sequence = session.execute(
        text("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'")
    ).first()
    if has_sequence:
        used = session.execute(
            text("SELECT seq FROM sqlite_sequence WHERE name = :t"), {"t": table.name}
        ).scalar()
        first = max(first, int(used or 0) + 1)
    return range(first, first + count)
