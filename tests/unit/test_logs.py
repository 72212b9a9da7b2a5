"""The log file turns over at its size limit and keeps a fixed number of older files."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from crmdesk.logs import LOG_NAME, RotatingLog


def test_the_log_turns_over_and_keeps_five_older_files(tmp_path: Path) -> None:
    path = tmp_path / LOG_NAME
    handler = RotatingLog(path, max_bytes=1000, backups=5)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("crmdesk.test_logs")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for index in range(100):  # 100 lines of 100 bytes: ten files' worth
            logger.warning("%03d %s", index, "x" * 95)
    finally:
        logger.removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [LOG_NAME] + [f"{LOG_NAME}.{i}" for i in range(1, 6)]
    for file in tmp_path.iterdir():
        assert file.stat().st_size <= 1000 + 100  # a file turns over before the line past it
    # the newest line is in the current file, and .1 holds the lines just before it
    current = path.read_text(encoding="utf-8").splitlines()
    previous = (tmp_path / f"{LOG_NAME}.1").read_text(encoding="utf-8").splitlines()
    assert current[-1].startswith("099 ")
    assert int(previous[-1][:3]) == int(current[0][:3]) - 1
    # nothing was lost between the files kept: their lines run on without a gap
    kept = []
    for name in reversed(names[1:]):
        kept += (tmp_path / name).read_text(encoding="utf-8").splitlines()
    kept += current
    numbers = [int(line[:3]) for line in kept]
    assert numbers == list(range(numbers[0], 100))


def test_chinese_text_is_written_as_utf8(tmp_path: Path) -> None:
    path = tmp_path / LOG_NAME
    handler = RotatingLog(path, max_bytes=10_000, backups=2)
    handler.emit(logging.LogRecord("x", logging.INFO, __file__, 1, "客户 张伟", None, None))
    handler.close()
    assert "客户 张伟" in path.read_text(encoding="utf-8")


def test_a_window_start_loads_neither_logging_handlers_nor_the_commands() -> None:
    code = (
        "import sys\n"
        "from crmdesk import cli\n"
        "args = cli._window_start(['--lang', 'zh_CN'])\n"
        "assert args.command is None and args.lang == 'zh_CN'\n"
        "import crmdesk.logs\n"
        "assert 'logging.handlers' not in sys.modules, 'logging.handlers loaded'\n"
        "assert cli._window_start(['customers', 'list']) is None\n"
        "assert cli._window_start(['--help']) is None\n"
        "assert cli._window_start(['--lang', 'xx']) is None\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""
