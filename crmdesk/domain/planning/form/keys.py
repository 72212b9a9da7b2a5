"""The wizard form's vocabulary: its pages, how a field key names its page, extra lines.

Everything else in ``planning.form`` builds on these names, so they sit below the form model
(``model``), the field table (``fields``) and the row specs (``spec``) alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP


class PageKey(str, Enum):
    """The wizard's pages, in order; a field key starts with its page's value."""

    SCOPE = "scope"
    LICENCE = "licence"
    CUSTOMISATION = "custom"
    TRAINING = "training"
    MAINTENANCE = "maint"
    OTHER = "other"
    BENEFITS = "benefits"
    SUMMARY = "summary"


PAGE_TITLES: dict[PageKey, str] = {
    PageKey.SCOPE: QT_TRANSLATE_NOOP("PlanForm", "Company and scope"),
    PageKey.LICENCE: QT_TRANSLATE_NOOP("PlanForm", "Licence"),
    PageKey.CUSTOMISATION: QT_TRANSLATE_NOOP("PlanForm", "Customisation and data"),
    PageKey.TRAINING: QT_TRANSLATE_NOOP("PlanForm", "Training"),
    PageKey.MAINTENANCE: QT_TRANSLATE_NOOP("PlanForm", "Maintenance and operations"),
    PageKey.OTHER: QT_TRANSLATE_NOOP("PlanForm", "Other costs and contingency"),
    PageKey.BENEFITS: QT_TRANSLATE_NOOP("PlanForm", "Benefits"),
    PageKey.SUMMARY: QT_TRANSLATE_NOOP("PlanForm", "Summary"),
}


def page_of(key: str) -> PageKey:
    """The page a field key belongs to (``extra.licence[0].amount`` -> LICENCE)."""
    if key.startswith("extra."):
        key = key[len("extra.") :]
    if key.startswith("risks"):
        return PageKey.SUMMARY
    head = key.split(".", 1)[0].split("[", 1)[0]
    try:
        return PageKey(head)
    except ValueError:
        return PageKey.SUMMARY


EXTRA_FIELDS = ("label", "category", "kind", "amount", "year", "from_year", "to_year", "escalation")


@dataclass
class ExtraLine:
    """A cost or benefit line typed into a page's "other lines" table, as text.

    ``kind`` is an ``ItemKind`` value; ``year`` is used by one-off lines, ``from_year`` and
    ``to_year`` by the others. ``keep`` carries attributes of a line read from a plan file that
    the table does not show (ramp, users, sub_item, notes), so editing a plan never drops them.
    """

    category: str
    kind: str = "one_off"
    label: str = ""
    amount: str = ""
    year: str = "0"
    from_year: str = "1"
    to_year: str = ""
    escalation: str = ""
    keep: dict[str, Any] = field(default_factory=dict)

    def is_blank(self) -> bool:
        """True for a row the user added but never filled in (ignored, not an error)."""
        return not self.label.strip() and not self.amount.strip()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {name: getattr(self, name) for name in EXTRA_FIELDS}
        if self.keep:
            data["keep"] = self.keep
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ExtraLine:
        known = {name: str(data[name]) for name in EXTRA_FIELDS if name in data}
        keep = data.get("keep")
        return cls(**known, keep=dict(keep) if isinstance(keep, dict) else {})
