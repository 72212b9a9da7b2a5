"""The Alembic scripts build exactly the models, and the revision list matches the scripts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, select, text

from crmdesk.db import schema
from crmdesk.db.engine import Database
from crmdesk.db.models import Base, BudgetPlan, Customer, PlanItem

MIGRATIONS = Path(schema.__file__).parent / "migrations"


def test_known_revisions_match_the_alembic_scripts() -> None:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    scripts = ScriptDirectory.from_config(config)
    chain = [rev.revision for rev in scripts.walk_revisions()][::-1]
    assert tuple(chain) == schema.KNOWN_REVISIONS
    assert scripts.get_current_head() == schema.HEAD_REVISION


def test_migrated_database_matches_the_models(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    schema.upgrade(path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert diff == []


def test_money_is_stored_in_minor_units_and_comes_back_exact(db: Database) -> None:
    with db.session() as session:
        plan = BudgetPlan(name="p")
        plan.items = [
            PlanItem(side="cost", category="licence", kind="one_off", amount=Decimal("1234.565"))
        ]
        session.add(plan)
    with db.session() as session:
        raw = session.execute(text("SELECT amount FROM plan_items")).scalar_one()
        item = session.scalars(select(PlanItem)).one()
    assert raw == 123457  # half-up to the cent, stored as fen
    assert item.amount == Decimal("1234.57")


def test_float_money_is_refused(db: Database) -> None:
    from sqlalchemy.exc import StatementError

    with pytest.raises(StatementError, match="Decimal, not float"), db.session() as session:
        session.add(BudgetPlan(name="p", total_cost=12.5))


def test_times_are_stored_as_utc_and_naive_times_refused(db: Database) -> None:
    shanghai = dt.timezone(dt.timedelta(hours=8))
    with db.session() as session:
        session.add(
            Customer(name="张伟", created_at=dt.datetime(2027, 1, 1, 8, 0, tzinfo=shanghai))
        )
    with db.session() as session:
        stored = session.execute(text("SELECT created_at FROM customers")).scalar_one()
        customer = session.scalars(select(Customer)).one()
    assert str(stored).startswith("2027-01-01 00:00:00")
    assert customer.created_at == dt.datetime(2027, 1, 1, 0, 0, tzinfo=dt.UTC)
    from sqlalchemy.exc import StatementError

    with pytest.raises(StatementError, match="naive"), db.session() as session:
        session.add(Customer(name="x", created_at=dt.datetime(2027, 1, 1)))


@pytest.mark.sqlite_only
def test_foreign_keys_and_wal_are_on(db: Database) -> None:
    with db.session() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        assert session.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"


@pytest.mark.sqlite_only
def test_optimize_gathers_statistics_for_the_query_planner(db: Database) -> None:
    import sqlite3

    from crmdesk.services.demo.data import generate_demo

    generate_demo(db, 300)
    db.dispose()
    db.optimize()
    con = sqlite3.connect(db.path)
    try:
        tables = {row[0] for row in con.execute("SELECT tbl FROM sqlite_stat1")}
    finally:
        con.close()
    assert "customers" in tables


def _index_sql(path: Path) -> dict[str, str]:
    import sqlite3

    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type='index' AND sql NOT NULL"
        )
        return {name: " ".join(sql.replace('"', "").split()) for name, sql in rows}
    finally:
        con.close()


def test_migrated_indexes_are_the_models_partial_ones_included(tmp_path: Path) -> None:
    """compare_metadata does not look at an index's WHERE clause: compare the SQL itself."""
    schema.upgrade(tmp_path / "migrated.db")
    engine = create_engine(f"sqlite:///{tmp_path / 'models.db'}")
    Base.metadata.create_all(engine)
    engine.dispose()
    migrated = _index_sql(tmp_path / "migrated.db")
    assert migrated == _index_sql(tmp_path / "models.db")
    assert migrated["ix_customers_sort_name"].endswith("WHERE deleted_at IS NULL")
    assert migrated["ix_customers_deleted_at"].endswith("WHERE deleted_at IS NOT NULL")


