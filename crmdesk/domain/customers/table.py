"""How the columns of a customer table (CSV, XLSX, vCard) map to customer fields, both ways.

Header names are recognised in English or Chinese (ARCHITECTURE.md lists the contract:
name/姓名/客户名称/联系人, company/公司/单位, phone/mobile/电话/手机, email/邮箱/电子邮件,
address/地址, notes/备注, tags/标签) plus the usual variants exported by other CRMs, phones and
mail programs ("Mobile Phone", "手机号码", "E-mail 2", "First Name"). A cell is turned into a
:class:`CustomerInput`; the services validate it. ``guard_cell`` keeps spreadsheets from running
a cell as a formula when the table is exported.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from crmdesk.domain.customers.custom_fields import clean_value, parse_date
from crmdesk.domain.customers.customer import CustomerInput, parse_stage
from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.sentence import field_error
from crmdesk.domain.text import has_han, normalize_email, normalize_phone

FIELDS: tuple[tuple[str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("CustomerField", "Name")),
    ("first_name", QT_TRANSLATE_NOOP("CustomerField", "First name")),
    ("last_name", QT_TRANSLATE_NOOP("CustomerField", "Last name")),
    ("company", QT_TRANSLATE_NOOP("CustomerField", "Company")),
    ("title", QT_TRANSLATE_NOOP("CustomerField", "Job title")),
    ("phone", QT_TRANSLATE_NOOP("CustomerField", "Phone")),
    ("email", QT_TRANSLATE_NOOP("CustomerField", "E-mail")),
    ("address", QT_TRANSLATE_NOOP("CustomerField", "Address")),
    ("notes", QT_TRANSLATE_NOOP("CustomerField", "Notes")),
    ("tags", QT_TRANSLATE_NOOP("CustomerField", "Tags")),
    ("stage", QT_TRANSLATE_NOOP("CustomerField", "Stage")),
    ("birthday", QT_TRANSLATE_NOOP("CustomerField", "Birthday")),
)
FIELD_KEYS = tuple(key for key, _ in FIELDS)
# fields that several columns may feed (Phone 1, Phone 2...); the others take the first column
MULTI_FIELDS = frozenset({"phone", "email", "tags", "notes"})
CUSTOM_PREFIX = "custom:"

# exact header names, compared after _header_key(); traditional forms for Big5 files
# fmt: off
_ALIASES: dict[str, tuple[str, ...]] = {
    "name": (
        "name", "fullname", "contact", "contactname", "customer", "customername", "displayname",
        "姓名", "客户名称", "联系人", "客户", "客户姓名", "联系人姓名", "名字", "名称", "客户名",
        "客戶名稱", "聯絡人", "聯繫人", "客戶", "客戶姓名",
    ),
    "first_name": ("firstname", "givenname", "forename", "名"),
    "last_name": ("lastname", "familyname", "surname", "姓"),
    "company": (
        "company", "companyname", "organisation", "organization", "org", "business", "employer",
        "公司", "单位", "公司名称", "企业", "企业名称", "单位名称", "工作单位", "所属公司",
        "單位", "公司名稱", "企業",
    ),
    "title": ("title", "jobtitle", "position", "role", "职位", "职务", "头衔", "岗位", "職位",
              "職務"),
    "phone": ("phone", "mobile", "tel", "telephone", "cell", "电话", "手机", "手机号", "联系电话",
              "電話", "手機", "聯絡電話"),
    "email": ("email", "mail", "emailaddress", "邮箱", "电子邮件", "电子邮箱", "邮件", "邮箱地址",
              "電子郵件", "郵箱", "郵件"),
    "address": ("address", "地址", "联系地址", "通讯地址", "住址", "公司地址", "聯絡地址"),
    "notes": ("notes", "note", "remarks", "remark", "comment", "comments", "备注", "说明", "附注",
              "備註", "說明"),
    "tags": ("tags", "tag", "labels", "label", "categories", "group", "标签", "分组", "分类",
             "標籤", "分組", "分類"),
    "stage": ("stage", "lifecyclestage", "阶段", "客户阶段", "生命周期阶段"),
    "birthday": ("birthday", "dateofbirth", "birthdate", "dob", "生日", "出生日期"),
}
# fmt: on
_EXACT = {alias: key for key, aliases in _ALIASES.items() for alias in aliases}
# words a longer header may contain ("Mobile Phone", "手机号码1", "Work E-mail"); checked in this
# order so "公司地址" is an address and "Company Phone" a phone
_CONTAINS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("email", ("email", "mail", "邮箱", "邮件", "郵箱", "郵件")),
    ("phone", ("phone", "mobile", "tel", "电话", "手机", "座机", "電話", "手機")),
    ("address", ("address", "street", "地址")),
    ("birthday", ("birthday", "生日")),
    ("notes", ("note", "remark", "comment", "备注", "備註")),
    ("tags", ("tag", "标签", "標籤")),
    ("company", ("company", "organi", "公司", "单位", "企业", "單位", "企業")),
    ("name", ("name", "姓名", "联系人", "聯絡人", "聯繫人")),
)
_STRIP = re.compile(r"[\s_\-.:：*()（）\[\]【】#'\"]+|\d+$")

# separators between several values in one cell ("138..., 139...", "VIP；批发")
_SPLIT = {
    "phone": re.compile(r"[;；,，/、|\n]+"),
    "email": re.compile(r"[;；,，/、|\s]+"),
    "tags": re.compile(r"[;；,，/、|\n#]+"),
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


def guess_field(header: str, custom: Sequence[CustomColumn] = ()) -> str | None:
    """The field a column named ``header`` most likely holds, or None."""
    key = _header_key(header)
    if not key:
        return None
    if key in _EXACT:
        return _EXACT[key]
    for column in custom:
        if _header_key(column.name) == key:
            return f"{CUSTOM_PREFIX}{column.id}"
    for field, words in _CONTAINS:
        if any(word in key for word in words):
            return field
    return None


def map_headers(headers: Sequence[str], custom: Sequence[CustomColumn] = ()) -> list[str | None]:
    """One field key (or None: ignore the column) per header.

    A single-valued field takes the first column that matches it; later columns that look like
    the same field are ignored (the import wizard shows them, so the user can choose).
    """
    mapping: list[str | None] = []
    taken: set[str] = set()
    for header in headers:
        field = guess_field(header, custom)
        if field is not None and field not in MULTI_FIELDS and field in taken:
            field = None
        if field is not None:
            taken.add(field)
        mapping.append(field)
    return mapping


def has_name_column(mapping: Sequence[str | None]) -> bool:
    """True when some column gives a customer's name (or its first/last parts)."""
    return any(f in ("name", "first_name", "last_name") for f in mapping)


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


