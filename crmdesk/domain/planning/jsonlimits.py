"""Bounded JSON reading for plan files: small files must not cause big work.

A 776-byte plan with ``"horizon_years": 1e999999999`` used to spin for ever (``int()`` of a
billion-digit number), a 5,000-digit integer hit Python's digit limit with a traceback, deep
nesting hit the recursion limit, and a lone surrogate in a name failed only when printed.
These checks run before or while the text is parsed and raise ``FieldError`` like the rest.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.sentence import field_error

MAX_DEPTH = 16  # a plan is 4 levels deep (plan > costs > item > ramp)
MAX_NUMBER_CHARS = 40  # digits, sign, point and exponent of one number as written
MAX_EXPONENT = 30  # 1e30 is beyond any budget; 1e999999999 is an attack

_TOO_DEEP = QT_TRANSLATE_NOOP(
    "Validation", "is nested more than {depth} levels deep; a plan file never is"
)
_NUMBER_TOO_BIG = QT_TRANSLATE_NOOP(
    "Validation", "the number {value} is too long or too large for a plan file"
)
_LONE_SURROGATE = QT_TRANSLATE_NOOP(
    "Validation", "holds a broken character (a lone UTF-16 surrogate, \\u{code})"
)

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(r"[\[\]{}]")


def check_depth(text: str) -> None:
    """Refuse JSON nested deeper than MAX_DEPTH (before the recursive parser sees it)."""
    depth = 0
    for match in _BRACKETS.finditer(_STRING.sub("", text)):
        if match.group() in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise field_error("", _TOO_DEEP, depth=str(MAX_DEPTH))
        else:
            depth -= 1


def _shown(text: str) -> str:
    return text if len(text) <= 24 else f"{text[:12]}…{text[-6:]}"


def parse_int(text: str) -> int:
    """json's parse_int: whole numbers of at most MAX_NUMBER_CHARS characters."""
    if len(text) > MAX_NUMBER_CHARS:
        raise field_error("", _NUMBER_TOO_BIG, value=_shown(text))
    return int(text)


def parse_decimal(text: str) -> Decimal:
    """json's parse_float: a Decimal, refused when long or with a huge exponent."""
    if len(text) > MAX_NUMBER_CHARS:
        raise field_error("", _NUMBER_TOO_BIG, value=_shown(text))
    try:
        value = Decimal(text)
    except InvalidOperation:  # pragma: no cover - json only hands over valid numbers
        raise field_error("", _NUMBER_TOO_BIG, value=_shown(text)) from None
    if value and abs(value.adjusted()) > MAX_EXPONENT:
        raise field_error("", _NUMBER_TOO_BIG, value=_shown(text))
    return value


def check_text(value: Any, path: str = "") -> None:
    """Refuse lone surrogates anywhere in the parsed data (keys and strings), naming the field."""
    if isinstance(value, str):
        _check_string(value, path)
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_string(key, path)
            check_text(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            check_text(item, f"{path}[{index}]")


def _check_string(text: str, path: str) -> None:
    if text.isascii():
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        code = f"{ord(text[error.start]):04x}"
        raise field_error(path, _LONE_SURROGATE, code=code) from None
