"""Reading phone contacts exported as vCard (.vcf), versions 2.1, 3.0 and 4.0.

Phones export Chinese names as ``FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0...`` with
soft line breaks (2.1), or as folded UTF-8 lines (3.0/4.0); a contact usually has several TEL
lines. Photos and other binary properties are skipped.
"""

from __future__ import annotations

import quopri
import re
from dataclasses import dataclass, field

from crmdesk.domain.text import has_han

_PROPERTY = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$", re.S)
_WANTED = {
    "FN", "N", "ORG", "TITLE", "TEL", "EMAIL", "ADR", "NOTE", "CATEGORIES", "BDAY", "X-WECHAT",
    "X-QQ",
}  # fmt: skip


@dataclass
class VCardContact:
    """One contact's fields, as plain text."""

    name: str = ""
    company: str = ""
    title: str = ""
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    address: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    birthday: str = ""
    wechat: str = ""
    qq: str = ""


def looks_like_vcard(text: str) -> bool:
    """True when ``text`` starts (after blank lines) with BEGIN:VCARD."""
    # only the start is upper-cased: a CSV file can be many megabytes
    return text.lstrip("\ufeff \r\n\t")[:11].upper() == "BEGIN:VCARD"


def _unfold(text: str) -> list[str]:
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]  # 3.0/4.0 folding: a continuation starts with white space
        elif lines and lines[-1].endswith("=") and "QUOTED-PRINTABLE" in lines[-1].upper():
            lines[-1] = lines[-1][:-1] + raw  # 2.1 quoted-printable soft line break
        else:
            lines.append(raw)
    return lines


def _params(text: str) -> dict[str, str]:
    params: dict[str, str] = {}
    for part in text.split(";"):
        if not part:
            continue
        key, sep, value = part.partition("=")
        if sep:
            params[key.upper()] = value
        else:  # 2.1 bare parameters: TEL;CELL;QUOTED-PRINTABLE
            upper = key.upper()
            if upper in ("QUOTED-PRINTABLE", "BASE64", "B"):
                params["ENCODING"] = upper
            else:
                params.setdefault("TYPE", upper)
    return params


def _decode(value: str, params: dict[str, str]) -> str:
    if params.get("ENCODING", "").upper() == "QUOTED-PRINTABLE":
        charset = params.get("CHARSET", "utf-8")
        raw = quopri.decodestring(value.encode("ascii", "replace"))
        try:  # bytes that are valid UTF-8 are UTF-8, whatever the label says
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
        try:
            return raw.decode(charset, "replace")
        except LookupError:
            return raw.decode("utf-8", "replace")
    return value


def _unescape(value: str) -> str:
    return (
        value.replace("\\n", "\n")
        .replace("\\N", "\n")
        .replace("\\,", ",")
        .replace("\\;", ";")
        .replace("\\\\", "\\")
    )


def _components(value: str) -> list[str]:
    """Split a structured value (N, ADR, ORG) on unescaped semicolons."""
    parts = re.split(r"(?<!\\);", value)
    return [_unescape(p).strip() for p in parts]


def _has_cjk(text: str) -> bool:
    return has_han(text)


def _name_from_n(value: str) -> str:
    parts = [*_components(value), "", ""]
    family, given = parts[0], parts[1]
    if _has_cjk(family + given):
        return f"{family}{given}"
    return " ".join(p for p in (given, family) if p)


def _apply(contact: VCardContact, name: str, params: dict[str, str], value: str) -> None:
    if name == "FN":
        contact.name = _unescape(value).strip()
    elif name == "N" and not contact.name:
        contact.name = _name_from_n(value)
    elif name == "ORG":
        contact.company = next((p for p in _components(value) if p), "")
    elif name == "TITLE":
        contact.title = _unescape(value).strip()
    elif name == "TEL":
        number = _unescape(value).strip()
        if number.lower().startswith("tel:"):
            number = number[4:]
        if number and number not in contact.phones:
            contact.phones.append(number)
    elif name == "EMAIL":
        email = _unescape(value).strip()
        if email and email not in contact.emails:
            contact.emails.append(email)
    elif name == "ADR" and not contact.address:
        contact.address = " ".join(p for p in _components(value) if p)
    elif name == "NOTE":
        note = _unescape(value).strip()
        contact.notes = f"{contact.notes}\n{note}".strip()
    elif name == "CATEGORIES":
        contact.tags.extend(_unescape(t).strip() for t in re.split(r"(?<!\\),", value) if t.strip())
    elif name == "BDAY":
        contact.birthday = value.strip()
    elif name == "X-WECHAT":
        contact.wechat = _unescape(value).strip()
    elif name == "X-QQ":
        contact.qq = _unescape(value).strip()


def parse_vcards(text: str) -> list[VCardContact]:
    """Every contact in ``text``; a card without a name gets one from N, then from ORG."""
    contacts: list[VCardContact] = []
    current: VCardContact | None = None
    for line in _unfold(text):
        stripped = line.strip()
        upper = stripped.upper()
        if upper == "BEGIN:VCARD":
            current = VCardContact()
            continue
        if upper == "END:VCARD":
            if current is not None:
                if not current.name:  # an e-mail-only card is named by its e-mail
                    current.name = current.company or next(iter(current.emails), "")
                contacts.append(current)
            current = None
            continue
        if current is None:
            continue
        match = _PROPERTY.match(stripped)
        if not match:
            continue
        name = match[1].upper()
        if name not in _WANTED:
            continue
        params = _params(match[2])
        _apply(current, name, params, _decode(match[3], params))
    return contacts
