"""The PyInstaller spec ships every data file the app reads, and leaves out what it does not.

Runs installer/crmdesk.spec with stand-ins for PyInstaller's classes, against the files as
they are in the checkout, so a translation, preset, font, icon or migration added later is
checked too; PyInstaller itself is not needed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import INSTALLER, ROOT, SpecRun, run_spec

RESOURCES = ROOT / "resources"


def relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@pytest.mark.parametrize(
    ("folder", "patterns"),
    [
        ("i18n", ("*.qm",)),
        ("presets", ("*.json",)),
        ("fonts", ("*.ttf", "*.ttc", "*.otf", "*.txt")),
        ("icons", ("*.svg", "*.png", "*.ico")),
    ],
)
def test_every_resource_file_is_shipped(
    spec_run: SpecRun, folder: str, patterns: tuple[str, ...]
) -> None:
    files = [p for pattern in patterns for p in (RESOURCES / folder).glob(pattern)]
    missing = sorted(relative(p) for p in files if relative(p) not in spec_run.shipped())
    assert not missing, f"the spec would not ship: {missing}"


def test_the_files_the_app_cannot_start_without_are_there(spec_run: SpecRun) -> None:
    shipped = spec_run.shipped()
    assert "resources/icons/crmdesk.svg" in shipped
    assert "resources/i18n/crmdesk_zh_CN.qm" in shipped
    assert any(name.startswith("resources/presets/") for name in shipped)
    for icon in ("nav-dashboard", "nav-customers", "new", "search", "backup"):
        assert f"resources/icons/{icon}.svg" in shipped


def test_migrations_ship_as_source_files(spec_run: SpecRun) -> None:
    """Alembic loads env.py and the revisions by path: compiled-in copies are not enough."""
    migrations = ROOT / "crmdesk" / "db" / "migrations"
    sources = [p for p in migrations.rglob("*.py") if "__pycache__" not in p.parts]
    assert migrations / "env.py" in sources
    assert any(p.parent.name == "versions" and p.name.startswith("0001") for p in sources)
    missing = sorted(relative(p) for p in sources if relative(p) not in spec_run.shipped())
    assert not missing, f"the spec would not ship: {missing}"
    assert "crmdesk/db/migrations/script.py.mako" in spec_run.shipped()


def test_sources_and_build_tools_are_not_shipped(spec_run: SpecRun) -> None:
    shipped = spec_run.shipped()
    assert not [name for name in shipped if name.endswith((".ts", ".pyc"))]
    assert "resources/icons/build_icons.py" not in shipped
    assert "resources/i18n/build.py" not in shipped
    assert not [name for name in shipped if "__pycache__" in name]


def test_collection_follows_the_folders(bundle, tmp_path: Path) -> None:
    """A font, a language or a migration added later is shipped without editing the spec."""
    (tmp_path / "crmdesk" / "db" / "migrations" / "versions").mkdir(parents=True)
    (tmp_path / "crmdesk" / "__init__.py").write_text('__version__ = "9.8.7"\n')
    (tmp_path / "crmdesk" / "db" / "migrations" / "versions" / "0002_more.py").write_text(
        "from alembic import op\nimport crmdesk.db.types\n"
    )
    for name in ("fonts/NotoSansSC-Regular.ttf", "i18n/crmdesk_ja.qm", "templates/x.html"):
        (tmp_path / "resources" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "resources" / name).write_bytes(b"x")
    (tmp_path / "resources" / "i18n" / "crmdesk_ja.ts").write_text("<TS/>")

    pairs = {(Path(src).name, dest) for src, dest in bundle.data_files(tmp_path)}

    assert ("NotoSansSC-Regular.ttf", "resources/fonts") in pairs
    assert ("crmdesk_ja.qm", "resources/i18n") in pairs
    assert ("x.html", "resources/templates") in pairs
    assert ("0002_more.py", "crmdesk/db/migrations/versions") in pairs
    assert ("crmdesk_ja.ts", "resources/i18n") not in pairs
    assert bundle.version(tmp_path) == "9.8.7"
    assert {"alembic", "crmdesk.db.types"} <= set(bundle.hidden_imports(tmp_path))


def test_an_empty_fonts_folder_still_builds(bundle, tmp_path: Path) -> None:
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    (tmp_path / "crmdesk" / "db" / "migrations").mkdir(parents=True)
    assert bundle.data_files(tmp_path) == []


def test_screens_imported_by_name_and_migration_imports_are_hidden_imports(
    spec_run: SpecRun,
) -> None:
    hidden = set(spec_run.analysis["hiddenimports"])
    for module in ("crmdesk.ui.customers", "crmdesk.ui.planner", "crmdesk.ui.settings"):
        assert module in hidden  # the main window imports screens with importlib
    assert {"alembic.op", "crmdesk.db.types", "sqlalchemy.dialects.sqlite"} <= hidden
    assert not [m for m in hidden if "OpenGL" in m]  # the charts are painted with QPainter
    assert not [m for m in hidden if m.startswith("crmdesk.db.migrations")]


def test_unused_qt_modules_and_big_packages_are_excluded(spec_run: SpecRun) -> None:
    excludes = set(spec_run.analysis["excludes"])
    for unused in (
        "PySide6.QtWebEngineCore",
        "PySide6.Qt3DCore",
        "PySide6.QtMultimedia",
        "PySide6.QtQuick",
        "PySide6.QtQml",
        "PySide6.QtCharts",
        "PySide6.QtDataVisualization",
        "numpy",  # a test dependency only
        "pyqtgraph",
        "tkinter",
        "scipy",
        "matplotlib",
        "pytest",
    ):
        assert unused in excludes
    for used in (
        "QtCore",
        "QtGui",
        "QtWidgets",
        "QtNetwork",
        "QtSvg",
        "QtPrintSupport",
    ):
        assert f"PySide6.{used}" not in excludes


def test_crmdesk_imports_no_excluded_module(bundle) -> None:
    assert bundle.excluded_modules_used() == {}


def test_excluded_module_use_is_caught(bundle, tmp_path: Path) -> None:
    (tmp_path / "crmdesk" / "ui").mkdir(parents=True)
    (tmp_path / "crmdesk" / "ui" / "chart.py").write_text("from PySide6.QtCharts import QChart\n")
    assert bundle.excluded_modules_used(tmp_path) == {"PySide6.QtCharts": ["crmdesk/ui/chart.py"]}


def test_only_the_offered_languages_of_qt_translations_are_kept(bundle) -> None:
    assert bundle.keep_collected("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert not bundle.keep_collected("PySide6/Qt/translations/qtbase_de.qm")
    assert not bundle.keep_collected("PySide6/Qt/plugins/platforms/libqeglfs.so")
    assert bundle.keep_collected("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert bundle.keep_collected("resources/i18n/crmdesk_zh_CN.qm")


def test_windows_gets_a_windowed_app_and_a_console_twin_with_the_icon() -> None:
    windows = run_spec(platform="win32")
    names = [(e["name"], e["console"]) for e in windows.executables]
    assert names == [("crmdesk", False), ("crmdesk-cli", True)]
    assert all(e["icon"].endswith("crmdesk.ico") for e in windows.executables)
    linux = run_spec(platform="linux")
    assert [e["name"] for e in linux.executables] == ["crmdesk"]


def test_pyinstaller_requirement_matches_the_installer_extra() -> None:
    tomllib = pytest.importorskip("tomllib")
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "optional-dependencies"
    ]
    build_py = (INSTALLER / "build.py").read_text(encoding="utf-8")
    requirement = next(r for r in extras["installer"] if r.lower().startswith("pyinstaller"))
    assert f'PYINSTALLER_REQUIREMENT = "{requirement}"' in build_py
