"""The plain-Python parts of the Windows cross-build and its Wine smoke test (no Wine here)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from tests.unit.installer.conftest import INSTALLER, load


@pytest.fixture(scope="module")
def toolchain() -> ModuleType:
    return load(INSTALLER / "windows" / "toolchain.py", "crmdesk_win_toolchain")


@pytest.fixture(scope="module")
def wine() -> ModuleType:
    return load(INSTALLER / "windows" / "wine.py", "crmdesk_win_wine")


@pytest.fixture(scope="module")
def inno() -> ModuleType:
    return load(INSTALLER / "windows" / "inno.py", "crmdesk_win_inno")


@pytest.fixture(scope="module")
def smoke() -> ModuleType:
    return load(INSTALLER / "windows" / "smoke.py", "crmdesk_win_smoke")


def test_windows_requirements_keep_windows_markers_and_add_what_pip_cannot_see(
    toolchain: ModuleType, tmp_path: Path
) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(
        "[project]\n"
        'dependencies = ["numpy>=1.24", "tzdata>=2024.1; sys_platform == \'win32\'",'
        " \"uvloop; sys_platform != 'win32'\"]\n"
        "[project.optional-dependencies]\n"
        'installer = ["pyinstaller>=6.3"]\n',
        encoding="utf-8",
    )
    reqs = toolchain.requirements(pyproject)
    names = [r.split(">")[0].split("=")[0] for r in reqs]
    assert "numpy>=1.24" in reqs and "pyinstaller>=6.3" in reqs
    assert "uvloop" not in names  # a Linux-only dependency is left out
    assert names.count("tzdata") == 1  # named once, with the project's bound
    assert "tzdata>=2024.1" in reqs
    assert {"pefile", "pywin32-ctypes"} <= set(names)  # PyInstaller's Windows-only needs
    assert not any(";" in r for r in reqs)


def test_the_real_project_requirements_include_every_dependency(toolchain: ModuleType) -> None:
    reqs = " ".join(toolchain.requirements())
    for name in ("PySide6-Essentials", "SQLAlchemy", "reportlab", "tzdata", "pyinstaller"):
        assert name in reqs


def test_pip_download_asks_for_windows_cpython_311_wheels_only(
    toolchain: ModuleType, tmp_path: Path
) -> None:
    command = toolchain.pip_download_command(["numpy"], tmp_path, python="py")
    text = " ".join(command)
    assert command[:4] == ["py", "-m", "pip", "download"]
    assert "--only-binary=:all:" in command
    for pair in ("--platform win_amd64", "--python-version 3.11", "--abi cp311"):
        assert pair in text
    assert command[-1] == "numpy"


def test_pth_file_puts_stdlib_wheels_and_site_on_the_path(toolchain: ModuleType) -> None:
    lines = toolchain.pth_text().splitlines()
    assert lines == ["python311.zip", ".", r"Lib\site-packages", "import site"]


@pytest.mark.parametrize(
    ("linux", "windows"),
    [
        ("/work/a b/dist", r"Z:\work\a b\dist"),
        ("/tmp/客户/x.pdf", "Z:\\tmp\\客户\\x.pdf"),
        (r"C:\Program Files\CRMDesk", r"C:\Program Files\CRMDesk"),
    ],
)
def test_linux_paths_become_wine_drive_z_paths(
    toolchain: ModuleType, linux: str, windows: str
) -> None:
    assert toolchain.windows_path(linux) == windows


def test_relative_paths_are_refused(toolchain: ModuleType) -> None:
    with pytest.raises(ValueError, match="not an absolute path"):
        toolchain.windows_path("dist/crmdesk")


def test_wheels_unpack_with_their_data_folders(toolchain: ModuleType, tmp_path: Path) -> None:
    wheel = tmp_path / "demo-1.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("demo/__init__.py", "x = 1\n")
        archive.writestr("demo-1.0.dist-info/METADATA", "Name: demo\n")
        archive.writestr("demo-1.0.data/purelib/extra.pth", "demo\n")
        archive.writestr("demo-1.0.data/scripts/demo.exe", "MZ")
    site = tmp_path / "site-packages"
    toolchain.unpack_wheel(wheel, site)
    assert (site / "demo" / "__init__.py").read_text() == "x = 1\n"
    assert (site / "extra.pth").exists()
    assert not (site / "demo.exe").exists() and not (site / "scripts").exists()


def test_a_wheel_escaping_site_packages_is_refused(toolchain: ModuleType, tmp_path: Path) -> None:
    wheel = tmp_path / "evil-1.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("../outside.py", "")
    with pytest.raises(ValueError, match="unsafe path"):
        toolchain.unpack_wheel(wheel, tmp_path / "site")


OBJDUMP = """
\tDLL Name: KERNEL32.dll
\tvma:  Hint/Ord Member-Name Bound-To
\t9989e8\t  100  CreateFileW
\tDLL Name: icuuc.dll
\tvma:  Hint/Ord Member-Name Bound-To
\t9989e8\t  263  ucnv_open
\t9989f4\t  225  ucnv_close
\t9989a6\t    3  UCNV_FROM_U_CALLBACK_SUBSTITUTE

