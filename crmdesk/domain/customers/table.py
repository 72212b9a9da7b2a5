"""How the columns of a customer table (CSV, XLSX, vCard) map to customer fields, both ways.

Header names are recognised in English or Chinese (ARCHITECTURE.md lists the contract:
name/姓名/客户名称/联系人, company/公司/单位, phone/mobile/电话/手机, email/邮箱/电子邮件,
address/地址, notes/备注, tags/标签) plus the usual variants exported by other CRMs, phones and
mail programs ("Mobile Phone", "手机号码", "E-mail 2", "First Name"). A cell is turned into a
:class:`CustomerInput`; the services validate it. ``guard_cell`` keeps spreadsheets from running
a cell as a formula when the table is exported.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from crmdesk.domain.customers.birthdays import from_parts, parse_birthday
from crmdesk.domain.customers.custom_fields import clean_value
from crmdesk.domain.customers.customer import MAX_NAME, MAX_TAG, CustomerInput, parse_stage
from crmdesk.domain.customers.headers import (
    COMPANY_LIKE_NAMES,
    PERSON_NAMES,
    PLAIN_NOTES,
    Profile,
    detect_profile,
    guess_by_words,
    header_words,
)
from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.sentence import FieldError, field_error
from crmdesk.domain.text import email_forms, has_han, normalize_email, normalize_phone, phone_key

FIELDS: tuple[tuple[str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("CustomerField", "Name")),
    ("first_name", QT_TRANSLATE_NOOP("CustomerField", "First name")),
    ("middle_name", QT_TRANSLATE_NOOP("CustomerField", "Middle name")),
    ("last_name", QT_TRANSLATE_NOOP("CustomerField", "Last name")),
    ("company", QT_TRANSLATE_NOOP("CustomerField", "Company")),
    ("title", QT_TRANSLATE_NOOP("CustomerField", "Job title")),
    ("phone", QT_TRANSLATE_NOOP("CustomerField", "Phone")),
    ("email", QT_TRANSLATE_NOOP("CustomerField", "E-mail")),
    ("wechat", QT_TRANSLATE_NOOP("CustomerField", "WeChat ID")),
    ("qq", QT_TRANSLATE_NOOP("CustomerField", "QQ")),
    ("address", QT_TRANSLATE_NOOP("CustomerField", "Address")),
    ("notes", QT_TRANSLATE_NOOP("CustomerField", "Notes")),
    ("tags", QT_TRANSLATE_NOOP("CustomerField", "Tags")),
    ("stage", QT_TRANSLATE_NOOP("CustomerField", "Stage")),
    ("birthday", QT_TRANSLATE_NOOP("CustomerField", "Birthday")),
    ("birth_year", QT_TRANSLATE_NOOP("CustomerField", "Birth year")),
    ("birth_month", QT_TRANSLATE_NOOP("CustomerField", "Birth month")),
    ("birth_day", QT_TRANSLATE_NOOP("CustomerField", "Birth day")),
)
FIELD_KEYS = tuple(key for key, _ in FIELDS)
# fields that several columns may feed (Phone 1, Phone 2, address parts...); the others take
# the first column
MULTI_FIELDS = frozenset({"phone", "email", "tags", "notes", "address"})
CUSTOM_PREFIX = "custom:"
NAME_FIELDS = ("name", "first_name", "middle_name", "last_name")

# exact header names, compared after _header_key(); traditional forms for Big5 files
# fmt: off
_ALIASES: dict[str, tuple[str, ...]] = {
    "name": (
        "name", "fullname", "contact", "contactname", "customer", "customername", "displayname",
        "姓名", "客户名称", "联系人", "客户", "客户姓名", "联系人姓名", "名字", "名称", "客户名",
        "客戶名稱", "聯絡人", "聯繫人", "客戶", "客戶姓名", "联系人名称",
    ),
    "first_name": ("firstname", "givenname", "forename", "名"),
    "middle_name": ("middlename", "additionalname", "中间名"),
    "last_name": ("lastname", "familyname", "surname", "姓"),
    "company": (
        "company", "companyname", "organisation", "organization", "org", "business", "employer",
        "公司", "单位", "公司名称", "企业", "企业名称", "单位名称", "工作单位", "所属公司",
        "單位", "公司名稱", "企業", "accountname", "organizationname", "organization1name",
        "relatedcompany", "associatedcompany",
    ),
    "title": ("title", "jobtitle", "position", "role", "职位", "职务", "头衔", "岗位", "職位",
              "職務", "organizationtitle", "organization1title", "jobposition"),
    "phone": ("phone", "mobile", "tel", "telephone", "cell", "电话", "手机", "手机号", "联系电话",
              "電話", "手機", "聯絡電話", "座机", "手机号码"),
    "email": ("email", "mail", "emailaddress", "邮箱", "电子邮件", "电子邮箱", "邮件", "邮箱地址",
              "電子郵件", "郵箱", "郵件"),
    "wechat": ("wechat", "wechatid", "weixin", "微信", "微信号", "微信id"),
    "qq": ("qq", "qq号", "qq号码"),
    "address": ("address", "地址", "联系地址", "通讯地址", "住址", "公司地址", "聯絡地址"),
    "notes": ("notes", "note", "remarks", "remark", "comment", "comments", "备注", "说明", "附注",
              "備註", "說明", "description", "描述"),
    "tags": ("tags", "tag", "labels", "label", "categories", "group", "标签", "分组", "分类",
             "標籤", "分組", "分類", "groupmembership"),
    "stage": ("stage", "lifecyclestage", "阶段", "客户阶段", "生命周期阶段"),
    "birthday": ("birthday", "dateofbirth", "birthdate", "dob", "生日", "出生日期"),
    "birth_year": ("birthyear",),
    "birth_month": ("birthmonth",),
    "birth_day": ("birthdayofmonth",),
}
# fmt: on
_EXACT = {alias: key for key, aliases in _ALIASES.items() for alias in aliases}
_STRIP = re.compile(r"[\s_\-.:：*()（）\[\]【】#'\"]+|\d+$")

# separators between several values in one cell ("138..., 139...", "VIP；批发")
# Google's " ::: " too
_SPLIT = {
    "phone": re.compile(r"\s*:::\s*|(?:[;；,，/、|\n](?!\s*ext=))+"),
    "email": re.compile(r"[;；,，/、|\s]+|:::"),
    "tags": re.compile(r"\s*:::\s*|[;；,，/、|\n#]+"),
}
DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class CustomColumn:
    """A custom field an imported column may fill: id, name, kind and choices."""

    id: int
    name: str
    kind: str
    choices: tuple[str, ...] = ()


def _header_key(header: str) -> str:
    folded = unicodedata.normalize("NFKC", header).replace("\ufeff", "").casefold().strip()
    return _STRIP.sub("", _STRIP.sub("", folded))


def header_key(header: str) -> str:
    """A header folded for comparison: profiles, saved mappings and aliases use this form."""
    return _header_key(header)


def guess_field(
    header: str, custom: Sequence[CustomColumn] = (), profile: Profile | None = None
) -> str | None:
    """The field a column named ``header`` most likely holds, or None."""
    key = _header_key(header)
    if not key:
        return None
    if profile is not None and key in profile.overrides:
        found = profile.overrides[key]
        return "notes" if found == "note" else found
    if key in _EXACT:
        return _EXACT[key]
    for column in custom:
        if _header_key(column.name) == key:
            return f"{CUSTOM_PREFIX}{column.id}"
    found = guess_by_words(header)
    return "notes" if found == "note" else found


def map_headers(
    headers: Sequence[str], custom: Sequence[CustomColumn] = (), profile: Profile | None = None
) -> list[str | None]:
    """One field key (or None: ignore the column) per header.

    A single-valued field takes the first column that matches it; later columns that look like
    the same field are ignored (the import wizard shows them, so the user can choose). When one
    column names the person (联系人) and another the customer (客户名称), the latter is the
    company.
    """
    guesses = [guess_field(header, custom, profile) for header in headers]
    keys = [_header_key(h) for h in headers]
    person = any(g == "name" and k in PERSON_NAMES for g, k in zip(guesses, keys, strict=True))
    if person:
        guesses = [
            "company" if g == "name" and k in COMPANY_LIKE_NAMES else g
            for g, k in zip(guesses, keys, strict=True)
        ]
        if guesses.count("company") > 1:  # 客户名称 and 公司 both: the first is the company
            first = guesses.index("company")
            guesses = [g if g != "company" or i == first else None for i, g in enumerate(guesses)]
    mapping: list[str | None] = []
    taken: set[str] = set()
    for field in guesses:
        if field is not None and field not in MULTI_FIELDS and field in taken:
            field = None
        if field is not None:
            taken.add(field)
        mapping.append(field)
    return mapping


def map_table(
    headers: Sequence[str], custom: Sequence[CustomColumn] = ()
) -> tuple[list[str | None], Profile | None]:
    """The mapping of ``headers`` and the exporter recognised from them (or None)."""
    profile = detect_profile([_header_key(h) for h in headers])
    return map_headers(headers, custom, profile), profile


def has_name_column(mapping: Sequence[str | None]) -> bool:
    """True when some column can name a customer: the name, its parts, or the company."""
    return any(f in ("name", "first_name", "middle_name", "last_name", "company") for f in mapping)


def split_values(field: str, text: str) -> list[str]:
    """Several phones, e-mails or tags written in one cell."""
    splitter = _SPLIT.get(field)
    if splitter is None or not splitter.search(text):
        # one value, the usual case: no list to build
        text = text.strip()
        return [text] if text else []
    return [p.strip() for p in splitter.split(text) if p.strip()]


def guard_cell(text: str) -> str:
    """``text`` made safe for a CSV cell: a leading = + - @ gets an apostrophe in front.

    Spreadsheets treat such a cell as a formula (CSV injection); the apostrophe makes it text.
    """
    return f"'{text}" if text.startswith(DANGEROUS_START) else text


def unguard_cell(text: str) -> str:
    """Undo :func:`guard_cell`, so an exported file imports back unchanged."""
    if len(text) > 1 and text[0] == "'" and text[1] in "=+-@\t\r":
        return text[1:]
    return text


def _join_name(first: str, last: str, middle: str = "") -> str:
    if has_han(last + first + middle):
        return f"{last}{middle}{first}"  # 张 + 伟: Chinese names are written family name first
    return " ".join(part for part in (first, middle, last) if part)


_SINGLE, _PHONE, _EMAIL, _TAGS, _NOTES, _CUSTOM, _ADDRESS = range(7)
_SPLIT_PHONE, _SPLIT_EMAIL, _SPLIT_TAGS = _SPLIT["phone"], _SPLIT["email"], _SPLIT["tags"]
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
        label = header if kind == _NOTES and _header_key(header) not in PLAIN_NOTES else ""
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
    birthday = _birthday(single, where, keep, notes)
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
) -> dt.date | None:
    """The birthday of a row; a birthday without a year goes to the notes as --MM-DD."""
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
        notes.append(f"{QT_TRANSLATE_NOOP('CustomerField', 'Birthday')}: {found.month_day()}")
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
