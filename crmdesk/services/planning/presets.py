"""Dated example prices and rates shipped in resources/presets/*.json.

Each file says when its figures were seen (``as_of``, an ISO date or interval such as
``2025/2026``) and where they come from (``source``); the wizard shows both next to the
figures and lets the user change every value. Files are validated as strictly as plan files;
a bad one raises ``PresetFileError`` naming the file and the field.

File shape (``crmdesk-presets`` version 1)::

    {"format": "crmdesk-presets", "version": 1, "title": ..., "as_of": ..., "source": ...,
     "currency": "USD",                      # required when there are products
     "products": [{"id", "vendor", "product", "edition"?, "price_per_user_month" (or null:
                   quote on request), "price_per_user_month_high"?, "billing"?,
                   "minimum_term_months"?, "one_off_fee"?, "note"?}],
     "rates": [{"id", "label", "unit", "low", "high", "note"?}]}
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from crmdesk.domain.errors import UserError
from crmdesk.paths import resources_dir

FORMAT = "crmdesk-presets"
VERSION = 1
_DATE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
_AS_OF = re.compile(rf"^{_DATE}(?:/{_DATE})?$")
_DECIMAL = re.compile(r"^(?:\d+(?:\.\d*)?|\.\d+)$")
_ID = re.compile(r"^[a-z0-9_]+$")


class PresetFileError(UserError):
    """A presets file that cannot be read or is invalid; the message names file and field."""

    def __init__(self, path: Path, field: str, message: str) -> None:
        where = f"{path}: {field}: " if field else f"{path}: "
        super().__init__(where + message)
        self.path = path
        self.field = field


@dataclass(frozen=True)
class ProductPrice:
    """A product's list price per user per month; ``price`` is None for "quote on request".

    ``price_high`` is the top of a range (None when there is one price).
    """

    id: str
    vendor: str
    product: str
    edition: str
    currency: str
    price: Decimal | None
    price_high: Decimal | None
    billing: str
    minimum_term_months: int | None
    one_off_fee: Decimal | None
    note: str


@dataclass(frozen=True)
class RateRange:
    """A typical rate or price range (``low`` == ``high`` for a single figure)."""

    id: str
    label: str
    unit: str
    low: Decimal
    high: Decimal
    note: str


@dataclass(frozen=True)
class PresetFile:
    """One presets file: what it covers, when the figures were seen and where from."""

    path: Path
    title: str
    as_of: str
    source: str
    currency: str | None
    products: tuple[ProductPrice, ...]
    rates: tuple[RateRange, ...]


class _Reader:
    """Typed access to one file's JSON with errors that name the file and the field."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, field: str, message: str) -> PresetFileError:
        return PresetFileError(self.path, field, message)

    def obj(self, value: Any, field: str, required: set[str], optional: set[str]) -> Any:
        if not isinstance(value, Mapping):
            raise self.fail(field, "must be an object")
        prefix = f"{field}." if field else ""
        for key in value:
            if key not in required | optional:
                raise self.fail(f"{prefix}{key}", "is not a known field")
        for key in sorted(required - set(value)):
            raise self.fail(f"{prefix}{key}", "is required")
        return value

    def text(self, value: Any, field: str, *, empty: bool = False) -> str:
        if not isinstance(value, str) or (not empty and not value.strip()):
            raise self.fail(field, "must be non-empty text")
        return value

    def decimal(self, value: Any, field: str) -> Decimal:
        if not isinstance(value, str) or not _DECIMAL.match(value):
            raise self.fail(field, 'must be a non-negative decimal string such as "12.50"')
        return Decimal(value)

    def optional_decimal(self, data: Mapping[str, Any], key: str, field: str) -> Decimal | None:
        value = data.get(key)
        return None if value is None else self.decimal(value, f"{field}.{key}")


_PRODUCT_REQUIRED = {"id", "vendor", "product", "price_per_user_month"}
_PRODUCT_OPTIONAL = {"edition", "price_per_user_month_high", "billing", "minimum_term_months"}
_PRODUCT_OPTIONAL |= {"one_off_fee", "note"}


