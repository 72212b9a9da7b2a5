"""customer list order: a pinyin sort key, and partial indexes for the list and the recycle bin

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 15:10:00

Customers get ``sort_name`` (Chinese names by pinyin among Latin ones, case folded), filled in
here for the customers already stored. The sort-name and company indexes hold only customers
outside the recycle bin, so the list of 100,000 customers in name order is read off the index
instead of being sorted; the deleted_at index holds only the binned ones (it was one entry per
customer, all NULL but a few). The name index goes: nothing looks names up by index.

The sort key is frozen here as this release computed it (a migration must not change with the
live code). Versions before 0.x ran this migration outside a transaction, so a crash could leave
``sort_name`` added and the version still 0001: every step below therefore accepts the state
such a crash left (column present, indexes dropped or not) and completes it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

LIVE = "deleted_at IS NULL"
BINNED = "deleted_at IS NOT NULL"
INDEXES = {
    "ix_customers_company": ("company", LIVE),
    "ix_customers_deleted_at": ("deleted_at", BINNED),
}


# --- the sort key of this release, frozen (crmdesk.domain.customers.pinyin.name_sort_key) ---

_HAN_FIRST, _HAN_LAST = "\u4e00", "\u9fff"
_HAN = re.compile(f"[{_HAN_FIRST}-{_HAN_LAST}]")
_SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "解": "xie", "查": "zha", "仇": "qiu", "区": "ou", "朴": "piao",
    "盖": "ge", "乐": "yue", "缪": "miao", "覃": "qin", "召": "shao", "翟": "zhai", "员": "yun",
    "薄": "bo", "藏": "zang", "种": "chong", "重": "chong",
}  # fmt: skip


def _fold(text: str) -> str:
    if text.isascii():
        return " ".join(text.lower().split())
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


@cache
def _reading(char: str) -> str:
    import pypinyin

    default = pypinyin.lazy_pinyin(char, errors="ignore")
    return default[0] if default else ""


def _sort_key(name: str) -> str:
    folded = _fold(name or "")
    if not _HAN.search(folded):
        return folded
    spelled: list[str] = []
    surname = _SURNAME_READINGS.get(folded[0])
    rest = folded
    if surname is not None:
        spelled.append(f"{surname} ")
        rest = folded[1:]
    for char in rest:
        if _HAN_FIRST <= char <= _HAN_LAST:
            reading = _reading(char)
            spelled.append(f" {reading} " if reading else char)
        else:
            spelled.append(char)
    return f"{' '.join(''.join(spelled).split())}\x1f{folded}"


def _has_column(connection: sa.Connection, table: str, column: str) -> bool:
    return any(c["name"] == column for c in sa.inspect(connection).get_columns(table))


def upgrade() -> None:
    connection = op.get_bind()
    if not _has_column(connection, "customers", "sort_name"):
        op.add_column(
            "customers", sa.Column("sort_name", sa.Text(), nullable=False, server_default="")
        )
    keys = [
        {"id": cid, "key": _sort_key(name)}
        for cid, name in connection.execute(sa.text("SELECT id, name FROM customers"))
    ]
    if keys:
        connection.execute(sa.text("UPDATE customers SET sort_name = :key WHERE id = :id"), keys)
    # IF EXISTS / IF NOT EXISTS: a half-done run of an older version may have done some of it
    for name in ("ix_customers_name", "ix_customers_sort_name", *INDEXES):
        connection.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
    op.create_index(
        "ix_customers_sort_name", "customers", ["sort_name"], sqlite_where=sa.text(LIVE)
    )
    for name, (column, where) in INDEXES.items():
        op.create_index(name, "customers", [column], sqlite_where=sa.text(where))


def downgrade() -> None:
    for name, column in (
        ("ix_customers_company", "company"),
        ("ix_customers_deleted_at", "deleted_at"),
    ):
        op.drop_index(name, table_name="customers")
        op.create_index(name, "customers", [column])
    op.drop_index("ix_customers_sort_name", table_name="customers")
    op.create_index("ix_customers_name", "customers", ["name"])
    with op.batch_alter_table("customers") as batch_op:
        batch_op.drop_column("sort_name")
