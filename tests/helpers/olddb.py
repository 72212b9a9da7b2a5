"""Old databases for upgrade tests: schema 0001 filled fast with raw sqlite3."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from crmdesk.db import schema

STAMP = "2026-11-01 00:00:00.000000"
NAMES = ("张伟", "Olivia Smith", "王芳", "amelia brown", "曾国强", "Zoë Lam", "重庆贸易", "李娜")


def make_0001_database(path: Path, customers: int) -> None:
    """A schema-0001 database at ``path`` holding ``customers`` customers (ids 1..n)."""
    schema.upgrade(path, "0001")
    con = sqlite3.connect(path)
    try:
        con.executemany(
            "INSERT INTO customers (id, name, company, title, stage, address, notes, search_text,"
            " created_at, updated_at) VALUES (?, ?, '', '', 'customer', '', '', '', ?, ?)",
            ((i, f"{NAMES[i % len(NAMES)]} {i}", STAMP, STAMP) for i in range(1, customers + 1)),
        )
        con.commit()
    finally:
        con.close()


def cli(*args: str, timeout: float = 120, **kwargs: object) -> subprocess.CompletedProcess[str]:
    """Run ``crmdesk ARGS`` in a fresh process (this checkout's package) and wait for it."""
    return subprocess.run(  # type: ignore[call-overload,no-any-return]
        [sys.executable, "-m", "crmdesk.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        **kwargs,
    )


def integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


def count(path: Path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


def columns(path: Path, table: str) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {row[1] for row in con.execute(f"PRAGMA table_info({table})")}
    finally:
        con.close()
