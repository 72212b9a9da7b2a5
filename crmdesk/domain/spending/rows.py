"""Rows of a spending ledger file: header names, dates, categories and amounts as people write them.

Spreadsheets exported by Chinese and English accounting tools name their columns differently
(日期/Date, 金额/Amount, 类别/科目/Category...), write dates as 2026-03-05, 2026/3/5 or
2026年3月5日, and categories as the plan's keys, the English labels or Chinese words. This
module maps all of them onto a :class:`SpendingRow`, or raises a ``FieldError`` naming the
row and the column, so the import preview can show what is wrong where.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.money import parse_amount
from crmdesk.domain.planning.categories import CONTINGENCY, COST_CATEGORY_LABELS, CostCategory
from crmdesk.domain.sentence import FieldError, field_error

MAX_SUPPLIER = 200
MAX_NOTE = 2000

COLUMNS = ("day", "category", "amount", "supplier", "note")
REQUIRED_COLUMNS = ("day", "category", "amount")

HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "day": ("date", "day", "paid", "paid on", "日期", "付款日期", "支付日期", "发生日期", "时间"),
    "category": ("category", "cost category", "type", "类别", "类目", "费用类别", "科目", "分类"),
    "amount": ("amount", "cost", "total", "金额", "支出", "费用", "金额元", "付款金额"),
    "supplier": ("supplier", "vendor", "payee", "供应商", "收款方", "收款单位", "厂商", "商家"),
    "note": ("note", "notes", "description", "memo", "备注", "说明", "摘要", "用途"),
}
# Big5 files come from Taiwan and Hong Kong, in traditional characters
_TRADITIONAL_HEADERS = {
    "category": ("類別", "類目", "費用類別", "分類"),
    "amount": ("金額", "費用", "付款金額"),
    "supplier": ("供應商", "廠商"),
    "note": ("備註", "說明"),
}
for _column, _names in _TRADITIONAL_HEADERS.items():
    HEADER_ALIASES[_column] += _names

CATEGORY_ALIASES: dict[str, tuple[str, ...]] = {
    CostCategory.LICENCE.value: (
        "license",
        "subscription",
        "许可",
        "软件许可",
        "订阅",
        "授权",
        "許可",
        "訂閱",
    ),
    CostCategory.CUSTOMISATION.value: (
        "customization",
        "development",
        "integration",
        "定制",
        "定制开发",
        "二次开发",
        "开发",
        "集成",
    ),
    CostCategory.DATA_MIGRATION.value: ("migration", "数据迁移", "迁移", "上线", "数据清洗"),
    CostCategory.TRAINING.value: ("培训", "培训费", "培訓"),
    CostCategory.MAINTENANCE.value: ("support", "维护", "运维", "技术支持", "维护支持", "維護"),
    CostCategory.HARDWARE.value: ("hosting", "hardware", "硬件", "服务器", "托管", "云服务"),
    CostCategory.SECURITY.value: ("backup", "安全", "备份", "安全备份"),
    CostCategory.COMPLIANCE.value: ("legal", "法务", "合规", "法律合规"),
    CostCategory.PROJECT_MANAGEMENT.value: (
        "project management",
        "change management",
        "项目管理",
        "变革管理",
    ),
    CostCategory.OTHER.value: ("other", "其他", "其它"),
}

_BAD_DATE = QT_TRANSLATE_NOOP(
    "Validation", '"{value}" is not a date; write it as 2026-03-05 or 2026年3月5日'
)
_BAD_CATEGORY = QT_TRANSLATE_NOOP(
    "Validation", '"{value}" is not a cost category (for example licence, training, 培训)'
)
_EMPTY = QT_TRANSLATE_NOOP("Validation", "is empty")
_ZERO = QT_TRANSLATE_NOOP("Validation", "must be more than zero")
_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "is longer than {limit} characters")

_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)


def _key(text: str) -> str:
    """Fold a header or category for matching: full-width to ASCII, case, spaces, brackets."""
    folded = unicodedata.normalize("NFKC", text).strip().lower()
    folded = re.sub(r"\(.*?\)|（.*?）", "", folded)  # "金额(元)", "Amount (CNY)"
    return re.sub(r"[\s_\-]+", " ", folded).strip()


def map_headers(headers: Sequence[str]) -> dict[str, int]:
    """Column key (``day``, ``amount``...) -> index in ``headers``; first match wins."""
    aliases = {_key(alias): column for column, names in HEADER_ALIASES.items() for alias in names}
    result: dict[str, int] = {}
    for index, header in enumerate(headers):
        column = aliases.get(_key(header))
        if column is not None and column not in result:
            result[column] = index
    return result


def _category_lookup() -> dict[str, str]:
    lookup = {}
    for key, label in COST_CATEGORY_LABELS.items():
        if key == CONTINGENCY:
            continue
        lookup[_key(key)] = key
        lookup[_key(label)] = key
    for key, aliases in CATEGORY_ALIASES.items():
        for alias in aliases:
            lookup.setdefault(_key(alias), key)
    return lookup


_CATEGORIES = _category_lookup()


def parse_category(text: str, field: str, extra: Mapping[str, str] | None = None) -> str:
    """The cost category key ``text`` names: a key, an English label or a Chinese word.

    ``extra`` maps more names (e.g. the labels as translated in the running language) to keys.
    """
    folded = _key(text)
    if not folded:
        raise field_error(field, _EMPTY)
    if extra:
        for name, extra_key in extra.items():
            if _key(name) == folded:
                return extra_key
    key = _CATEGORIES.get(folded)
    if key is None:
        raise field_error(field, _BAD_CATEGORY, value=text.strip())
    return key


def parse_day(text: str, field: str) -> dt.date:
    """A calendar day written as 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日 or 20260305."""
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if not cleaned:
        raise field_error(field, _EMPTY)
    for pattern in _DATE_PATTERNS:
        match = pattern.match(cleaned)
        if match:
            year, month, day = (int(g) for g in match.groups()[:3])
            try:
                return dt.date(year, month, day)
            except ValueError:
                break
    raise field_error(field, _BAD_DATE, value=text.strip())


def check_text(text: str, field: str, limit: int) -> str:
    """Trimmed ``text``, refused when longer than ``limit``."""
    cleaned = text.strip()
    if len(cleaned) > limit:
        raise field_error(field, _TOO_LONG, limit=str(limit))
    return cleaned


def check_amount(amount: Decimal, field: str) -> Decimal:
    """A spending amount must be positive (refunds are entered by editing the original)."""
    if amount <= 0:
        raise field_error(field, _ZERO)
    return amount


@dataclass(frozen=True)
class SpendingRow:
    """One valid row of a spending file."""

    day: dt.date
    category: str
    amount: Decimal
    supplier: str = ""
    note: str = ""


def parse_row(
    values: Sequence[str],
    columns: Mapping[str, int],
    headers: Sequence[str],
    row: int,
    extra_categories: Mapping[str, str] | None = None,
) -> SpendingRow:
    """Read one data row; ``row`` is its 1-based line in the file, used in error fields.

    Raises ``FieldError`` with a field such as ``row 7, 金额``.
    """

    def cell(column: str) -> tuple[str, str]:
        index = columns.get(column)
        name = headers[index] if index is not None and index < len(headers) else column
        value = values[index] if index is not None and index < len(values) else ""
        return value, f"row {row}, {name.strip() or column}"

    day_text, day_field = cell("day")
    category_text, category_field = cell("category")
    amount_text, amount_field = cell("amount")
    supplier_text, supplier_field = cell("supplier")
    note_text, note_field = cell("note")
    day = parse_day(day_text, day_field)
    category = parse_category(category_text, category_field, extra_categories)
    return SpendingRow(
        day=day,
        category=category,
        amount=check_amount(parse_amount(amount_text, amount_field), amount_field),
        supplier=check_text(supplier_text, supplier_field, MAX_SUPPLIER),
        note=check_text(note_text, note_field, MAX_NOTE),
    )


__all__ = [
    "COLUMNS",
    "REQUIRED_COLUMNS",
    "FieldError",
    "SpendingRow",
    "check_amount",
    "check_text",
    "map_headers",
    "parse_category",
    "parse_day",
    "parse_row",
]
