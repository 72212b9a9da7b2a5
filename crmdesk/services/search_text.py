"""The normalised search text stored with each customer (see Customer.search_text)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache

from crmdesk.domain.normalize import fold, normalize_phone


@lru_cache(maxsize=1)
def _pinyin() -> object:
    import pypinyin  # a few MB of tables: loaded only when a customer is written

    return pypinyin


@cache  # a few thousand distinct characters at most
def _char_reading(char: str) -> tuple[str, bool]:
    """The default reading of one character and whether it has other readings (重: zhong/chong)."""
    pypinyin = _pinyin()
    default = pypinyin.lazy_pinyin(char, errors="ignore")  # type: ignore[attr-defined]
    style = pypinyin.Style.NORMAL  # type: ignore[attr-defined]
    readings = pypinyin.pinyin(char, style=style, heteronym=True, errors="ignore")  # type: ignore[attr-defined]
    return (default[0] if default else ""), bool(readings) and len(set(readings[0])) > 1


@lru_cache(maxsize=1)
def _phrases() -> Mapping[str, object]:
    from pypinyin.constants import PHRASES_DICT

    return PHRASES_DICT


@lru_cache(maxsize=20000)  # company names repeat a lot in a customer list
def _phrase_pinyin(text: str) -> tuple[str, ...]:
    return tuple(_pinyin().lazy_pinyin(text, errors="ignore"))  # type: ignore[attr-defined]


# char -> (default reading, has other readings); filled as characters are met
_READINGS: dict[str, tuple[str, bool]] = {}
_HAN = re.compile("[\u4e00-\u9fff]")


def _syllables(name: str) -> list[str] | tuple[str, ...]:
    """What ``lazy_pinyin(name, errors="ignore")`` returns, without its cost in the common case.

    Phrase segmentation only changes a character's reading when it has several readings and
    sits inside a known phrase (重庆 chongqing, 银行 yinhang); otherwise each character's
    default reading is the answer. Imports of 100,000 rows depend on this shortcut.
    """
    syllables: list[str] = []
    polyphonic = False
    readings = _READINGS
    for char in name:
        entry = readings.get(char)
        if entry is None:
            if "\u4e00" <= char <= "\u9fff":
                entry = readings[char] = _char_reading(char)
            elif not char.isascii() and unicodedata.category(char)[0] in "LN":
                return _phrase_pinyin(name)  # rarer Han blocks, 〇: let pypinyin decide
            else:
                continue  # letters, digits, punctuation: pypinyin leaves them out
        if entry[1]:
            polyphonic = True
        if entry[0]:
            syllables.append(entry[0])
    if not polyphonic:
        return syllables
    if len(name) > 8:
        return _phrase_pinyin(name)
    phrases = _phrases()
    for start in range(len(name) - 1):
        for end in range(start + 2, len(name) + 1):
            if name[start:end] in phrases:
                return _phrase_pinyin(name)
    return syllables


def pinyin_keys(name: str) -> str:
    """Pinyin initials and full pinyin of the Chinese characters in ``name`` ("zw zhangwei")."""
    if not _HAN.search(name):
        return ""
    syllables = _syllables(name)
    if not syllables:
        return ""
    initials = "".join(s[0] for s in syllables if s)
    return f"{initials} {''.join(syllables)}"


# many customers share a company: its pinyin is worked out once
_company_keys = lru_cache(maxsize=4096)(pinyin_keys)


def build_search_text(
    name: str,
    company: str = "",
    phones: Iterable[str] = (),
    emails: Iterable[str] = (),
    address: str = "",
    notes: str = "",
    tags: Iterable[str] = (),
) -> str:
    """One lower-case, half-width line with every searchable form of the customer's fields."""
    parts = [fold(name), pinyin_keys(name), fold(company), _company_keys(company)]
    for phone in phones:
        parts.append(normalize_phone(phone))
    parts.extend(fold(e) for e in emails)
    parts.append(fold(address))
    parts.append(fold(notes))
    parts.extend(fold(t) for t in tags)
    return " | ".join(p for p in parts if p)


# An import folds the same companies, notes and tags over and over, and names repeat too
# (张伟): both are pure, so each distinct value is worked out once per import. Plain dicts,
# emptied by release_import_caches(): cheaper per row than lru_cache's bookkeeping.
_FOLDED: dict[str, str] = {}
_NAMES: dict[str, tuple[str, str]] = {}


def _fold_repeated(text: str) -> str:
    folded = _FOLDED.get(text)
    if folded is None:
        folded = _FOLDED[text] = fold(text)
    return folded


def _name_parts(name: str) -> tuple[str, str]:
    parts = _NAMES.get(name)
    if parts is None:
        parts = _NAMES[name] = (fold(name), pinyin_keys(name))
    return parts


def search_text_of_normalized(
    name: str,
    company: str,
    normalized_phones: Iterable[str],
    folded_emails: Iterable[str],
    address: str,
    notes: str,
    tags: Iterable[str],
) -> str:
    """:func:`build_search_text` for phones passed through ``normalize_phone``, e-mails ``fold``.

    The same text byte for byte (tests compare the two); an import of 100,000 rows has both at
    hand from validating the rows and repeats names, companies, notes and tags, which this
    caches.
    """
    folded_name, name_keys = _name_parts(name)
    parts = [folded_name, name_keys, _fold_repeated(company), _company_keys(company)]
    parts.extend(normalized_phones)
    parts.extend(folded_emails)
    parts.append(fold(address))
    parts.append(_fold_repeated(notes))
    for tag in tags:
        parts.append(_fold_repeated(tag))
    return " | ".join(filter(None, parts))  # drops the empty parts, without a generator


def release_import_caches() -> None:
    """Forget the names and fields cached by an import (tens of thousands of names: ~10 MB)."""
    _NAMES.clear()
    _FOLDED.clear()
