"""Pinyin of Chinese names: the initials and syllables search finds them by (zw, zhangwei), and
the key that sorts them among Latin names (张伟 as "zhang wei").

pypinyin's tables cost a few MB and ~0.4 s to load: they are read the first time a customer is
written or sorted, never at start-up.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from functools import cache, lru_cache

from crmdesk.domain.text import HAN, HAN_FIRST, HAN_LAST, fold


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
_HAN = HAN


def _reading(char: str) -> str:
    """The usual reading of one character of the main Han block (张: zhang), remembered."""
    entry = _READINGS.get(char)
    if entry is None:
        entry = _READINGS[char] = _char_reading(char)
    return entry[0]


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
            if HAN_FIRST <= char <= HAN_LAST:
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


# Surnames read otherwise than their character's usual reading: 曾伟 is Zeng Wei, not Ceng.
SURNAME_READINGS: dict[str, str] = {
    "曾": "zeng", "单": "shan", "解": "xie", "查": "zha", "仇": "qiu", "区": "ou", "朴": "piao",
    "盖": "ge", "乐": "yue", "缪": "miao", "覃": "qin", "召": "shao", "翟": "zhai", "员": "yun",
    "薄": "bo", "藏": "zang", "种": "chong", "重": "chong",
}  # fmt: skip


def _keys(syllables: list[str] | tuple[str, ...]) -> str:
    initials = "".join(s[0] for s in syllables if s)
    return f"{initials} {''.join(syllables)}"


def pinyin_keys(text: str, person: bool = False) -> str:
    """Pinyin initials and full pinyin of the Chinese characters in ``text`` ("zw zhangwei").

    For a ``person``'s name that starts with a surname read its own way (曾伟), the surname's
    keys come first and the usual reading's follow, so both "zw" and "cw" find 曾伟.
    """
    if not _HAN.search(text):
        return ""
    syllables = _syllables(text)
    if not syllables:
        return ""
    keys = _keys(syllables)
    surname = SURNAME_READINGS.get(text[0]) if person else None
    if surname is not None and syllables[0] != surname:
        return f"{_keys([surname, *syllables[1:]])} {keys}"
    return keys


def name_sort_key(name: str) -> str:
    """Where ``name`` goes in the customer list: case-folded, Chinese characters by pinyin.

    张伟 sorts as "zhang wei", between Zara and Zoë, as phone contact lists do; a Latin name
    is its folded self ("amelia brown" for Amelia Brown). Names with the same pinyin (张伟,
    章伟) keep apart by their characters, after the pinyin. Each character takes its usual
    reading, but a name's first character that is a surname read its own way (曾 zeng, 单 shan)
    takes the surname's.
    """
    folded = fold(name)
    if not _HAN.search(folded):
        return folded
    spelled: list[str] = []
    surname = SURNAME_READINGS.get(folded[0])
    if surname is not None:
        spelled.append(f"{surname} ")
        folded_rest = folded[1:]
    else:
        folded_rest = folded
    for char in folded_rest:
        if HAN_FIRST <= char <= HAN_LAST:
            reading = _reading(char)
            spelled.append(f" {reading} " if reading else char)
        else:
            spelled.append(char)
    return f"{' '.join(''.join(spelled).split())}\x1f{folded}"
