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
from collections.abc import Sequence
from dataclasses import dataclass

from crmdesk.domain.customers.headers import (
    COMPANY_LIKE_NAMES,
    PERSON_NAMES,
    Profile,
    detect_profile,
    guess_by_words,
)
from crmdesk.domain.i18n import QT_TRANSLATE_NOOP

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
SPLITTERS = _SPLIT
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
    if field == "tags" and ":::" in text:
        # Google's and our vCard reader's list: a comma inside stays ("批发, 零售" is one tag)
        return [p.strip() for p in text.split(":::") if p.strip()]
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
