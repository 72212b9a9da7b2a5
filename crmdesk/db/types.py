"""Column types that keep the database honest: money in minor units, times in UTC."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import DateTime, Integer
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import TypeDecorator

from crmdesk.domain.money import from_minor, to_minor


class Money(TypeDecorator[Decimal]):
    """A ``Decimal`` amount stored as integer minor units (cents/fen).

    Values are rounded half-up to the cent on the way in, the only rounding the database does.
    """

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money must be Decimal, not float")
        return to_minor(Decimal(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return from_minor(int(value))


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An aware datetime stored as naive UTC; comes back aware (UTC).

    Naive input is refused: every caller must say which clock it means.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if not isinstance(value, dt.datetime):
            raise TypeError("expected a datetime")
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; attach a time zone")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        stored = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
        assert isinstance(stored, dt.datetime)
        return stored.replace(tzinfo=dt.UTC)


class NotIndexed(ColumnElement[Any]):
    """A column that the query planner must not use an index for: ``+col`` on SQLite (its
    documented way to keep an index out of a condition), the plain column elsewhere."""

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]  # noqa: RUF012

    def __init__(self, column: ColumnElement[Any]) -> None:
        self.column = column
        self.type = column.type


@compiles(NotIndexed)
def _not_indexed(element: NotIndexed, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.column, **kw))


@compiles(NotIndexed, "sqlite")
def _not_indexed_sqlite(element: NotIndexed, compiler: Any, **kw: Any) -> str:
    return "+" + str(compiler.process(element.column, **kw))