\tDLL Name: USER32.dll
\t9989e8\t  12  MessageBoxW
"""


def test_icuuc_imports_are_read_from_objdump(wine: ModuleType) -> None:
    assert wine.imports_from(OBJDUMP, "ICUUC.DLL") == [
        "UCNV_FROM_U_CALLBACK_SUBSTITUTE",
        "ucnv_close",
        "ucnv_open",
    ]


def test_icuuc_stub_exports_each_name_once_and_ucnv_open_fails(wine: ModuleType) -> None:
    source = wine.icuuc_stub_source(["ucnv_close", "ucnv_open", "ucnv_close"])
    assert source.count("ucnv_close(") == 1
    assert "EXPORT void *ucnv_open(const char *name, int *err)" in source
    assert f"*err = {wine.U_FILE_ACCESS_ERROR}" in source
    assert sum(line.startswith("EXPORT ") for line in source.splitlines()) == 2
    assert len(wine.ICUUC_IMPORTS) == 20


def test_iscc_gets_the_defines_crmdesk_iss_expects(inno: ModuleType) -> None:
    args = inno.iscc_arguments("1.2.3", r"Z:\w\dist\crmdesk", r"Z:\w\dist", r"Z:\w\zh.isl", "x.iss")
    assert args == [
        "/Q",
        "/DAppVersion=1.2.3",
        r"/DAppDir=Z:\w\dist\crmdesk",
        r"/DOutputDir=Z:\w\dist",
        r"/DChineseIsl=Z:\w\zh.isl",
        "x.iss",
    ]
    script = inno.SCRIPT.read_text(encoding="utf-8-sig")
    for define in ("AppVersion", "AppDir", "OutputDir", "ChineseIsl"):
        assert f"#ifndef {define}" in script
    assert "OutputBaseFilename=crmdesk-{#AppVersion}-setup" in script
    assert inno.setup_name("1.2.3") == "crmdesk-1.2.3-setup.exe"


def test_the_chinese_setup_messages_are_committed_for_the_npm_compiler(inno: ModuleType) -> None:
    isl = inno.HERE / inno.ISL_NAME
    text = isl.read_text(encoding="utf-8-sig")
    assert "LanguageID=$0804" in text
    assert "Inno Setup version 6.4.0+" in text  # matches innosetup@6.4.1 from npm
    assert "[Messages]" in text and "SetupAppTitle=" in text


def test_pdffonts_rows_are_read_with_their_embedded_flag(smoke: ModuleType) -> None:
    output = (
        "name                                 type              encoding         emb sub uni object ID\n"  # noqa: E501
        "------------------------------------ ----------------- ---------------- --- --- --- ---------\n"  # noqa: E501
        "AAAAAA+WenQuanYiMicroHei             CID TrueType      Identity-H       yes yes yes      8  0\n"  # noqa: E501
        "STSong-Light                         CID Type 0C       UniGB-UCS2-H     no  no  no       9  0\n"  # noqa: E501
    )
    assert smoke.embedded_fonts(output) == [
        ("AAAAAA+WenQuanYiMicroHei", True),
        ("STSong-Light", False),
    ]


def test_the_embeddable_python_is_taken_out_of_its_cp311_folder(
    toolchain: ModuleType, tmp_path: Path
) -> None:
    data = tmp_path / "data.zip"
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("cp311/python.exe", "MZ")
        archive.writestr("cp311/python311.zip", "PK")
        archive.writestr("cp310/python.exe", "MZ old")
    target = tmp_path / "python"
    toolchain.extract_embeddable(data, target)
    assert sorted(p.name for p in target.iterdir()) == ["python.exe", "python311.zip"]
    assert (target / "python.exe").read_text() == "MZ"
    with pytest.raises(SystemExit, match=r"no cp312/python\.exe"):
        toolchain.extract_embeddable(data, tmp_path / "other", tag="312")
