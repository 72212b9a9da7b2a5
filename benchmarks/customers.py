"""Customer import, search and list speed with 100,000 customers.

    python benchmarks/customers.py [--rows 100000] [--repeat 5] [--dir DIR]

1. Import: a generated 100,000-row CSV (70% Chinese names, phones written "+86 138 0013 8000",
   e-mails, addresses, tags) is imported with ``import_customers`` into a fresh database. The
   baseline, measured in the same run on the same file, is a raw ``sqlite3`` load: csv.reader
   plus ``executemany`` into the same customer, phone, e-mail and tag tables of a fresh
   database with the same pragmas, in one transaction, with no validation, no normalisation,
   no duplicate check and no search text. The name also goes, as it is, into ``sort_name``
   (the list's order): the key without its pinyin, so that both loads fill the same index with
   as many distinct values (left empty, the index would cost the raw load nothing). Best of
   ``--repeat`` runs each, alternating.
   Target: import <= 2x the raw load.
2. Search: ``customer_ids`` + the first page of rows (what the list shows) for typical queries
   over the imported 100,000 customers, 2-character Chinese names and phone digits included.
   Target: < 100 ms each.
3. List: a fresh process in the state of a running app (Qt up, SQLAlchemy loaded) builds the
   Customers screen on that database and shows its first page (time from importing the screen
   to the rows being painted) and reports the process's peak memory. Targets: < 300 ms and
   < 150 MB. ``@example.cn`` in the search list matches every customer: the worst case, not a
   typical query.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUERIES = ("张伟", "王芳", "zw", "13800", "olivia", "深圳 电子", "华强北路", "@example.cn")


def write_csv(path: Path, rows: int, seed: int = 7) -> str:
    """The benchmark file; returns the phone number (digits only) of a row in the middle."""
    from crmdesk.services.demo.data import (
        CN_COMPANY_CORE,
        CN_COMPANY_KIND,
        CN_COMPANY_PREFIX,
        EN_COMPANY,
        EN_FIRST,
        EN_LAST,
        GIVEN,
        STREETS_CN,
        STREETS_EN,
        SURNAMES,
        TAGS,
    )

    rng = random.Random(seed)
    probe = ""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["姓名", "公司", "手机", "邮箱", "地址", "备注", "标签"])
        for i in range(rows):
            if rng.random() < 0.7:
                name = rng.choice(SURNAMES) + "".join(
                    rng.choice(GIVEN) for _ in range(rng.choice((1, 2)))
                )
                company = (
                    rng.choice(CN_COMPANY_PREFIX) + rng.choice(CN_COMPANY_CORE)
                    + rng.choice(CN_COMPANY_KIND) + "有限公司"
                )  # fmt: skip
                digits = f"1{rng.choice('3578')}{rng.randint(0, 9)}{rng.randint(10**7, 10**8 - 1)}"
                phone = f"+86 {digits[:3]} {digits[3:7]} {digits[7:]}"
                address = f"{company[:2]}市{rng.choice(STREETS_CN)}{rng.randint(1, 999)}号"
            else:
                name = f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"
                company = rng.choice(EN_COMPANY)
                digits = f"07{rng.randint(100, 999)}{rng.randint(100000, 999999)}"
                phone = f"{digits[:5]} {digits[5:]}"
                address = f"{rng.randint(1, 240)} {rng.choice(STREETS_EN)}, Leeds"
            if i == rows // 2:
                probe = digits
            notes = rng.choice(("", "", "", "老客户，每月订货", "prefers e-mail"))
            tags = ";".join(rng.sample(TAGS, rng.choice((0, 1, 1, 2))))
            writer.writerow([name, company, phone, f"u{i}@example.cn", address, notes, tags])
    return probe


def fresh_database(folder: Path) -> Path:
    from crmdesk.paths import DataDir
    from crmdesk.services.storage import open_database

    shutil.rmtree(folder, ignore_errors=True)
    data_dir = DataDir(folder).ensure()
    open_database(data_dir).dispose()  # migrated, empty
    return data_dir.database


def raw_load(csv_path: Path, database: Path) -> float:
    """The baseline: read the file and executemany the rows, nothing else."""
    start = time.perf_counter()
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute("PRAGMA foreign_keys=ON")
    with csv_path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        rows = list(reader)
    stamp = "2027-01-01 00:00:00.000000"
    with connection:
        connection.executemany(
            "INSERT INTO customers (id, name, company, title, stage, address, notes, search_text,"
            " sort_name, created_at, updated_at)"
            " VALUES (?, ?, ?, '', 'customer', ?, ?, '', ?, ?, ?)",
            [(i, r[0], r[1], r[4], r[5], r[0], stamp, stamp) for i, r in enumerate(rows, 1)],
        )
        connection.executemany(
            "INSERT INTO customer_phones (customer_id, position, label, number, normalized)"
            " VALUES (?, 0, '', ?, ?)",
            [(i, r[2], r[2]) for i, r in enumerate(rows, 1)],
        )
        connection.executemany(
            "INSERT INTO customer_emails (customer_id, position, label, email, normalized)"
            " VALUES (?, 0, '', ?, ?)",
            [(i, r[3], r[3]) for i, r in enumerate(rows, 1)],
        )
        names = sorted({t for r in rows for t in r[6].split(";") if t})
        connection.executemany("INSERT INTO tags (id, name) VALUES (?, ?)", enumerate(names, 1))
        tag_ids = {name: i for i, name in enumerate(names, 1)}
        connection.executemany(
            "INSERT INTO customer_tags (customer_id, tag_id) VALUES (?, ?)",
            [(i, tag_ids[t]) for i, r in enumerate(rows, 1) for t in r[6].split(";") if t],
        )
    connection.close()
    return time.perf_counter() - start


def our_import(csv_path: Path, folder: Path) -> float:
    from crmdesk.paths import DataDir
    from crmdesk.services.customers.imports import import_customers
    from crmdesk.services.storage import open_database

    fresh_database(folder)
    db = open_database(DataDir(folder))
    start = time.perf_counter()
    report = import_customers(db, csv_path)
    elapsed = time.perf_counter() - start
    db.dispose()
    assert report.new > 0 and not report.invalid, report
    return elapsed


def search_times(folder: Path, probe: str) -> dict[str, float]:
    from crmdesk.paths import DataDir
    from crmdesk.services.customers.store import customer_ids, customer_rows
    from crmdesk.services.storage import open_database

    db = open_database(DataDir(folder))
    customer_ids(db, "warm up")
    results = {}
    for query in (*QUERIES, probe):
        runs = []
        for _ in range(5):
            start = time.perf_counter()
            ids = customer_ids(db, query)
            customer_rows(db, ids[:200])
            runs.append(time.perf_counter() - start)
        results[f"{query} ({len(ids)} found)"] = statistics.median(runs) * 1000
    db.dispose()
    return results


LIST_PROBE = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {root!r})
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from crmdesk.paths import DataDir
from crmdesk.services.storage import open_database
from crmdesk.settings import Settings
from crmdesk.ui.context import AppContext
from crmdesk.ui.tasks import TaskRunner
data_dir = DataDir(Path({folder!r}))
ctx = AppContext(data_dir, open_database(data_dir), Settings(data_dir.settings_file), TaskRunner())
# a running app has SQLAlchemy loaded and its mappers configured (the dashboard at start-up)
import sqlalchemy.orm
import crmdesk.db.models
sqlalchemy.orm.configure_mappers()
ctx.db.engine
start = time.perf_counter()
from crmdesk.ui.customers import CustomersScreen
screen = CustomersScreen(ctx)
screen.resize(1280, 720)
screen.show()
app.processEvents()
while getattr(screen, "loading", False):  # the rows are read off the GUI thread
    app.processEvents()
    time.sleep(0.001)
screen.table.viewport().repaint()
elapsed = time.perf_counter() - start
assert screen.model.total() > 0
# VmHWM, not ru_maxrss: Linux keeps the parent's peak in ru_maxrss across exec
with open("/proc/self/status") as status:
    peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024
print(f"{{elapsed * 1000:.0f}} {{peak:.0f}} {{screen.model.total()}} {{screen.model.rowCount()}}")
"""


