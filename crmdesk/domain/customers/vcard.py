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


def _unfold(text: str) -> list[tuple[int, str]]:
    """Logical lines and the file line each starts on.

    Pieces are collected and joined once per logical line, so a 4 MB PHOTO folded into 60,000
    lines costs linear time, not a copy of the growing line per piece.
    """
    lines: list[tuple[int, str]] = []
    parts: list[str] = []
    start = 0
    quoted = False  # the logical line is quoted-printable: "=" at its end continues it
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if parts and raw[:1] in (" ", "\t"):
            parts.append(raw[1:])  # 3.0/4.0 folding: a continuation starts with white space
        elif parts and quoted and parts[-1].endswith("="):
            parts[-1] = parts[-1][:-1]  # 2.1 quoted-printable soft line break
            parts.append(raw)
        else:
            if parts:
                lines.append((start, "".join(parts)))
            parts, start = [raw], number
            head = raw.partition(":")[0].upper()
            quoted = "QUOTED-PRINTABLE" in head
    if parts:
        lines.append((start, "".join(parts)))
    return lines


def _split_property(line: str) -> tuple[str, str, str] | None:
    """(name, parameters, value) of a content line; a ':' inside a quoted parameter is kept."""
    colon = line.find(":")
    if colon < 0:
        return None
    if '"' in line[:colon]:  # a quoted parameter value may hold ':' (LABEL="Floor 2: B")
        quoted = False
        for index, char in enumerate(line):
            if char == '"':
                quoted = not quoted
            elif char == ":" and not quoted:
                colon = index
                break
        else:
            return None
    head, value = line[:colon], line[colon + 1 :]
    name, _, params = head.partition(";")
    name = name.rpartition(".")[2]  # item1.ADR: the group is not the name
    if not name or not name.replace("-", "").isalnum():
        return None
    return name, f";{params}" if params else "", value


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


def _finish(contact: VCardContact) -> VCardContact:
    if not contact.name:  # a card without FN or N is named by its organisation or e-mail
        contact.name = contact.company or next(iter(contact.emails), "")
    return contact


def parse_vcards(text: str, unended: list[int] | None = None) -> list[VCardContact]:
    """Every contact in ``text``; a card without a name gets one from N, ORG, then EMAIL.

    A card missing its END:VCARD is kept (read up to the next BEGIN:VCARD or the end of the
    file); the line it starts on is added to ``unended``.
    """
    contacts: list[VCardContact] = []
    current: VCardContact | None = None
    began = 0
    for number, line in _unfold(text):
        stripped = line.strip()
        if len(stripped) < 12:
            upper = stripped.upper()
            if upper == "BEGIN:VCARD":
                if current is not None:
                    contacts.append(_finish(current))
                    if unended is not None:
                        unended.append(began)
                current, began = VCardContact(), number
                continue
            if upper == "END:VCARD":
                if current is not None:
                    contacts.append(_finish(current))
                current = None
                continue
        if current is None:
            continue
        found = _split_property(stripped)
        if found is None:
            continue
        name = found[0].upper()
        if name not in _WANTED:
            continue
        params = _params(found[1])
        _apply(current, name, params, _decode(found[2], params))
    if current is not None:
        contacts.append(_finish(current))
        if unended is not None:
            unended.append(began)
    return contacts
