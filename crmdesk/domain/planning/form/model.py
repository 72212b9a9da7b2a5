"""The budget wizard's form: what the owner typed, page by page, as plain text.

The wizard never does arithmetic. It keeps every field as the text typed (so Back, drafts and a
crash lose nothing, even half-typed numbers) in a ``PlanForm``; ``plan_form_build.build_plan``
turns the form into a ``BudgetPlan`` through ``money.parse_*`` and ``estimates``, with problems
named by form field key. The field table lives in ``plan_form_fields``.

Field keys are ``<page>.<name>`` (``scope.users``, ``custom.development.days``); lines the fixed
rows do not cover are ``ExtraLine``s, keyed ``extra.<page>[i].<field>``; risks ``risks[i]``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.planning.plan import PlanRisk
from crmdesk.domain.planning.risks import default_risks

DRAFT_FORMAT = "crmdesk-plan-form"
DRAFT_VERSION = 1


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


@dataclass
class PlanForm:
    """Everything the wizard shows, as typed. A new form holds the defaults of every field."""

    values: dict[str, str] = field(default_factory=dict)
    modules: list[str] = field(default_factory=list)
    extra: dict[str, list[ExtraLine]] = field(default_factory=dict)
    intangibles: list[str] = field(default_factory=list)
    risks: list[PlanRisk] = field(default_factory=lambda: list(default_risks()))
    notes: str = ""

    def get(self, key: str) -> str:
        """The text of a field, or its default when the user has not touched it."""
        if key in self.values:
            return self.values[key]
        from crmdesk.domain.planning.form.fields import FIELDS

        spec = FIELDS.get(key)
        return spec.default if spec is not None else ""

    def set(self, key: str, text: str) -> None:
        self.values[key] = text

    def lines(self, page: PageKey) -> list[ExtraLine]:
        """The page's extra lines (a live list the wizard edits)."""
        return self.extra.setdefault(page.value, [])

    def copy(self) -> PlanForm:
        """A deep copy (the wizard edits a copy; the caller's form changes only on Finish)."""
        return form_from_dict(form_to_dict(self))


def form_to_dict(form: PlanForm) -> dict[str, Any]:
    """The form as JSON-ready data (drafts, and the database's copy of the wizard inputs)."""
    return {
        "format": DRAFT_FORMAT,
        "version": DRAFT_VERSION,
        "values": dict(sorted(form.values.items())),
        "modules": list(form.modules),
        "extra": {page: [line.to_dict() for line in lines] for page, lines in form.extra.items()},
        "intangibles": list(form.intangibles),
        "risks": [{"risk": r.risk, "mitigation": r.mitigation} for r in form.risks],
        "notes": form.notes,
    }


def _strings(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def form_from_dict(data: Any) -> PlanForm:
    """Read ``form_to_dict`` data back; anything malformed is dropped, never raised, because a
    draft is a safety net and a partly damaged one still holds most of the user's work."""
    if not isinstance(data, dict):
        return PlanForm()
    values = data.get("values")
    extra = data.get("extra")
    risks = data.get("risks")
    form = PlanForm(
        values={str(k): str(v) for k, v in values.items()} if isinstance(values, dict) else {},
        modules=_strings(data.get("modules")),
        intangibles=_strings(data.get("intangibles")),
        notes=str(data.get("notes", "")),
    )
    if isinstance(extra, dict):
        form.extra = {
            str(page): [ExtraLine.from_dict(line) for line in lines if isinstance(line, dict)]
            for page, lines in extra.items()
            if isinstance(lines, list)
        }
    if isinstance(risks, list):
        form.risks = [
            PlanRisk(str(r.get("risk", "")), str(r.get("mitigation", "")))
            for r in risks
            if isinstance(r, dict)
        ]
    return form