def _join_name(first: str, last: str) -> str:
    if not first or not last:
        return first or last
    if has_han(last + first):
        return f"{last}{first}"  # 张 + 伟: Chinese names are written family name first
    return f"{first} {last}"


_SINGLE, _PHONE, _EMAIL, _TAGS, _NOTES, _CUSTOM = range(6)
_SPLIT_PHONE, _SPLIT_EMAIL, _SPLIT_TAGS = _SPLIT["phone"], _SPLIT["email"], _SPLIT["tags"]
_KINDS = {"phone": _PHONE, "email": _EMAIL, "tags": _TAGS, "notes": _NOTES}


@lru_cache(maxsize=64)
def _columns(mapping: tuple[str | None, ...]) -> tuple[tuple[int, str, int], ...]:
    """(cell index, field, kind) of the columns worth reading: once per mapping, not per row."""
    return tuple(
        (i, f, _CUSTOM if f.startswith(CUSTOM_PREFIX) else _KINDS.get(f, _SINGLE))
        for i, f in enumerate(mapping)
        if f
    )


def input_from_cells(
    mapping: Sequence[str | None],
    cells: Sequence[str],
    custom: Mapping[int, CustomColumn] | None = None,
) -> CustomerInput:
    """A CustomerInput from one row; FieldError for a stage, birthday or custom value it rejects.

    The result is not validated yet (phones, e-mails, the name): call ``validated()``.
    """
    single: dict[str, str] = {}
    phones: list[str] = []
    emails: list[str] = []
    tags: list[str] = []
    notes: list[str] = []
    custom_values: dict[int, str] = {}
    width = len(cells)
    for index, field, kind in _columns(mapping if isinstance(mapping, tuple) else tuple(mapping)):
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
        elif kind == _PHONE:
            # split_values, without building a list for the usual single value
            if _SPLIT_PHONE.search(text):
                phones.extend(split_values("phone", text))
            else:
                phones.append(text)
        elif kind == _EMAIL:
            if _SPLIT_EMAIL.search(text):
                emails.extend(split_values("email", text))
            else:
                emails.append(text)
        elif kind == _TAGS:
            if _SPLIT_TAGS.search(text):
                tags.extend(split_values("tags", text))
            else:
                tags.append(text)
        elif kind == _NOTES:
            notes.append(text)
        else:
            field_id = int(field[len(CUSTOM_PREFIX) :])
            column = (custom or {}).get(field_id)
            if column is not None:
                custom_values[field_id] = clean_value(
                    column.name, column.kind, column.choices, text
                )
    name = single.get("name") or _join_name(
        single.get("first_name", ""), single.get("last_name", "")
    )
    stage = "customer"
    if "stage" in single:
        parsed = parse_stage(single["stage"])
        if parsed is None:
            raise field_error(
                "stage",
                QT_TRANSLATE_NOOP(
                    "Validation", "“{value}” is not a stage (lead, prospect, customer, inactive)"
                ),
                value=single["stage"],
            )
        stage = parsed
    birthday = None
    if "birthday" in single:
        birthday = parse_date(single["birthday"])
        if birthday is None:
            raise field_error(
                "birthday",
                QT_TRANSLATE_NOOP(
                    "Validation", "“{value}” is not a date: write it as year-month-day (1980-03-05)"
                ),
                value=single["birthday"],
            )
    get = single.get
    # positional: once per row of a 100,000-row import
    return CustomerInput(
        name, get("company", ""), stage, phones, emails, get("address", ""), "\n".join(notes),
        tags, get("title", ""), birthday, custom_values,
    )  # fmt: skip


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
        birthday=row.birthday if row.birthday else existing.birthday,
        custom=custom,
    )
