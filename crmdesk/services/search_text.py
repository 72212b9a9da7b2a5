"""The normalised search text stored with each customer (see Customer.search_text)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from crmdesk.domain.normalize import fold, normalize_phone


@lru_cache(maxsize=1)
def _pinyin() -> object:
    import pypinyin  # a few MB of tables: loaded only when a customer is written

    return pypinyin


def pinyin_keys(name: str) -> str:
    """Pinyin initials and full pinyin of the Chinese characters in ``name`` ("zw zhangwei")."""
    if not any("\u4e00" <= ch <= "\u9fff" for ch in name):
        return ""
    pypinyin = _pinyin()
    syllables = pypinyin.lazy_pinyin(name, errors="ignore")  # type: ignore[attr-defined]
    if not syllables:
        return ""
    initials = "".join(s[0] for s in syllables if s)
    return f"{initials} {''.join(syllables)}"


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
    parts = [fold(name), pinyin_keys(name), fold(company), pinyin_keys(company)]
    for phone in phones:
        parts.append(normalize_phone(phone))
    parts.extend(fold(e) for e in emails)
    parts.append(fold(address))
    parts.append(fold(notes))
    parts.extend(fold(t) for t in tags)
    return " | ".join(p for p in parts if p)
