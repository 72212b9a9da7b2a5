"""One row of a customer table read into a :class:`CustomerInput`, and a row merged into a customer.

``input_from_cells`` joins what exporters split (first/middle/last names, address parts,
Thunderbird's birth year/month/day), keeps labelled columns as note lines ("Contact owner:
Jane"), and, when given a list for problems, keeps the row whatever one value says: a phone or
e-mail it cannot use, an unknown stage or birthday, a name or tag over its limit go to the notes
and are listed. ``update_from_row`` is what "update duplicates" does with a row.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from crmdesk.domain.customers.birthdays import from_parts, parse_birthday
from crmdesk.domain.customers.custom_fields import clean_value
from crmdesk.domain.customers.customer import MAX_NAME, MAX_TAG, CustomerInput, parse_stage
from crmdesk.domain.customers.headers import PLAIN_NOTES, header_words
from crmdesk.domain.customers.table import (
    CUSTOM_PREFIX,
    SPLITTERS,
    CustomColumn,
    header_key,
    split_values,
    unguard_cell,
)
from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.sentence import FieldError, field_error
from crmdesk.domain.text import email_forms, has_han, normalize_email, normalize_phone, phone_key


def _join_name(first: str, last: str, middle: str = "") -> str:
    if has_han(last + first + middle):
        return f"{last}{middle}{first}"  # 张 + 伟: Chinese names are written family name first
    return " ".join(part for part in (first, middle, last) if part)


_SINGLE, _PHONE, _EMAIL, _TAGS, _NOTES, _CUSTOM, _ADDRESS = range(7)
# the label of a birthday without a year in the notes, in the language of the row
BIRTHDAY_LABELS = {"en": "Birthday", "zh": "生日"}
_SPLIT_PHONE, _SPLIT_EMAIL, _SPLIT_TAGS = SPLITTERS["phone"], SPLITTERS["email"], SPLITTERS["tags"]
_KINDS = {"phone": _PHONE, "email": _EMAIL, "tags": _TAGS, "notes": _NOTES, "address": _ADDRESS}
_ADDRESS_PARTS = frozenset(
    [
        "address",
        "street",
        "city",
        "region",
        "state",
        "province",
        "postcode",
        "postal",
        "zip",
        "zipcode",
        "code",
        "country",
        "pobox",
        "locality",
        "suburb",
        "county",
        "district",
        "formatted",
        "extended",
        "home",
        "work",
        "business",
        "other",
        "mailing",
        "primary",
        "line",
    ]
)
GOOGLE_SYSTEM_GROUPS = frozenset({"mycontacts", "starred", "friends", "family", "coworkers"})
_QQ = re.compile(r"^[1-9]\d{4,11}$")

_Column = tuple[int, str, int, str, str]  # index, field, kind, label, address group


def _address_group(header: str) -> str:
    """Which address a part belongs to: "Home City" -> home, "Address 2 - Street" -> 2."""
    words = header_words(header)
    han = "".join(w for w in words if has_han(w))
    if han:
        return han[:2] if han[:2] in ("商务", "住宅", "其他", "家庭", "公司", "办公") else ""
    kept = [
        w
        for i, w in enumerate(words)
        if (w.isdigit() and i == 1 and words[0] == "address")
        or (
            not w.isdigit()
            and w not in _ADDRESS_PARTS - {"home", "work", "business", "other"}
            and w != "id"
        )
    ]
    return " ".join(kept)


@lru_cache(maxsize=64)
def _columns(mapping: tuple[str | None, ...], labels: tuple[str, ...]) -> tuple[_Column, ...]:
    """(cell index, field, kind, note label, address group) of the columns worth reading."""
    columns: list[_Column] = []
    for i, f in enumerate(mapping):
        if not f:
            continue
        kind = _CUSTOM if f.startswith(CUSTOM_PREFIX) else _KINDS.get(f, _SINGLE)
        header = labels[i].strip() if i < len(labels) else ""
        label = header if kind == _NOTES and header_key(header) not in PLAIN_NOTES else ""
        if kind == _NOTES and label and header_words(header) == ["notes"]:
            label = ""
        group = _address_group(header) if kind == _ADDRESS else ""
        columns.append((i, f, kind, label, group))
    return tuple(columns)


def _joined_address(parts: list[tuple[str, str, str]]) -> str:
    """Address parts (group, header, text) joined: one line per address, parts in file order."""
    if len(parts) == 1:
        return parts[0][2]  # one address column, kept as written
    groups: dict[str, list[tuple[str, str]]] = {}
    for group, header, text in parts:
        groups.setdefault(group, []).append((header, text))
    lines = []
    for items in groups.values():
        formatted = [t for h, t in items if "formatted" in header_words(h)]
        if formatted:
            lines.append(" ".join(formatted[0].split()))
            continue
        texts = [" ".join(t.split()) for _, t in items]
        lines.append("".join(texts) if all(has_han(t) for t in texts) else ", ".join(texts))
    return "\n".join(lines)


def input_from_cells(
    mapping: Sequence[str | None],
    cells: Sequence[str],
    custom: Mapping[int, CustomColumn] | None = None,
    labels: Sequence[str] = (),
    problems: list[FieldError] | None = None,
) -> CustomerInput:
    """A CustomerInput from one row.

    ``labels`` are the column headers: a column kept as a note ("Contact owner") is written as
    "Contact owner: value", and an address is joined from its parts. Without ``problems``, a
    stage, birthday or custom value it rejects raises a FieldError; with a list, the row is
    kept: the value goes to the notes and the error is added to ``problems``; so do phones and
    e-mails that are not valid (a QQ number in an e-mail column becomes the QQ). The result is
    not validated yet (phones, e-mails, the name): call ``validated()``.
    """
    single: dict[str, str] = {}
    phones: list[str] = []
    emails: list[str] = []
    tags: list[str] = []
    notes: list[str] = []
    address: list[tuple[str, str, str]] = []
    phone_from: list[str] = []
    email_from: list[str] = []
    custom_values: dict[int, str] = {}
    lenient = problems is not None
    width = len(cells)
    key = mapping if isinstance(mapping, tuple) else tuple(mapping)
    heads = labels if isinstance(labels, tuple) else tuple(labels)

    def header(index: int, field: str) -> str:
        return heads[index].strip() if index < len(heads) and heads[index].strip() else field

    def keep(index: int, field: str, text: str, error: FieldError) -> None:
        if problems is None:
            raise error
        problems.append(error)
        notes.append(f"{header(index, field)}: {text}")

    for index, field, kind, label, group in _columns(key, heads):
        if index >= width:
            continue
        text = cells[index].strip()
        if not text:
            continue
        if text[0] == "'":
            text = unguard_cell(text).strip()  # an exported formula-like cell ('=1+1)
            if not text:
                continue
        if kind == _SINGLE:
            if field not in single:
                single[field] = text
            elif field in ("wechat", "qq") and text != single[field]:
                notes.append(f"{header(index, field)}: {text}")
        elif kind == _PHONE:
            # split_values, without building a list for the usual single value
            found = split_values("phone", text) if _SPLIT_PHONE.search(text) else [text]
            phones.extend(found)
            if lenient:
                phone_from.extend([header(index, field)] * len(found))
        elif kind == _EMAIL:
            found = split_values("email", text) if _SPLIT_EMAIL.search(text) else [text]
            emails.extend(found)
            if lenient:
                email_from.extend([header(index, field)] * len(found))
        elif kind == _TAGS:
            found = split_values("tags", text) if _SPLIT_TAGS.search(text) else [text]
            for tag in found:
                if tag.startswith("* "):  # Google's system groups: "* myContacts", "* starred"
                    tag = tag[2:].strip()
                    if tag.casefold() in GOOGLE_SYSTEM_GROUPS:
                        continue
                tags.append(tag)
        elif kind == _NOTES:
            notes.append(f"{label}: {text}" if label else text)
        elif kind == _ADDRESS:
            address.append((group, header(index, field), text))
        else:
            field_id = int(field[len(CUSTOM_PREFIX) :])
            column = (custom or {}).get(field_id)
            if column is not None:
                try:
                    custom_values[field_id] = clean_value(
                        column.name, column.kind, column.choices, text
                    )
                except FieldError as exc:
                    keep(index, column.name, text, exc)
    get = single.get
    where = {f: i for i, f, *_ in _columns(key, heads)}
    stage = "customer"
    if "stage" in single:
        parsed = parse_stage(single["stage"])
        if parsed is None:
            keep(where["stage"], "stage", single["stage"], field_error(
                "stage",
                QT_TRANSLATE_NOOP(
                    "Validation", "“{value}” is not a stage (lead, prospect, customer, inactive)"
                ),
                value=single["stage"],
            ))  # fmt: skip
        else:
            stage = parsed
    birthday = _birthday(single, where, keep, notes, cells)
    if problems is not None:
        phones = _valid_only("phone", phones, phone_from, problems, notes)
        emails = _valid_only("email", emails, email_from, problems, notes, single)
    name = get("name") or _join_name(
        get("first_name", ""), get("last_name", ""), get("middle_name", "")
    )
    if not name.strip():  # a card or row with only a company or an e-mail is named by it
        name = get("company") or (emails[0] if emails else "")
    if problems is not None:
        name, tags = _fit(name, tags, problems, notes)
    # positional: once per row of a 100,000-row import
    return CustomerInput(
        name, get("company", ""), stage, phones, emails, _joined_address(address) if address
        else "", "\n".join(notes), tags, get("title", ""), birthday, custom_values,
        get("wechat", ""), get("qq", ""),
    )  # fmt: skip


def _birthday(
    single: dict[str, str],
    where: dict[str, int],
    keep: Callable[[int, str, str, FieldError], None],
    notes: list[str],
    cells: Sequence[str],
) -> dt.date | None:
    """The birthday of a row; a birthday without a year goes to the notes as --MM-DD.

    The note is labelled in the row's language ("生日: --07-12" in a row holding Chinese):
    it is stored text, read later in whatever language the person who wrote the row reads.
    """
    if "birthday" in single:
        text = single["birthday"]
        found = parse_birthday(text)
        column = where["birthday"]
    elif "birth_month" in single and "birth_day" in single:
        text = "-".join(single.get(k, "") for k in ("birth_year", "birth_month", "birth_day"))
        found = from_parts(single.get("birth_year", ""), single["birth_month"], single["birth_day"])
        column = where["birth_month"]
    else:
        return None
    if found is None:
        keep(column, "birthday", text, field_error(
            "birthday",
            QT_TRANSLATE_NOOP(
                "Validation", "“{value}” is not a date: write it as year-month-day (1980-03-05)"
            ),
            value=text,
        ))  # fmt: skip
        return None
    if found.date is None and found.month:
        label = BIRTHDAY_LABELS["zh" if any(map(has_han, cells)) else "en"]
        notes.append(f"{label}: {found.month_day()}")
    return found.date


def _fit(
    name: str, tags: list[str], problems: list[FieldError], notes: list[str]
) -> tuple[str, list[str]]:
    """A name cut to its limit (whole in the notes) and tags over theirs moved to the notes."""
    if len(" ".join(name.split())) > MAX_NAME:
        notes.append(name)
        problems.append(
            field_error(
                "name",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "the name is longer than {limit} characters: cut, whole in the notes",
                ),
                limit=str(MAX_NAME),
            )
        )
        name = " ".join(name.split())[:MAX_NAME]
    long = [t for t in tags if len(" ".join(t.split())) > MAX_TAG]
    for tag in long:
        notes.append(tag)
        problems.append(
            field_error(
                "tags",
                QT_TRANSLATE_NOOP(
                    "Validation", "the tag “{value}” is longer than {limit}: kept in the notes"
                ),
                value=tag[:20],
                limit=str(MAX_TAG),
            )
        )
    return name, [t for t in tags if t not in long] if long else tags


def _valid_only(
    field: str,
    values: list[str],
    origins: list[str],
    problems: list[FieldError],
    notes: list[str],
    single: dict[str, str] | None = None,
) -> list[str]:
    """The values that are valid phones (e-mails); the others go to the notes, with a problem."""
    kept: list[str] = []
    for value, origin in zip(values, origins, strict=True):
        if field == "phone":
            if phone_key(value) is not None:
                kept.append(value)
                continue
            error = field_error(
                "phone",
                QT_TRANSLATE_NOOP(
                    "Validation", "“{value}” is not a phone number: kept in the notes"
                ),
                value=value,
            )
        else:
            if email_forms(value) is not None:
                kept.append(value)
                continue
            if single is not None and _QQ.match(value) and not single.get("qq"):
                single["qq"] = value  # a QQ number in a "QQ/E-mail" column
                continue
            error = field_error(
                "email",
                QT_TRANSLATE_NOOP(
                    "Validation", "“{value}” is not an e-mail address: kept in the notes"
                ),
                value=value,
            )
        problems.append(error)
        notes.append(f"{origin}: {value}")
    return kept


def update_from_row(
    existing: CustomerInput, row: CustomerInput, mapping: Sequence[str | None]
) -> CustomerInput:
    """``existing`` updated with what an imported row provides (for "update duplicates").

    Only columns the file has take part: a filled-in single value replaces the old one, new
    phones, e-mails and tags are added to the old ones, and notes are appended so no history
    written in the CRM is lost.
    """
    provided = {f for f in mapping if f}
    name_given = provided & {"name", "first_name", "last_name"}
    notes = existing.notes
    if "notes" in provided and row.notes and row.notes not in existing.notes:
        notes = f"{existing.notes}\n{row.notes}".strip()
    old_phones = {normalize_phone(p) for p in existing.phones}
    old_emails = {normalize_email(e) for e in existing.emails}
    custom = dict(existing.custom)
    custom.update({k: v for k, v in row.custom.items() if v})
    return CustomerInput(
        name=row.name if name_given and row.name else existing.name,
        company=row.company if "company" in provided and row.company else existing.company,
        stage=row.stage if "stage" in provided else existing.stage,
        phones=existing.phones + [p for p in row.phones if normalize_phone(p) not in old_phones],
        emails=existing.emails + [e for e in row.emails if normalize_email(e) not in old_emails],
        address=row.address if "address" in provided and row.address else existing.address,
        notes=notes,
        tags=sorted(set(existing.tags) | set(row.tags)),
        title=row.title if "title" in provided and row.title else existing.title,
        wechat=row.wechat if "wechat" in provided and row.wechat else existing.wechat,
        qq=row.qq if "qq" in provided and row.qq else existing.qq,
        birthday=row.birthday if row.birthday else existing.birthday,
        custom=custom,
    )