def test_a_0001_database_upgrades_with_its_customers(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    schema.upgrade(path, "0001")
    assert schema.read_revision(path) == "0001"
    assert "WHERE" not in _index_sql(path)["ix_customers_name"]
    stamp = "2026-11-01 00:00:00.000000"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        people = ((1, "张伟", None), (2, "Olivia", stamp), (3, "王芳", None), (4, "amelia", None))
        for cid, name, deleted in people:
            connection.execute(
                text(
                    "INSERT INTO customers (id, name, company, title, stage, address, notes,"
                    " search_text, created_at, updated_at, deleted_at) VALUES"
                    " (:id, :name, '', '', 'customer', '', '', '', :at, :at, :deleted)"
                ),
                {"id": cid, "name": name, "at": stamp, "deleted": deleted},
            )
    engine.dispose()

    schema.upgrade(path)

    assert schema.read_revision(path) == schema.HEAD_REVISION
    assert _index_sql(path)["ix_customers_sort_name"].endswith("WHERE deleted_at IS NULL")
    assert "ix_customers_name" not in _index_sql(path)
    db = Database(path)
    try:
        with db.session() as session:
            live = session.scalars(
                select(Customer.name)
                .where(Customer.deleted_at.is_(None))
                .order_by(Customer.sort_name)
            ).all()
            binned = session.scalars(
                select(Customer.name).where(Customer.deleted_at.is_not(None))
            ).all()
    finally:
        db.dispose()
    # the keys were filled in for the stored customers: amelia, wang fang, zhang wei
    assert live == ["amelia", "王芳", "张伟"] and binned == ["Olivia"]


def test_0003_gives_stored_phones_their_new_form(tmp_path: Path) -> None:
    """A +86 landline stored before 0003 is found by its home form afterwards."""
    from crmdesk.services.customers.store import list_customers

    path = tmp_path / "old.db"
    schema.upgrade(path, "0002")
    stamp = "2026-11-01 00:00:00.000000"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO customers (id, name, company, title, stage, address, notes,"
                " search_text, sort_name, created_at, updated_at) VALUES (1, '李喆', '', '',"
                " 'customer', '', '', '李喆 | 861065529988 | 13800138000', '', :at, :at)"
            ),
            {"at": stamp},
        )
        for pid, number, old in ((1, "+86 10 6552 9988", "861065529988"),
                                 (2, "138-0013-8000", "13800138000")):  # fmt: skip
            connection.execute(
                text(
                    "INSERT INTO customer_phones (id, customer_id, position, label, number,"
                    " normalized) VALUES (:id, 1, :id, '', :number, :old)"
                ),
                {"id": pid, "number": number, "old": old},
            )
    engine.dispose()

    schema.upgrade(path)

    db = Database(path)
    try:
        with db.session() as session:
            keys = session.execute(text("SELECT normalized FROM customer_phones ORDER BY id")).all()
        assert [k[0] for k in keys] == ["01065529988", "13800138000"]
        assert [r.name for r in list_customers(db, search="010-6552-9988")] == ["李喆"]
    finally:
        db.dispose()


def test_0012_gives_stored_foreign_phones_one_form(tmp_path: Path) -> None:
    """A North American number stored before 0012 is a duplicate of its +1 form afterwards."""
    from crmdesk.domain.customers.customer import CustomerInput
    from crmdesk.services.customers.duplicates import find_duplicates_for
    from crmdesk.services.customers.store import list_customers

    path = tmp_path / "old.db"
    schema.upgrade(path, "0011")
    stamp = "2026-11-01 00:00:00.000000"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO customers (id, name, company, title, stage, address, notes,"
                " search_text, sort_name, created_at, updated_at) VALUES (1, 'Jean Tremblay',"
                " '', '', 'customer', '', '', 'jean tremblay | 4186569254 | 13125550100', '',"
                " :at, :at)"
            ),
            {"at": stamp},
        )
        for pid, number, old in ((1, "418-656-9254", "4186569254"),
                                 (2, "+1 312 555 0100", "13125550100")):  # fmt: skip
            connection.execute(
                text(
                    "INSERT INTO customer_phones (id, customer_id, position, label, number,"
                    " normalized) VALUES (:id, 1, :id, '', :number, :old)"
                ),
                {"id": pid, "number": number, "old": old},
            )
    engine.dispose()

    schema.upgrade(path)

    db = Database(path)
    try:
        with db.session() as session:
            keys = session.execute(text("SELECT normalized FROM customer_phones ORDER BY id")).all()
        assert [k[0] for k in keys] == ["+14186569254", "+13125550100"]
        assert [r.name for r in list_customers(db, search="+1 418 656 9254")] == ["Jean Tremblay"]
        again = CustomerInput(name="Someone", phones=["001 418 656 9254"])
        assert [m.name for m in find_duplicates_for(db, again)] == ["Jean Tremblay"]
        # the Chinese mobile 131-2555-0100 is no longer the Chicago number
        assert find_duplicates_for(db, CustomerInput(name="王", phones=["13125550100"])) == []
    finally:
        db.dispose()
