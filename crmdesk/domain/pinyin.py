"""Pinyin of Chinese names: the initials and syllables search finds them by (zw, zhangwei), and
the key that sorts them among Latin names (张伟 as "zhang wei").

pypinyin's tables cost a few MB and ~0.4 s to load: they are read the first time a customer is
written or sorted, never at start-up.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import cache, lru_cache

from crmdesk.domain.normalize import fold


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


def name_sort_key(name: str) -> str:
    """Where ``name`` goes in the customer list: case-folded, Chinese characters by pinyin.

    张伟 sorts as "zhang wei", between Zara and Zoë, as phone contact lists do; a Latin name
    is its folded self ("amelia brown" for Amelia Brown). Names with the same pinyin (张伟,
    章伟) keep apart by their characters, after the pinyin. Each character takes its usual
    reading: surnames read otherwise (单 shan) sort under that usual reading.
    """
    folded = fold(name)
    if not _HAN.search(folded):
        return folded
    readings = _READINGS
    spelled: list[str] = []
    for char in folded:
        if "\u4e00" <= char <= "\u9fff":
            entry = readings.get(char)
            if entry is None:
                entry = readings[char] = _char_reading(char)
            spelled.append(f" {entry[0]} " if entry[0] else char)
        else:
            spelled.append(char)
    return f"{' '.join(''.join(spelled).split())}\x1f{folded}"
