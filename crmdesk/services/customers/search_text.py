"""The normalised search text stored with each customer (see Customer.search_text)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from crmdesk.domain.customers.customer import Checked
from crmdesk.domain.customers.pinyin import name_sort_key, pinyin_keys
from crmdesk.domain.text import fold, fold_all, normalize_phone

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
    wechat: str = "",
    qq: str = "",
) -> str:
    """One lower-case, half-width line with every searchable form of the customer's fields."""
    parts = [fold(name), pinyin_keys(name, person=True), fold(company), _company_keys(company)]
    for phone in phones:
        parts.append(normalize_phone(phone))
    parts.extend(fold(e) for e in emails)
    parts.append(fold(address))
    parts.append(fold(notes))
    parts.extend(fold(t) for t in tags)
    parts.append(fold(wechat))
    parts.append(qq.strip())
    return " | ".join(p for p in parts if p)


# An import folds the same companies, notes and tags over and over, and names repeat too
# (张伟): both are pure, so each distinct value is worked out once per import. Plain dicts,
# emptied by release_import_caches(): cheaper per row than lru_cache's bookkeeping.
_FOLDED: dict[str, str] = {}
_NAMES: dict[str, tuple[str, str]] = {}  # name -> (its part of the search text, sort key)
_COMPANIES: dict[str, str] = {}  # company -> its part of the search text


def _fold_repeated(text: str) -> str:
    folded = _FOLDED.get(text)
    if folded is None:
        folded = _FOLDED[text] = fold(text)
    return folded


def _parts(*parts: str) -> str:
    # what build_search_text's " | ".join(p for p in parts if p) makes of these parts
    return " | ".join(filter(None, parts))


def _name_parts(name: str) -> tuple[str, str]:
    """The name's part of the search text (folded, pinyin) and its sort key, once per name."""
    parts = _NAMES.get(name)
    if parts is None:
        parts = _NAMES[name] = (
            _parts(fold(name), pinyin_keys(name, person=True)),
            name_sort_key(name),
        )
    return parts


def _company_part(company: str) -> str:
    """The company's part of the search text (folded, pinyin), once per distinct company."""
    part = _COMPANIES.get(company)
    if part is None:
        part = _COMPANIES[company] = _parts(fold(company), _company_keys(company))
    return part


def import_texts(rows: Sequence[Checked]) -> tuple[list[str], list[str]]:
    """The search text and the list's sort key of each of many validated rows.

    :func:`build_search_text` and :func:`name_sort_key` row after row give the same (tests
    compare them). This folds all the addresses at once, and looks the repeated names,
    companies, notes and tags up in the import's caches, with their parts of the text
    already joined: joining non-empty parts in groups gives the same text.
    """
    addresses = fold_all([checked[0].address for checked in rows])
    names, companies, folded = _NAMES, _COMPANIES, _FOLDED
    texts: list[str] = []
    sort_keys: list[str] = []
    for (data, phone_keys, _, emails), address in zip(rows, addresses, strict=True):
        name, sort_key = names.get(data.name) or _name_parts(data.name)
        parts = [name, companies.get(data.company) or _company_part(data.company)]
        parts += phone_keys
        parts += emails
        parts.append(address)
        if data.notes:
            parts.append(folded.get(data.notes) or _fold_repeated(data.notes))
        for tag in data.tags:
            parts.append(folded.get(tag) or _fold_repeated(tag))
        if data.wechat:
            parts.append(fold(data.wechat))
        if data.qq:
            parts.append(data.qq)
        texts.append(" | ".join(filter(None, parts)))
        sort_keys.append(sort_key)
    return texts, sort_keys


def release_import_caches() -> None:
    """Forget the names and fields cached by an import (tens of thousands of names: ~10 MB)."""
    _NAMES.clear()
    _FOLDED.clear()
    _COMPANIES.clear()
