"""Business options live in the database; settings.ini keeps only what belongs to the PC."""

from __future__ import annotations

from sqlalchemy import select

from crmdesk import settings
from crmdesk.db.engine import Database
from crmdesk.db.models import BusinessSetting
from crmdesk.paths import DataDir
from crmdesk.services.business import DatabaseBusinessStore
from crmdesk.settings import Settings


def stored(db: Database) -> dict[str, str]:
    with db.session() as session:
        return {row.key: row.value for row in session.scalars(select(BusinessSetting))}


def test_business_options_are_written_to_the_database_not_the_ini(
    data_dir: DataDir, db: Database
) -> None:
    options = Settings(data_dir.settings_file, DatabaseBusinessStore(lambda: db))
    options.set(settings.COMPANY_NAME, "深圳华强电子有限公司")
    options.set(settings.COMPANY_LOGO, b"\x89PNG\r\n\x1a\n\x00")
    options.set(settings.WELCOME_DONE, True)
    options.set(settings.WINDOW_GEOMETRY, b"\x01\x02")  # the PC's, stays in the ini
    options.sync()
    assert stored(db)["general/company_name"] == "深圳华强电子有限公司"
    assert "window/geometry" not in stored(db)
    ini_only = Settings(data_dir.settings_file)
    assert ini_only.get(settings.COMPANY_NAME) == ""
    assert ini_only.get(settings.WINDOW_GEOMETRY) == b"\x01\x02"
    again = Settings(data_dir.settings_file, DatabaseBusinessStore(lambda: db))
    assert again.get(settings.COMPANY_NAME) == "深圳华强电子有限公司"
    assert again.get(settings.COMPANY_LOGO) == b"\x89PNG\r\n\x1a\n\x00"
    assert again.get(settings.WELCOME_DONE) is True


def test_an_older_ini_is_moved_into_the_database_once(data_dir: DataDir, db: Database) -> None:
    old = Settings(data_dir.settings_file)
    old.set(settings.COMPANY_NAME, "Leeds Bikes")
    old.set(settings.REPORT_PAPER, "Letter")
    old.set(settings.LANGUAGE, "en")
    old.sync()
    options = Settings(data_dir.settings_file, DatabaseBusinessStore(lambda: db))
    assert options.get(settings.COMPANY_NAME) == "Leeds Bikes"  # read through before the move
    assert options.move_business_options() == 2
    assert stored(db) == {"general/company_name": "Leeds Bikes", "reports/paper": "Letter"}
    text = data_dir.settings_file.read_text(encoding="utf-8")
    assert "Leeds Bikes" not in text and "language=en" in text
    assert options.move_business_options() == 0
    assert options.get(settings.REPORT_PAPER) == "Letter"


def test_the_database_wins_over_a_stale_ini(data_dir: DataDir, db: Database) -> None:
    options = Settings(data_dir.settings_file, DatabaseBusinessStore(lambda: db))
    options.set(settings.COMPANY_NAME, "From the backup")
    stale = Settings(data_dir.settings_file)
    stale.set(settings.COMPANY_NAME, "Typed on this PC long ago")
    stale.sync()
    assert options.move_business_options() == 0
    assert options.get(settings.COMPANY_NAME) == "From the backup"


def test_a_bad_stored_value_falls_back_to_the_default(data_dir: DataDir, db: Database) -> None:
    store = DatabaseBusinessStore(lambda: db)
    store.set("reports/paper", "A3")
    store.set("company/logo", "not base64!")
    options = Settings(data_dir.settings_file, store)
    assert options.get(settings.REPORT_PAPER) == "A4"
    assert options.get(settings.COMPANY_LOGO) == b""
