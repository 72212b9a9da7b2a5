"""Plan files that are not files: devices, pipes, giants are refused without reading them."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from crmdesk.services.planning.files import MAX_PLAN_BYTES, PlanFileError, load_plan_file


def _refused_quickly(path: Path) -> str:
    started = time.perf_counter()
    with pytest.raises(PlanFileError) as info:
        load_plan_file(path)
    assert time.perf_counter() - started < 1.0
    return str(info.value)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="POSIX device")
def test_dev_zero_is_not_read_for_ever() -> None:
    assert "is not a regular file" in _refused_quickly(Path("/dev/zero"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX named pipes")
def test_a_named_pipe_does_not_block(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.json"
    os.mkfifo(fifo)
    assert "is not a regular file" in _refused_quickly(fifo)


def test_a_file_larger_than_a_plan_can_be_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (MAX_PLAN_BYTES + 1))
    assert "too large to be a plan file" in _refused_quickly(big)
