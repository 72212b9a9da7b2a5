"""When two customers are probably the same person: keys that see through formatting.

Chinese-aware: full-width and half-width forms, spaces inside names (张 伟), case, the order of
Latin name parts ("Smith John"), company suffixes (有限公司, Ltd) and, for phones, the +86
prefix and separators (see :mod:`crmdesk.domain.text`) do not make two customers different.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.text import has_han

# a duplicate is reported with the reasons that make it one, most convincing first
REASONS: dict[str, str] = {
    "phone": QT_TRANSLATE_NOOP("DuplicateReason", "same phone number"),
    "email": QT_TRANSLATE_NOOP("DuplicateReason", "same e-mail address"),
    "name": QT_TRANSLATE_NOOP("DuplicateReason", "same name in the same company"),
    "similar_name": QT_TRANSLATE_NOOP("DuplicateReason", "very similar name in the same company"),
}
REASON_ORDER = tuple(REASONS)

SIMILAR_NAME = 0.85
"""Names at least this similar (0..1) in the same company count as a likely duplicate."""

_PUNCTUATION = re.compile(r"[\s\W_]+", re.UNICODE)
_COMPANY_SUFFIXES = (
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "集团公司",
    "分公司",
    "公司",
    "limited",
    "ltd",
    "inc",
    "llc",
    "gmbh",
    "co",
    "corp",
    "corporation",
    "company",
    "plc",
)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").casefold().strip()


def name_key(name: str) -> str:
    """The form two names are compared in: no spaces/punctuation, Latin parts in sorted order."""
    folded = _fold(name)
    if has_han(folded):
        return _PUNCTUATION.sub("", folded)
    parts = sorted(p for p in _PUNCTUATION.split(folded) if p)
    return " ".join(parts)


def company_key(company: str) -> str:
    """A company name without punctuation and legal-form suffixes ("深圳华强电子" for 有限公司)."""
    key = _PUNCTUATION.sub(" ", _fold(company)).strip()
    changed = True
    while changed and key:
        changed = False
        for suffix in _COMPANY_SUFFIXES:
            # Latin legal forms only as a separate word ("Tesco" is not "Tes" + "co")
            ending = suffix if not suffix.isascii() else f" {suffix}"
            if key.endswith(ending) and len(key) > len(ending):
                key = key[: -len(suffix)].strip()
                changed = True
    return key.replace(" ", "")


def name_similarity(a: str, b: str) -> float:
    """How alike two names are, 0..1, after :func:`name_key` (1.0 for "张 伟" and "张伟")."""
    key_a, key_b = name_key(a), name_key(b)
    if not key_a or not key_b:
        return 0.0
    if key_a == key_b:
        return 1.0
    return SequenceMatcher(None, key_a, key_b, autojunk=False).ratio()


def same_company(a: str, b: str) -> bool:
    """Both companies are given and name the same firm; or neither customer has a company."""
    return company_key(a) == company_key(b)


def name_reason(name_a: str, company_a: str, name_b: str, company_b: str) -> str | None:
    """Why the two customers look like one person ("name", "similar_name"), or None."""
    if not same_company(company_a, company_b):
        return None
    score = name_similarity(name_a, name_b)
    if score >= 1.0:
        return "name"
    # short Chinese names differ by one character between different people (张伟 / 张玮)
    if score >= SIMILAR_NAME and len(name_key(name_a)) > 3:
        return "similar_name"
    return None