def _product(reader: _Reader, data: Any, field: str, currency: str) -> ProductPrice:
    item = reader.obj(data, field, _PRODUCT_REQUIRED, _PRODUCT_OPTIONAL)
    price = reader.optional_decimal(item, "price_per_user_month", field)
    high = reader.optional_decimal(item, "price_per_user_month_high", field)
    if high is not None and (price is None or high < price):
        raise reader.fail(f"{field}.price_per_user_month_high", "must not be below the price")
    term = item.get("minimum_term_months")
    if term is not None and (isinstance(term, bool) or not isinstance(term, int) or term < 1):
        raise reader.fail(f"{field}.minimum_term_months", "must be a whole number of months")
    return ProductPrice(
        id=_identifier(reader, item["id"], f"{field}.id"),
        vendor=reader.text(item["vendor"], f"{field}.vendor"),
        product=reader.text(item["product"], f"{field}.product"),
        edition=reader.text(item.get("edition", ""), f"{field}.edition", empty=True),
        currency=currency,
        price=price,
        price_high=high,
        billing=reader.text(item.get("billing", ""), f"{field}.billing", empty=True),
        minimum_term_months=term,
        one_off_fee=reader.optional_decimal(item, "one_off_fee", field),
        note=reader.text(item.get("note", ""), f"{field}.note", empty=True),
    )


def _rate(reader: _Reader, data: Any, field: str) -> RateRange:
    item = reader.obj(data, field, {"id", "label", "unit", "low", "high"}, {"note"})
    low = reader.decimal(item["low"], f"{field}.low")
    high = reader.decimal(item["high"], f"{field}.high")
    if high < low:
        raise reader.fail(f"{field}.high", "must not be below low")
    return RateRange(
        id=_identifier(reader, item["id"], f"{field}.id"),
        label=reader.text(item["label"], f"{field}.label"),
        unit=reader.text(item["unit"], f"{field}.unit"),
        low=low,
        high=high,
        note=reader.text(item.get("note", ""), f"{field}.note", empty=True),
    )


def _identifier(reader: _Reader, value: Any, field: str) -> str:
    if not isinstance(value, str) or not _ID.match(value):
        raise reader.fail(field, "must be lower-case letters, digits and underscores")
    return value


def _list(reader: _Reader, data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise reader.fail(key, "must be a list")
    return value


def parse_presets(data: Any, path: Path) -> PresetFile:
    """Validate parsed JSON as a presets file (``path`` is only used in messages)."""
    reader = _Reader(path)
    top = reader.obj(
        data,
        "",
        {"format", "version", "title", "as_of", "source"},
        {"currency", "products", "rates"},
    )
    if top["format"] != FORMAT:
        raise reader.fail("format", f'must be "{FORMAT}"')
    if top["version"] != VERSION or isinstance(top["version"], bool):
        raise reader.fail("version", f"must be {VERSION}")
    as_of = reader.text(top["as_of"], "as_of")
    if not _AS_OF.match(as_of):
        raise reader.fail("as_of", "must be a date such as 2025-06 or an interval 2025/2026")
    products = _list(reader, top, "products")
    currency = None
    if products or "currency" in top:
        currency = reader.text(top.get("currency"), "currency")
        if not re.fullmatch(r"[A-Z]{3}", currency):
            raise reader.fail("currency", "must be a three-letter currency code")
    ids: set[str] = set()
    parsed_products = tuple(
        _product(reader, p, f"products[{i}]", currency or "") for i, p in enumerate(products)
    )
    parsed_rates = tuple(
        _rate(reader, r, f"rates[{i}]") for i, r in enumerate(_list(reader, top, "rates"))
    )
    fields = [(f"products[{i}].id", p.id) for i, p in enumerate(parsed_products)]
    fields += [(f"rates[{i}].id", r.id) for i, r in enumerate(parsed_rates)]
    for field, identifier in fields:
        if identifier in ids:
            raise reader.fail(field, f'"{identifier}" is used twice in this file')
        ids.add(identifier)
    return PresetFile(
        path=path,
        title=reader.text(top["title"], "title"),
        as_of=as_of,
        source=reader.text(top["source"], "source"),
        currency=currency,
        products=parsed_products,
        rates=parsed_rates,
    )


def load_preset_file(path: str | os.PathLike[str]) -> PresetFile:
    """Read and validate one presets file."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise PresetFileError(file, "", f"cannot be read ({error})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise PresetFileError(
            file, "", f"is not valid JSON: {error.msg} at line {error.lineno}"
        ) from None
    return parse_presets(data, file)


def presets_dir() -> Path:
    """Where the shipped presets live."""
    return resources_dir() / "presets"


def load_presets(directory: str | os.PathLike[str] | None = None) -> tuple[PresetFile, ...]:
    """Every ``*.json`` presets file in ``directory`` (default: the shipped ones), by name."""
    folder = Path(directory) if directory is not None else presets_dir()
    return tuple(load_preset_file(p) for p in sorted(folder.glob("*.json")))
