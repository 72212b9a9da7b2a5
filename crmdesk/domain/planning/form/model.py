"""The budget wizard's form: what the owner typed, page by page, as plain text.

The wizard never does arithmetic. It keeps every field as the text typed (so Back, drafts and a
crash lose nothing, even half-typed numbers) in a ``PlanForm``; ``build.build_plan``
turns the form into a ``BudgetPlan`` through ``money.parse_*`` and ``estimates``, with problems
named by form field key. The field table lives in ``fields``; page keys and extra lines in ``keys``.

Field keys are ``<page>.<name>`` (``scope.users``, ``custom.development.days``); lines the fixed
rows do not cover are ``ExtraLine``s, keyed ``extra.<page>[i].<field>``; risks ``risks[i]``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from crmdesk.domain.planning.form.fields import FIELDS
from crmdesk.domain.planning.form.keys import ExtraLine, PageKey
from crmdesk.domain.planning.plan import PlanRisk
from crmdesk.domain.planning.risks import default_risks

DRAFT_FORMAT = "crmdesk-plan-form"
DRAFT_VERSION = 1


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
