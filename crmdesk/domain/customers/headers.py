"""Which customer field a column header names: whole words, never substrings, and exporters.

A header is cut into words ("MailingStreet" -> mailing street, "E-mail 1 - Type" -> email 1
type, "Home ZipCode" -> home zip code); Chinese headers are matched on their characters. Type
and label columns ("Phone 1 - Type"), ID columns ("Primary Associated Company ID") and
look-alikes ("IsEmailBounced", "Phonetic First Name", "Fax") are never values. Some columns are
worth keeping as a labelled note ("Contact owner", 负责人, 客户来源).

:func:`detect_profile` recognises the programs people export from by their header sets, so the
mapping step can say "Google Contacts export"; a profile may correct a header whose meaning is
its own (Outlook's "Title" is Mr/Ms, Odoo's "function" is the job title).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_WORDS = re.compile(r"[a-z]+|\d+|[^\W\d_a-z]+")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")

# words that make a column something else than a value of the field it names
_NEVER = frozenset(
    [
        "type",
        "label",
        "id",
        "ids",
        "phonetic",
        "yomi",
        "bounced",
        "bounce",
        "opt",
        "opted",
        "optout",
        "display",
        "domain",
        "fax",
        "pager",
        "assistant",
        "asst",
        "assistants",
        "manager",
        "managers",
        "spouse",
        "children",
        "child",
        "created",
        "modified",
        "date",
        "time",
        "status",
        "verified",
        "count",
        "reason",
        "by",
        "url",
        "web",
        "gender",
        "sex",
        "initials",
        "nickname",
        "suffix",
        "prefix",
        "salutation",
        "anniversary",
        "skype",
        "twitter",
        "facebook",
        "linkedin",
        "photo",
        "priority",
        "sensitivity",
        "reports",
        "vendor",
        "screen",
        "user",
        "custom",
        "isdn",
        "telex",
        "radio",
        "tty",
        "tdd",
        "callback",
        "car",
        "hobby",
        "language",
        "mileage",
        "keywords",
        "billing",
        "directory",
        "profession",
        "referred",
        "private",
        "unsubscribed",
        "marketing",
        "file",
        "connected",
        "is",
        "has",
        "last",
        "activity",
        "sequence",
        "score",
        "avatar",
    ]
)
_NEVER_HAN = ("类型", "编号", "显示", "昵称", "传真", "寻呼", "时间", "日期", "性别", "称谓",
              "拼音", "助理", "头像", "类別", "類型")  # fmt: skip
# columns kept as "Header: value" lines in the notes
_NOTE_WORDS = frozenset(
    [
        "owner",
        "source",
        "department",
        "website",
        "industry",
        "salesperson",
        "rating",
        "level",
        "lead",
    ]
)
_NOTE_HAN = ("负责人", "来源", "级别", "等级", "部门", "行业", "网站", "跟进人", "添加人",
             "所属", "负責人", "來源")  # fmt: skip

# word -> field, tried in this order (the first group that matches wins)
_WORD_RULES: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (key, frozenset(words.split()))
    for key, words in (
        ("email", "email mail emails"),
        ("phone", "phone phones mobile tel telephone cell cellphone landline"),
        ("birthday", "birthday birthdate dob"),
        ("address", "address street city region state province postcode postal zip zipcode "
         "country pobox locality suburb county district formatted extended"),
        ("notes", "notes note remarks remark comment comments description memo"),
        ("tags", "tags tag labels categories category groups group"),
        ("stage", "stage lifecycle"),
        ("title", "title position jobtitle role function"),
        ("company", "company organization organisation org account employer business firm "
         "corporation"),
        ("middle_name", "middle additional"),
        ("first_name", "first given forename firstname givenname"),
        ("last_name", "family surname lastname familyname"),
        ("name", "name fullname contact customer person"),
    )
)  # fmt: skip
_HAN_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("email", ("邮箱", "邮件", "郵箱", "郵件", "信箱")),
    ("phone", ("电话", "手机", "座机", "電話", "手機", "联系方式")),
    ("birthday", ("生日", "出生")),
    ("address", ("地址", "街道", "省", "市", "区县", "邮编", "邮政编码", "国家", "地區", "地区")),
    ("notes", ("备注", "说明", "附注", "描述", "備註", "說明")),
    ("tags", ("标签", "分组", "分类", "类别", "標籤", "分組", "分類")),
    ("stage", ("阶段",)),
    ("title", ("职位", "职务", "头衔", "岗位", "職位", "職務")),
    ("company", ("公司", "单位", "企业", "机构", "單位", "企業")),
    ("name", ("姓名", "联系人", "聯絡人", "聯繫人", "客户名", "名字")),
)

# a column named like this is the company when another column names the person (ARCHITECTURE.md)
COMPANY_LIKE_NAMES = frozenset(
    {"客户名称", "客户", "客户名", "客戶名稱", "客戶", "customer", "customername", "单位名称"}
)
PERSON_NAMES = frozenset(
    {"联系人", "联系人姓名", "姓名", "contact", "contactname", "聯絡人", "聯繫人", "联系人名称"}
)
PLAIN_NOTES = frozenset(
    (
        "notes",
        "note",
        "remarks",
        "remark",
        "comment",
        "comments",
        "description",
        "memo",
        "备注",
        "说明",
        "附注",
        "備註",
        "說明",
        "描述",
    )
)


def header_words(header: str) -> list[str]:
    """The words of a header, lower case; "E-mail" and "e mail" become one word "email"."""
    text = unicodedata.normalize("NFKC", header).replace("\ufeff", "").strip()
    words = _WORDS.findall(_CAMEL.sub(" ", text).casefold())
    merged: list[str] = []
    for word in words:
        if merged and merged[-1] == "e" and word == "mail":
            merged[-1] = "email"
        elif merged and merged[-1] in ("po", "p") and word == "box":
            merged[-1] = "pobox"
        else:
            merged.append(word)
    return merged


def guess_by_words(header: str) -> str | None:
    """The field a header names by its words; "note" for a labelled note; None for neither."""
    han = "".join(_HAN_RUN.findall(header))
    words = set(header_words(header))
    words.discard("")
    if words & {"type", "label", "nickname"} or any(w in han for w in _NEVER_HAN):
        return None
    if words & {"wechat", "weixin"} or "微信" in han:
        return "wechat"
    if "qq" in words and not words & {"email", "mail"}:
        return "qq"
    if words & {"id", "ids"} or "ID" in header:
        return None
    if words & _NOTE_WORDS or any(w in han for w in _NOTE_HAN):
        return "note"
    if words & _NEVER:
        return None
    ascii_words = {w for w in words if w.isascii()}
    for key, rule in _WORD_RULES:
        if ascii_words & rule:
            return key
    if han:
        for key, parts in _HAN_RULES:
            if any(p in han for p in parts):
                return key
    return None


@dataclass(frozen=True)
class Profile:
    """A program's export, known by the headers it always writes."""

    key: str
    label: str  # QT_TRANSLATE_NOOP("ImportProfile", ...)
    signatures: tuple[frozenset[str], ...]  # header keys; one full set is enough
    overrides: dict[str, str | None] = field(default_factory=dict)


