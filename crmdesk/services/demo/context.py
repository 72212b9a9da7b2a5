"""What every demo-data step gets: the open session, the random generator, the customers made."""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy.orm import Session

from crmdesk.domain.progress import ProgressCallback

T = TypeVar("T")
_CJK = re.compile(r"[\u3400-\u9fff]")


def in_language(
    options: Sequence[T], language: str | None, text: Callable[[T], str] = str
) -> list[T]:
    """The ``options`` that read naturally in ``language`` ("zh_CN": Chinese text; otherwise
    text without Chinese); empty texts suit both, and None keeps the bilingual mix."""
    if language is None:
        return list(options)
    chinese = language.startswith("zh")
    fitting = [o for o in options if not text(o) or bool(_CJK.search(text(o))) == chinese]
    return fitting or list(options)


@dataclass
class DemoContext:
    session: Session
    rng: random.Random
    customers: int
    now: dt.datetime
    customer_ids: list[int]
    progress: ProgressCallback
    # the UI language the sample data is written in (None: the bilingual mix of the CLI)
    language: str | None = None

    def local(self, options: Sequence[T], text: Callable[[T], str] = str) -> list[T]:
        """``options`` in this sample's language (see ``in_language``)."""
        return in_language(options, self.language, text)
