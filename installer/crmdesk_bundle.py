"""What goes into the frozen app: data files, hidden imports, exclusions. Plain Python.

crmdesk.spec calls these functions; tests/unit/installer checks them without PyInstaller.
Everything is collected by walking folders at build time, so a translation, preset, font,
icon, screen or migration added by anyone is shipped without editing this file.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "crmdesk"

# Files under resources/ that are sources or tools, not something the app reads at run time.
RESOURCE_SKIP_SUFFIXES = frozenset({".py", ".pyc", ".ts", ".pro", ".md"})
RESOURCE_SKIP_DIRS = frozenset({"__pycache__"})

# Alembic loads these by path (script_location), so they ship as files, not only compiled.
MIGRATIONS = Path(PACKAGE) / "db" / "migrations"
MIGRATION_SUFFIXES = frozenset({".py", ".mako", ".ini"})

# The languages the app offers (crmdesk.i18n.LANGUAGES); Qt's own .qm files for any other
# language are dead weight (about 14 MB for all of them).
QT_TRANSLATION_LANGUAGES = ("zh_CN",)

# Qt modules CRMDesk does not use. PyInstaller collects a Qt module's libraries, plugins and
# translations only when its Python module is imported, and a library may try some of them
# optionally, so they are excluded here. tests/unit/installer fails if crmdesk starts
# importing one of them.
QT_EXCLUDES = tuple(
    f"PySide6.{name}"
    for name in [
        "Qt3DAnimation",
        "Qt3DCore",
        "Qt3DExtras",
        "Qt3DInput",
        "Qt3DLogic",
        "Qt3DRender",
        "QtAxContainer",
        "QtBluetooth",
        "QtCanvasPainter",
        "QtCharts",
        "QtConcurrent",
        "QtDataVisualization",
        "QtDBus",
        "QtDesigner",
        "QtGraphs",
        "QtGraphsWidgets",
        "QtHelp",
        "QtHttpServer",
        "QtLocation",
        "QtMultimedia",
        "QtMultimediaWidgets",
        "QtNetworkAuth",
        "QtNfc",
        "QtPdf",
        "QtPdfWidgets",
        "QtPositioning",
        "QtQml",
        "QtQuick",
        "QtQuick3D",
        "QtQuickControls2",
        "QtQuickTest",
        "QtQuickWidgets",
        "QtRemoteObjects",
        "QtScxml",
        "QtSensors",
        "QtSerialBus",
        "QtSerialPort",
        "QtSpatialAudio",
        "QtSql",
        "QtStateMachine",
        "QtTest",
        "QtTextToSpeech",
        "QtUiTools",
        "QtWebChannel",
        "QtWebEngineCore",
        "QtWebEngineQuick",
        "QtWebEngineWidgets",
        "QtWebSockets",
        "QtWebView",
        "QtXml",
    ]
)

# Big packages that may sit in the build environment and that optional imports in our
# dependencies would otherwise drag in (Pillow and pypdfium2 -> numpy, reportlab -> ...).
# numpy is a test dependency only (a second method in the IRR tests).
PACKAGE_EXCLUDES = (
    "tkinter",
    "_tkinter",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "matplotlib",
    "scipy",
    "pandas",
    "sympy",
    "mpmath",
    "networkx",
    "IPython",
    "jedi",
    "parso",
    "pytest",
    "_pytest",
    "pytestqt",
    "pytest_benchmark",
    "hypothesis",
    "mypy",
    "ruff",
    "importlinter",
    "grimp",
    "pypdf",
    "boto3",
    "botocore",
    "moto",
    "docker",
    "flask",
    "werkzeug",
    "pydantic",
    "pydantic_core",
    "docutils",
    "yaml",  # nothing shipped reads YAML (numpy.__config__ did)
    "pygments",  # mako's syntax-highlighting plugin only (Alembic's templates)
    "readline",
    "cryptography",
    "OpenGL",
    "numpy",
    "pyqtgraph",
    "setuptools",
    "distutils",
    "lib2to3",
    "pydoc_data",
)
EXCLUDES = QT_EXCLUDES + PACKAGE_EXCLUDES

# Modules found only at run time (entry points, string imports): the migrations' SQLite
# dialect and Alembic's pieces.
EXTRA_HIDDEN_IMPORTS = (
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "alembic.ddl.sqlite",
    "alembic.runtime.migration",
    "alembic.context",
    "alembic.op",
    "logging.config",
)

# Qt plugins for embedded Linux displays and remote framebuffers: never used by a desktop app.
UNUSED_QT_PLUGIN_PATTERNS = (
    "plugins/platforms/libqeglfs",
    "plugins/platforms/libqlinuxfb",
    "plugins/platforms/libqvnc",
    "plugins/platforms/libqvkkhrdisplay",
    "plugins/platforms/libqminimalegl",
    "plugins/egldeviceintegrations/",
    "plugins/imageformats/libqpdf",
    "plugins/sqldrivers/",
    "plugins/qmltooling/",
    "plugins/qmllint/",
    "plugins/designer/",
    "libQt6EglFSDeviceIntegration",
    "libQt6EglFsKmsSupport",
)


def version(root: Path = ROOT) -> str:
    """crmdesk.__version__, read from the source without importing the package."""
    text = (root / PACKAGE / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.MULTILINE)
    if not match:
        raise ValueError(f"{root / PACKAGE / '__init__.py'}: no __version__")
    return match.group(1)


def _files_under(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not RESOURCE_SKIP_DIRS.intersection(path.parts):
            yield path


def resource_files(root: Path = ROOT) -> list[Path]:
    """Every file under resources/ the app may read (translations, presets, fonts, icons...)."""
    folder = root / "resources"
    if not folder.is_dir():
        return []
    return [p for p in _files_under(folder) if p.suffix.lower() not in RESOURCE_SKIP_SUFFIXES]


def migration_files(root: Path = ROOT) -> list[Path]:
    """The Alembic environment, template and revision scripts, kept as source files."""
    return [p for p in _files_under(root / MIGRATIONS) if p.suffix.lower() in MIGRATION_SUFFIXES]


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """PyInstaller ``datas``: (source file, destination folder inside the bundle) pairs.

    Destinations mirror the source tree, because crmdesk.paths.resources_dir() looks for
    ``_MEIPASS/resources`` and crmdesk.db.schema for ``<package>/db/migrations``.
    """
    pairs = []
    for path in [*resource_files(root), *migration_files(root)]:
        relative = path.relative_to(root)
        pairs.append((str(path), str(PurePosixPath(*relative.parent.parts))))
    return pairs


def _module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def package_modules(root: Path = ROOT) -> list[str]:
    """Every crmdesk module: screens are imported by name (importlib), so analysis misses them."""
    skip = root / MIGRATIONS
    return sorted(
        _module_name(root, p)
        for p in (root / PACKAGE).rglob("*.py")
        if skip not in p.parents and "__pycache__" not in p.parts
    )


def imports_of(paths: Iterable[Path]) -> set[str]:
    """Absolute module names imported by these source files (``import x`` / ``from x import y``)."""
    names: set[str] = set()
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
    names.discard("__future__")
    return names


def hidden_imports(root: Path = ROOT) -> list[str]:
    """Modules the frozen app needs that PyInstaller's static analysis cannot see."""
    migration_sources = [p for p in migration_files(root) if p.suffix == ".py"]
    found = set(package_modules(root)) | imports_of(migration_sources)
    found.update(EXTRA_HIDDEN_IMPORTS)
    return sorted(found)


def excluded_modules_used(root: Path = ROOT) -> dict[str, list[str]]:
    """{excluded module: [crmdesk files importing it]} — must stay empty."""
    offenders: dict[str, list[str]] = {}
    sources = [p for p in (root / PACKAGE).rglob("*.py") if "__pycache__" not in p.parts]
    for path in sources:
        for name in imports_of([path]):
            for excluded in EXCLUDES:
                if name == excluded or name.startswith(excluded + "."):
                    offenders.setdefault(excluded, []).append(str(path.relative_to(root)))
    return offenders


def keep_collected(dest_name: str) -> bool:
    """Filter for the TOC PyInstaller collected: drop unused Qt plugins and translations."""
    name = dest_name.replace("\\", "/")
    if any(pattern in name for pattern in UNUSED_QT_PLUGIN_PATTERNS):
        return False
    if "/Qt/translations/" in name or name.startswith("PySide6/translations/"):
        stem = PurePosixPath(name).stem
        return any(stem.endswith("_" + lang) for lang in QT_TRANSLATION_LANGUAGES)
    return True