def _sig(*sets: str) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(s.split("|")) for s in sets)


PROFILES: tuple[Profile, ...] = (
    Profile(
        "google_legacy",
        QT_TRANSLATE_NOOP("ImportProfile", "Google Contacts export (old format)"),
        _sig("givenname|familyname|groupmembership", "givenname|familyname|email1value"),
    ),
    Profile(
        "google",
        QT_TRANSLATE_NOOP("ImportProfile", "Google Contacts export"),
        _sig("phoneticfirstname|fileas|labels", "phoneticfirstname|organizationname"),
    ),
    Profile(
        "outlook",
        QT_TRANSLATE_NOOP("ImportProfile", "Outlook export"),
        _sig("businessstreet|emaildisplayname", "businessstreet|emailaddress|jobtitle"),
        {"title": None, "account": None, "user": None},
    ),
    Profile(
        "outlook_zh",
        QT_TRANSLATE_NOOP("ImportProfile", "Outlook export (Chinese)"),
        _sig("名|姓|电子邮件地址|商务电话", "名|姓|电子邮件地址|移动电话"),
        {"称谓": None, "职务": "title", "部门": "note"},
    ),
    Profile(
        "thunderbird",
        QT_TRANSLATE_NOOP("ImportProfile", "Thunderbird address book"),
        _sig("primaryemail|secondaryemail|screenname", "primaryemail|birthyear"),
        {
            "birthyear": "birth_year",
            "birthmonth": "birth_month",
            "birthday": "birth_day",
            "displayname": "name",
            "mobilenumber": "phone",
        },
    ),
    Profile(
        "linkedin",
        QT_TRANSLATE_NOOP("ImportProfile", "LinkedIn connections"),
        _sig("firstname|lastname|url|emailaddress|connectedon"),
    ),
    Profile(
        "salesforce",
        QT_TRANSLATE_NOOP("ImportProfile", "Salesforce export"),
        _sig(
            "mailingstreet|accountid",
            "mailingzip/postalcode|accountname",
            "mailingstreet|leadsource|salutation",
        ),
    ),
    Profile(
        "hubspot",
        QT_TRANSLATE_NOOP("ImportProfile", "HubSpot export"),
        _sig("recordid|lifecyclestage", "contactowner|lifecyclestage|leadstatus"),
        {"lifecyclestage": "stage"},
    ),
    Profile(
        "zoho",
        QT_TRANSLATE_NOOP("ImportProfile", "Zoho CRM export"),
        _sig("accountname|secondaryemail|skypeid", "contactowner|accountname|emailoptout"),
        {"fullname": "name"},
    ),
    Profile(
        "odoo",
        QT_TRANSLATE_NOOP("ImportProfile", "Odoo contacts export"),
        _sig("relatedcompany|jobposition", "parentid|function|street", "jobposition|zip"),
        {
            "function": "title",
            "parentid": "company",
            "relatedcompany": "company",
            "comment": "notes",
            "categoryid": "tags",
            "stateid": "address",
            "countryid": "address",
            "companyid": None,
            "salesperson": "note",
        },
    ),
    Profile(
        "wecom",
        QT_TRANSLATE_NOOP("ImportProfile", "WeCom (企业微信) customer export"),
        _sig("客户名称|添加人|企业标签", "客户名称|添加人|添加时间"),
        {
            "客户名称": "name",
            "企业名称": "company",
            "备注企业名称": "company",
            "备注名": "note",
            "描述": "notes",
            "企业标签": "tags",
            "个人标签": "tags",
        },
    ),
    Profile(
        "dingtalk",
        QT_TRANSLATE_NOOP("ImportProfile", "DingTalk (钉钉) customer export"),
        _sig("客户名称|联系人|负责人|创建人", "客户名称|负责人|协作人"),
    ),
    Profile(
        "chinese_sheet",
        QT_TRANSLATE_NOOP("ImportProfile", "Chinese customer sheet"),
        _sig("客户名称|联系人", "客户名称|联系人姓名", "客户|联系人"),
    ),
)


VCARD_PROFILES = {
    "apple": Profile(
        "apple_vcard", QT_TRANSLATE_NOOP("ImportProfile", "Apple/iCloud contacts (vCard)"), ()
    ),
    "android": Profile(
        "android_vcard", QT_TRANSLATE_NOOP("ImportProfile", "Android contacts (vCard)"), ()
    ),
}


def vcard_producer(text: str) -> str:
    """ "apple" or "android" when a vCard file says which phone wrote it, else ""."""
    if "PRODID:-//Apple" in text or "X-ABADR" in text or "X-ABLabel" in text:
        return "apple"
    if "X-ANDROID-CUSTOM" in text or "vnd.android" in text:
        return "android"
    return ""


def detect_profile(keys: Sequence[str]) -> Profile | None:
    """The exporter whose signature the header keys hold (the most specific one), or None."""
    present = set(keys)
    best: Profile | None = None
    best_size = 0
    for profile in PROFILES:
        for signature in profile.signatures:
            if signature <= present and len(signature) > best_size:
                best, best_size = profile, len(signature)
    return best
