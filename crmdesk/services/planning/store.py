"""Budget plans in the database: save, load, list, duplicate, delete softly, restore.

A plan is stored as its header columns, one ``PlanItem`` row per cost or benefit (money in
cents), and ``settings``: the rest of the ``crmdesk-plan`` object (rates as decimal strings,
company profile, risks, notes) plus the wizard's inputs (person-days, hours...) under
``"wizard"``. Loading reassembles a ``crmdesk-plan`` object and reads it with the plan file's
own strict reader, so a plan from the database obeys exactly the rules of a plan from a file.
The list's figures (total cost, NPV, payback) are cached on save from ``compute_metrics``.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.engine import Database
from crmdesk.db.models import BudgetPlan as PlanRow
from crmdesk.db.models import PlanItem
from crmdesk.domain.dates import utcnow
from crmdesk.domain.errors import UserError
from crmdesk.domain.money import round_cents
from crmdesk.domain.planning.form.model import PlanForm, form_from_dict, form_to_dict
from crmdesk.domain.planning.metrics import compute_metrics
from crmdesk.domain.planning.plan import BenefitItem, BudgetPlan, CostItem, validate_plan
from crmdesk.domain.planning.planfile import plan_from_dict, plan_to_dict
from crmdesk.services import activity
from crmdesk.services.versions import check_version

log = logging.getLogger(__name__)

_HEADER = ("name", "currency", "horizon_years", "discount_rate", "users")
_ITEM_COLUMNS = ("category", "label", "kind", "amount", "year", "from_year", "to_year")
_WIZARD = "wizard"


class PlanNotFoundError(UserError):
    """The plan asked for does not exist (or was deleted for good)."""

    def __init__(self, plan_id: int) -> None:
        super().__init__(f"budget plan {plan_id} was not found")
        self.plan_id = plan_id


@dataclass(frozen=True)
class PlanSummary:
    """One line of the plan list. Figures are None for a plan saved before they were cached."""

    id: int
    name: str
    currency: str
    total_cost: Decimal | None
    npv: Decimal | None
    payback_years: Decimal | None
    updated_at: dt.datetime
    deleted_at: dt.datetime | None


@dataclass(frozen=True)
class StoredPlan:
    """A plan as saved, with the wizard inputs it was built from (None for imported plans)."""

    id: int
    plan: BudgetPlan
    form: PlanForm | None
    updated_at: dt.datetime
    version: int = 1  # what a save names as ``expected_version`` (no lost updates)
    updated_by: str = ""


# --- writing -------------------------------------------------------------------------------


def _item_data(item: CostItem | BenefitItem) -> dict[str, Any]:
    """The item as the plan file writes it (decimal strings, optional keys only if set)."""
    if isinstance(item, CostItem):
        return dict(plan_to_dict(BudgetPlan(name="-", costs=(item,)))["costs"][0])
    return dict(plan_to_dict(BudgetPlan(name="-", benefits=(item,)))["benefits"][0])


def _item_row(item: CostItem | BenefitItem, position: int) -> PlanItem:
    data = _item_data(item)
    kept = ("ramp", "users", "sub_item", "notes")
    extra: dict[str, Any] = {key: data[key] for key in kept if key in data}
    if round_cents(item.amount) != item.amount:
        # The Money column holds cents; a computed amount (days x rate x share) keeps its
        # exact value here so the plan reads back unchanged.
        extra["amount"] = data["amount"]
    return PlanItem(
        side="benefit" if isinstance(item, BenefitItem) else "cost",
        position=position,
        category=item.category.value,
        label=item.label,
        kind=item.kind.value,
        amount=item.amount,
        year=item.year,
        from_year=item.from_year,
        to_year=item.to_year,
        escalation=f"{item.escalation:f}",
        extra=json.dumps(extra, ensure_ascii=False),
    )


def _write(row: PlanRow, plan: BudgetPlan, form: PlanForm | None) -> None:
    """Copy ``plan`` (validated) into ``row`` and its items, with freshly cached figures."""
    validate_plan(plan)
    data = plan_to_dict(plan)
    settings = {k: v for k, v in data.items() if k not in (*_HEADER, "costs", "benefits")}
    if form is not None:
        settings[_WIZARD] = form_to_dict(form)
    row.name = plan.name
    row.currency = plan.currency
    row.horizon_years = plan.horizon_years
    row.discount_rate = data["discount_rate"]
    row.users = plan.users
    row.settings = json.dumps(settings, ensure_ascii=False)
    metrics = compute_metrics(plan)
    row.total_cost = metrics.base.total_costs
    row.npv = metrics.base.npv
    payback = metrics.base.payback.years
    row.payback_years = None if payback is None else f"{payback:f}"
    items: list[CostItem | BenefitItem] = [*plan.costs, *plan.benefits]
    row.items = [_item_row(item, i) for i, item in enumerate(items)]
    row.updated_at = utcnow()


def add_plan(session: Session, plan: BudgetPlan, form: PlanForm | None = None) -> int:
    """Insert ``plan`` in the caller's transaction (the demo data uses this); return its id."""
    row = PlanRow(name=plan.name)
    _write(row, plan, form)
    session.add(row)
    session.flush()
    activity.record(session, "plan", row.id, "created", plan.name)
    return row.id


