"""The normalised search text stored with each customer (see Customer.search_text)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from crmdesk.domain.normalize import fold, normalize_phone
from crmdesk.domain.pinyin import name_sort_key, pinyin_keys

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
    parts = [fold(name), pinyin_keys(name, person=True), fold(company), _company_keys(company)]
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
_NAMES: dict[str, tuple[str, str, str]] = {}


def _fold_repeated(text: str) -> str:
    folded = _FOLDED.get(text)
    if folded is None:
        folded = _FOLDED[text] = fold(text)
    return folded


def _name_parts(name: str) -> tuple[str, str, str]:
    """fold(name), pinyin_keys(name) and name_sort_key(name), once per distinct name."""
    parts = _NAMES.get(name)
    if parts is None:
        parts = _NAMES[name] = (fold(name), pinyin_keys(name, person=True), name_sort_key(name))
    return parts


def sort_key_of_repeated(name: str) -> str:
    """:func:`name_sort_key` from the import's cache (the search text has put the name there)."""
    return _name_parts(name)[2]


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
    folded_name, name_keys, _ = _name_parts(name)
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
