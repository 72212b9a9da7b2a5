"""Domain tests run with no QApplication: the domain is plain Python (no Qt, no database)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def no_qapplication() -> Iterator[None]:
    from PySide6.QtCore import QCoreApplication  # pytest-qt has imported it already

    assert QCoreApplication.instance() is None, "a domain test ran after a QApplication was made"
    yield
    assert QCoreApplication.instance() is None, "a domain test made a QApplication"