def save_plan(
    db: Database,
    plan: BudgetPlan,
    plan_id: int | None = None,
    form: PlanForm | None = None,
    expected_version: int | None = None,
) -> int:
    """Save a new plan (``plan_id`` None) or replace a saved one; return the id.

    ``form`` is the wizard's inputs, kept so that editing shows the person-days and other
    drivers again. Raises ``ValidationError`` for an invalid plan, ``PlanNotFoundError``, and
    ``StaleRecordError`` when ``expected_version`` (the version the edit started from) is given
    and somebody else saved the plan meanwhile.
    """
    with db.session() as session:
        if plan_id is None:
            new_id = add_plan(session, plan, form)
            log.info("saved new plan %s", new_id)
            return new_id
        row = _get(session, plan_id, lock=expected_version is not None)
        check_version(f"budget plan {row.name}", row, expected_version)
        _write(row, plan, form)
        activity.record(session, "plan", plan_id, "updated", plan.name)
    log.info("saved plan %s", plan_id)
    return plan_id


def _get(session: Session, plan_id: int, lock: bool = False) -> PlanRow:
    # lock: on a server, hold the row until the save commits (SQLite locks the whole file)
    row = session.get(PlanRow, plan_id, with_for_update=lock or None)
    if row is None:
        raise PlanNotFoundError(plan_id)
    return row


# --- reading -------------------------------------------------------------------------------


def _item_dict(item: PlanItem) -> dict[str, Any]:
    extra = json.loads(item.extra or "{}")
    data: dict[str, Any] = {key: getattr(item, key) for key in _ITEM_COLUMNS}
    data["amount"] = extra.pop("amount", f"{item.amount:f}")
    data = {k: v for k, v in data.items() if v is not None and v != ""}
    if Decimal(item.escalation or "0") != 0:
        data["escalation"] = item.escalation
    data.update(extra)
    return data


def _read(row: PlanRow) -> tuple[BudgetPlan, PlanForm | None]:
    settings = json.loads(row.settings or "{}")
    wizard = settings.pop(_WIZARD, None)
    data = {
        **settings,
        "name": row.name,
        "currency": row.currency,
        "horizon_years": row.horizon_years,
        "discount_rate": row.discount_rate,
        "users": row.users,
        "costs": [_item_dict(i) for i in row.items if i.side == "cost"],
        "benefits": [_item_dict(i) for i in row.items if i.side == "benefit"],
    }
    form = form_from_dict(wizard) if wizard is not None else None
    return plan_from_dict(data), form


def load_plan(db: Database, plan_id: int) -> StoredPlan:
    """The saved plan ``plan_id`` (also a deleted one, for restore and undo)."""
    with db.session() as session:
        row = _get(session, plan_id)
        plan, form = _read(row)
        return StoredPlan(
            row.id, plan, form, row.updated_at, row.version or 1, row.updated_by or ""
        )


def plan_version(db: Database, plan_id: int) -> int:
    """The stored version of a plan (what an edit names as ``expected_version``)."""
    with db.session() as session:
        return _get(session, plan_id).version or 1


def _summary(row: PlanRow) -> PlanSummary:
    return PlanSummary(
        id=row.id,
        name=row.name,
        currency=row.currency,
        total_cost=row.total_cost,
        npv=row.npv,
        payback_years=None if row.payback_years is None else Decimal(row.payback_years),
        updated_at=row.updated_at,
        deleted_at=row.deleted_at,
    )


def list_plans(db: Database, deleted: bool = False) -> list[PlanSummary]:
    """Saved plans, most recently changed first; ``deleted`` lists the recycle bin instead."""
    with db.session() as session:
        query = select(PlanRow).order_by(PlanRow.updated_at.desc(), PlanRow.id.desc())
        if deleted:
            query = query.where(PlanRow.deleted_at.is_not(None))
        else:
            query = query.where(PlanRow.deleted_at.is_(None))
        return [_summary(row) for row in session.scalars(query)]


# --- copies and deletion -------------------------------------------------------------------


def duplicate_plan(db: Database, plan_id: int, name: str) -> int:
    """Save a copy of a plan under ``name`` (the caller translates "Copy of ..."); its id."""
    with db.session() as session:
        plan, form = _read(_get(session, plan_id))
        copy = replace(plan, name=name)
        if form is not None:
            form.set("scope.name", name)
        new_id = add_plan(session, copy, form)
    log.info("duplicated plan %s as %s", plan_id, new_id)
    return new_id


def delete_plan(db: Database, plan_id: int) -> None:
    """Move a plan to the recycle bin (``restore_plan`` brings it back)."""
    with db.session() as session:
        row = _get(session, plan_id)
        row.deleted_at = utcnow()
        activity.record(session, "plan", plan_id, "deleted", row.name)


def restore_plan(db: Database, plan_id: int) -> None:
    """Bring a deleted plan back into the list."""
    with db.session() as session:
        row = _get(session, plan_id)
        row.deleted_at = None
        activity.record(session, "plan", plan_id, "restored", row.name)