def list_open(folder: Path) -> tuple[float, float, int, int]:
    out = subprocess.run(
        [sys.executable, "-c", LIST_PROBE.format(root=str(ROOT), folder=str(folder))],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return float(out[0]), float(out[1]), int(out[2]), int(out[3])


def cli_import(csv_path: Path, folder: Path) -> float:
    """``crmdesk import customers`` in a fresh process, start-up included (seconds)."""
    shutil.rmtree(folder, ignore_errors=True)
    command = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(folder)]
    subprocess.run([*command, "customers", "list", "--search", "-"], check=True,
                   capture_output=True)  # fmt: skip
    start = time.perf_counter()
    subprocess.run([*command, "import", "customers", str(csv_path)], check=True,
                   capture_output=True)  # fmt: skip
    return time.perf_counter() - start


def raw_process(csv_path: Path, folder: Path) -> float:
    """The raw sqlite3 load in a fresh process, start-up included (seconds)."""
    database = fresh_database(folder)
    code = (
        f"import sys; sys.path.insert(0, {str(ROOT)!r}); from pathlib import Path; "
        "from benchmarks.customers import raw_load; "
        f"raw_load(Path({str(csv_path)!r}), Path({str(database)!r}))"
    )
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--dir", type=Path, default=None, help="work folder (default: temporary)")
    args = parser.parse_args()
    from bytecode import compile_installed

    compile_installed()  # an installed app runs from bytecode (see bytecode.py)
    work = args.dir or Path(tempfile.mkdtemp(prefix="crmdesk-bench-customers-"))
    work.mkdir(parents=True, exist_ok=True)
    csv_path = work / "customers.csv"
    probe = write_csv(csv_path, args.rows)
    print(f"{args.rows} rows, {csv_path.stat().st_size / 1e6:.1f} MB: {csv_path}")

    raw, ours = [], []
    for _ in range(args.repeat):
        raw.append(raw_load(csv_path, fresh_database(work / "raw")))
        ours.append(our_import(csv_path, work / "ours"))
    for label, runs in (("raw sqlite3 load", raw), ("import_customers", ours)):
        print(f"{label}: best {min(runs):.2f} s  (runs: {', '.join(f'{t:.2f}' for t in runs)})")
    print(f"import / raw: {min(ours) / min(raw):.2f}x (target <= 2x)")
    pairs = sorted(o / r for o, r in zip(ours, raw, strict=True))
    print(
        f"  run by run (this machine's speed drifts): median {statistics.median(pairs):.2f}x, "
        f"{pairs[0]:.2f}-{pairs[-1]:.2f}x; the first import of a process also loads pypinyin"
    )

    raw_cli, ours_cli = [], []
    for _ in range(args.repeat):
        raw_cli.append(raw_process(csv_path, work / "raw-cli"))
        ours_cli.append(cli_import(csv_path, work / "cli"))
    print(
        f"CLI `crmdesk import customers` (fresh process, start-up included): best "
        f"{min(ours_cli):.2f} s vs raw sqlite3 load in a fresh process {min(raw_cli):.2f} s = "
        f"{min(ours_cli) / min(raw_cli):.2f}x (target <= 2.5x)"
    )

    print("search (customer_ids + first page), median of 5:")
    times = search_times(work / "ours", probe)
    for query, ms in times.items():
        print(f"  {query:<28} {ms:6.1f} ms")
    print(f"  slowest: {max(times.values()):.0f} ms (target < 100 ms)")

    opened = [list_open(work / "ours") for _ in range(args.repeat)]
    best = min(opened)
    print(
        f"list opens: best {best[0]:.0f} ms, peak memory {max(o[1] for o in opened):.0f} MB "
        f"({best[2]} customers, {best[3]} rows loaded; targets < 300 ms, < 150 MB)"
    )
    if args.dir is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
