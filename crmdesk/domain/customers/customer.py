"""What a customer is made of, and the checks a customer must pass before it is stored.

``CustomerInput`` is the one shape the edit dialog, the importer, the merge and the CLI hand to
the services. ``validated()`` cleans it (trims, drops empty phones, sorts tags) and raises a
:class:`~crmdesk.domain.sentence.FieldError` naming the field, with a translatable reason that
explains the expected format.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.sentence import field_error
from crmdesk.domain.text import (
    email_forms,
    normalize_email,
    normalize_phone,
    phone_key,
)

STAGES = ("lead", "prospect", "customer", "inactive")
"""Lifecycle stages in the order a customer moves through them."""

STAGE_LABELS: dict[str, str] = {
    "lead": QT_TRANSLATE_NOOP("CustomerStage", "Lead"),
    "prospect": QT_TRANSLATE_NOOP("CustomerStage", "Prospect"),
    "customer": QT_TRANSLATE_NOOP("CustomerStage", "Customer"),
    "inactive": QT_TRANSLATE_NOOP("CustomerStage", "Inactive"),
}

# What people write in a stage column of an imported sheet, folded; maps to a stage key.
STAGE_ALIASES: dict[str, str] = {
    "lead": "lead",
    "线索": "lead",
    "潜在客户": "lead",
    "prospect": "prospect",
    "意向客户": "prospect",
    "商机": "prospect",
    "customer": "customer",
    "客户": "customer",
    "成交客户": "customer",
    "正式客户": "customer",
    "inactive": "inactive",
    "流失": "inactive",
    "流失客户": "inactive",
    "休眠": "inactive",
    "休眠客户": "inactive",
    # HubSpot's lifecycle stages
    "subscriber": "lead",
    "marketingqualifiedlead": "lead",
    "marketing qualified lead": "lead",
    "salesqualifiedlead": "prospect",
    "sales qualified lead": "prospect",
    "opportunity": "prospect",
    "evangelist": "customer",
}

MAX_NAME = 200
MAX_TAG = 60


@dataclass
class CustomerInput:
    """What a user fills in for a customer (everything but history and follow-up dates).

    ``custom`` maps a custom field's id to its value as text (already checked against the
    field's kind by :func:`crmdesk.domain.customers.custom_fields.clean_value`).
    """

    name: str
    company: str = ""
    stage: str = "customer"
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    address: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    title: str = ""
    birthday: dt.date | None = None
    custom: dict[int, str] = field(default_factory=dict)
    wechat: str = ""
    qq: str = ""

    def validated(self) -> CustomerInput:
        """A cleaned copy; a FieldError naming the field when something is wrong."""
        return self.checked().data

    def checked(self) -> Checked:
        """:meth:`validated`, with the normalised phones and e-mails worked out on the way."""
        name = " ".join(self.name.split())
        if not name:
            raise field_error("name", QT_TRANSLATE_NOOP("Validation", "a customer needs a name"))
        if len(name) > MAX_NAME:
            raise field_error(
                "name",
                QT_TRANSLATE_NOOP("Validation", "the name is longer than {limit} characters"),
                limit=str(MAX_NAME),
            )
        if self.stage not in STAGES:
            raise field_error(
                "stage",
                QT_TRANSLATE_NOOP("Validation", "must be one of {choices}"),
                choices=", ".join(STAGES),
            )
        phones = _unique([p.strip() for p in self.phones])
        phone_keys: list[str] = []
        for phone in phones:
            key = phone_key(phone)
            if key is None:
                raise field_error(
                    "phone",
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "“{value}” is not a phone number: use 5 to 15 digits; spaces, dashes, "
                        "brackets and a leading + are fine (e.g. +86 138 0013 8000)",
                    ),
                    value=phone,
                )
            phone_keys.append(key)
        emails = _unique([e.strip() for e in self.emails])
        email_keys: list[str] = []
        folded_emails: list[str] = []
        for email in emails:
            forms = email_forms(email)
            if forms is None:
                raise field_error(
                    "email",
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "“{value}” is not an e-mail address: it needs a name, @ and a domain "
                        "(e.g. name@example.com)",
                    ),
                    value=email,
                )
            folded_emails.append(forms[0])
            email_keys.append(forms[1])
        tags = sorted({" ".join(t.split()) for t in self.tags if t.strip()}) if self.tags else []
        for tag in tags:
            if len(tag) > MAX_TAG:
                raise field_error(
                    "tags",
                    QT_TRANSLATE_NOOP("Validation", "the tag “{value}” is longer than {limit}"),
                    value=tag[:20],
                    limit=str(MAX_TAG),
                )
        custom = {k: v.strip() for k, v in self.custom.items() if v.strip()} if self.custom else {}
        # positional: this runs once per row of a 100,000-row import
        data = CustomerInput(
            name, self.company.strip(), self.stage, phones, emails, self.address.strip(),
            self.notes.strip(), tags, self.title.strip(), self.birthday, custom,
            self.wechat.strip(), self.qq.strip(),
        )  # fmt: skip
        return Checked(data, phone_keys, email_keys, folded_emails)

    def changed_fields(self, other: CustomerInput) -> list[str]:
        """Names of the fields whose values differ from ``other`` (for the timeline)."""
        names = (
            "name",
            "company",
            "title",
            "stage",
            "phones",
            "emails",
            "address",
            "notes",
            "tags",
            "birthday",
            "custom",
            "wechat",
            "qq",
        )
        return [n for n in names if getattr(self, n) != getattr(other, n)]


class Checked(NamedTuple):
    """A validated customer and the forms of its phones and e-mails that imports need."""

    data: CustomerInput
    phone_keys: list[str]  # normalize_phone of each phone, in order
    email_keys: list[str]  # normalize_email of each e-mail: what duplicates are matched on
    folded_emails: list[str]  # fold of each e-mail: what the search text holds


def parse_stage(text: str) -> str | None:
    """The stage key for what a sheet says ("Lead", "意向客户"), or None if unknown."""
    return STAGE_ALIASES.get(text.strip().casefold())


def _unique(values: list[str]) -> list[str]:
    if len(values) == 1:
        return values if values[0] else []
    seen: list[str] = []
    for value in values:
        if value and value not in seen:
            seen.append(value)
    return seen


def merged_input(keep: CustomerInput, other: CustomerInput, take: set[str]) -> CustomerInput:
    """The survivor of a merge: ``keep``'s values, except the fields named in ``take``.

    Phones, e-mails and tags are united (phones and e-mails compared normalised); notes are
    joined unless one side is chosen in ``take`` ("notes" takes the other's notes only); a
    custom value missing on ``keep`` comes from ``other``. ``take`` may hold name, company,
    title, stage, address, notes, birthday and "custom:<id>".
    """

    def pick(name: str) -> Any:
        return getattr(other if name in take else keep, name)

    phones = list(keep.phones)
    seen_phones = {normalize_phone(p) for p in phones}
    phones += [p for p in other.phones if normalize_phone(p) not in seen_phones]
    emails = list(keep.emails)
    seen_emails = {normalize_email(e) for e in emails}
    emails += [e for e in other.emails if normalize_email(e) not in seen_emails]
    if "notes" in take or not keep.notes:
        notes = other.notes or keep.notes
    elif other.notes and other.notes not in keep.notes:
        notes = f"{keep.notes}\n{other.notes}"
    else:
        notes = keep.notes
    custom = dict(other.custom)
    custom.update(keep.custom)
    for key in take:
        if key.startswith("custom:"):
            field_id = int(key.removeprefix("custom:"))
            if field_id in other.custom:
                custom[field_id] = other.custom[field_id]
            else:
                custom.pop(field_id, None)
    return CustomerInput(
        name=pick("name"),
        company=pick("company"),
        stage=pick("stage"),
        phones=phones,
        emails=emails,
        address=pick("address") or keep.address or other.address,
        notes=notes,
        tags=sorted(set(keep.tags) | set(other.tags)),
        title=pick("title") or keep.title or other.title,
        birthday=pick("birthday") or keep.birthday or other.birthday,
        custom=custom,
        wechat=keep.wechat or other.wechat,
        qq=keep.qq or other.qq,
    )
