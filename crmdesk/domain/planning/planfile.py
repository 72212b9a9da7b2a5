"""The ``crmdesk-plan`` version 1 JSON format (ARCHITECTURE.md, "The plan file").

Reading is strict: a wrong format or version, an unknown key, a missing field, a value of the
wrong type or out of range is a ``ValidationError`` whose ``field`` is the path of the value
at fault (``costs[2].year``). Amounts and rates are written as decimal strings; numbers are
accepted on reading. No file I/O here: ``crmdesk.services.planning.files`` reads and writes files.

Optional keys beyond the contract example (all validated, all omitted when empty):
``company_name``, ``industry``, ``staff``, ``amounts_include_vat`` (true/false),
``vat_note``, ``modules``, ``intangibles`` (lists of strings), ``risks`` (list of
``{"risk", "mitigation"}``) and ``notes`` on the plan; ``ramp`` (list of factors 0..1 for the
first years), ``users`` (per_user_month only), ``sub_item`` and ``notes`` on items.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.planning import jsonlimits
from crmdesk.domain.planning.categories import BenefitCategory, CostCategory, ItemKind
from crmdesk.domain.planning.plan import (
    BenefitItem,
    BudgetPlan,
    CostItem,
    PlanRisk,
    RiskAdjustment,
    validate_plan,
)
from crmdesk.domain.sentence import field_error

FORMAT = "crmdesk-plan"
VERSION = 1

_PLAN_REQUIRED: tuple[str, ...] = ("format", "version", "name", "currency", "horizon_years")
_PLAN_REQUIRED += ("discount_rate", "users", "costs", "benefits")
_PLAN_OPTIONAL = (
    "deployment_months",
    "contingency_rate",
    "risk_adjustment",
    "company_name",
    "industry",
    "staff",
    "amounts_include_vat",
    "vat_note",
    "modules",
    "intangibles",
    "risks",
    "notes",
)
_ITEM_REQUIRED = ("category", "kind", "amount")
_ITEM_OPTIONAL: tuple[str, ...] = (
    "label",
    "year",
    "from_year",
    "to_year",
    "escalation",
    "ramp",
    "users",
)
_ITEM_OPTIONAL += ("sub_item", "notes")
_DECIMAL = re.compile(r"^-?(?:\d+(?:\.\d*)?|\.\d+)$")

_WRONG_FORMAT = QT_TRANSLATE_NOOP("Validation", "this is not a CRMDesk plan file")
_WRONG_VERSION = QT_TRANSLATE_NOOP(
    "Validation", "version {version} is not supported (this CRMDesk reads version 1)"
)
_UNKNOWN_KEY = QT_TRANSLATE_NOOP("Validation", "is not a known field")
_MISSING = QT_TRANSLATE_NOOP("Validation", "is required")
_NOT_OBJECT = QT_TRANSLATE_NOOP("Validation", "must be an object")
_NOT_LIST = QT_TRANSLATE_NOOP("Validation", "must be a list")
_NOT_TEXT = QT_TRANSLATE_NOOP("Validation", "must be text")
_NOT_BOOL = QT_TRANSLATE_NOOP("Validation", "must be true or false")
_NOT_INT = QT_TRANSLATE_NOOP("Validation", "must be a whole number")
_NOT_DECIMAL = QT_TRANSLATE_NOOP(
    "Validation", 'must be a decimal number, as a string such as "0.10" or a number'
)
_NEGATIVE = QT_TRANSLATE_NOOP("Validation", "must not be negative")
_NOT_ONE_OF = QT_TRANSLATE_NOOP("Validation", "must be one of: {choices}")
_BAD_JSON = QT_TRANSLATE_NOOP(
    "Validation", "is not valid JSON: {error} at line {line}, column {column}"
)
_DUPLICATE_KEY = QT_TRANSLATE_NOOP("Validation", 'the key "{key}" appears twice')
_NOT_A_NUMBER = QT_TRANSLATE_NOOP("Validation", "{value} is not allowed in a plan file")


def _object(value: Any, path: str, required: tuple[str, ...], optional: tuple[str, ...]) -> Any:
    if not isinstance(value, Mapping):
        raise field_error(path, _NOT_OBJECT)
    prefix = f"{path}." if path else ""
    for key in value:
        if key not in required and key not in optional:
            raise field_error(f"{prefix}{key}", _UNKNOWN_KEY)
    for key in required:
        if key not in value:
            raise field_error(f"{prefix}{key}", _MISSING)
    return value


def _text(value: Any, path: str) -> str:
    if not isinstance(value, str):
        raise field_error(path, _NOT_TEXT)
    return value


def _integer(value: Any, path: str) -> int:
    if isinstance(value, bool):
        raise field_error(path, _NOT_INT)
    if isinstance(value, int):
        return value
    if isinstance(value, Decimal | float) and value == int(value):
        return int(value)  # 5.0 is a whole number written as a float
    raise field_error(path, _NOT_INT)


def _decimal(value: Any, path: str) -> Decimal:
    if isinstance(value, bool):
        raise field_error(path, _NOT_DECIMAL)
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        result = Decimal(repr(value))
    elif isinstance(value, str) and _DECIMAL.match(value.strip()):
        result = Decimal(value.strip())
    else:
        raise field_error(path, _NOT_DECIMAL)
    if not result.is_finite():
        raise field_error(path, _NOT_DECIMAL)
    if len(value if isinstance(value, str) else "") > jsonlimits.MAX_NUMBER_CHARS or (
        result and abs(result.adjusted()) > jsonlimits.MAX_EXPONENT
    ):
        raise field_error(path, jsonlimits._NUMBER_TOO_BIG, value=str(value)[:24])
    return result


def _amount(value: Any, path: str) -> Decimal:
    result = _decimal(value, path)
    if result < 0:
        raise field_error(path, _NEGATIVE)
    return result


def _choice(value: Any, path: str, choices: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise field_error(path, _NOT_ONE_OF, choices=", ".join(choices))
    return value


def _list(value: Any, path: str) -> list[Any]:
    if not isinstance(value, list):
        raise field_error(path, _NOT_LIST)
    return value


def _texts(value: Any, path: str) -> tuple[str, ...]:
    return tuple(_text(v, f"{path}[{i}]") for i, v in enumerate(_list(value, path)))


def _optional_int(data: Mapping[str, Any], key: str, path: str) -> int | None:
    where = f"{path}.{key}" if path else key
    return None if data.get(key) is None else _integer(data[key], where)


def _item_fields(data: Any, path: str) -> dict[str, Any]:
    """The fields cost and benefit items share, type-checked (ranges come later)."""
    item = _object(data, path, _ITEM_REQUIRED, _ITEM_OPTIONAL)
    kinds = tuple(k.value for k in ItemKind)
    fields: dict[str, Any] = {
        "kind": ItemKind(_choice(item["kind"], f"{path}.kind", kinds)),
        "amount": _amount(item["amount"], f"{path}.amount"),
        "label": _text(item.get("label", ""), f"{path}.label"),
        "year": _optional_int(item, "year", path),
        "from_year": _optional_int(item, "from_year", path),
        "to_year": _optional_int(item, "to_year", path),
        "escalation": _decimal(item.get("escalation", 0), f"{path}.escalation"),
        "ramp": tuple(
            _decimal(v, f"{path}.ramp[{i}]")
            for i, v in enumerate(_list(item.get("ramp", []), f"{path}.ramp"))
        ),
        "users": _optional_int(item, "users", path),
        "sub_item": None
        if item.get("sub_item") is None
        else _text(item["sub_item"], f"{path}.sub_item"),
        "notes": _text(item.get("notes", ""), f"{path}.notes"),
    }
    return fields


def _cost(data: Any, path: str) -> CostItem:
    fields = _item_fields(data, path)
    choices = tuple(c.value for c in CostCategory)
    category = CostCategory(_choice(data["category"], f"{path}.category", choices))
    return CostItem(category=category, **fields)


def _benefit(data: Any, path: str) -> BenefitItem:
    fields = _item_fields(data, path)
    choices = tuple(c.value for c in BenefitCategory)
    category = BenefitCategory(_choice(data["category"], f"{path}.category", choices))
    return BenefitItem(category=category, **fields)


def _risk_adjustment(data: Any) -> RiskAdjustment:
    path = "risk_adjustment"
    value = _object(data, path, (), ("benefits", "costs"))
    return RiskAdjustment(
        benefits=_amount(value.get("benefits", 0), f"{path}.benefits"),
        costs=_amount(value.get("costs", 0), f"{path}.costs"),
    )


def _risk(data: Any, path: str) -> PlanRisk:
    value = _object(data, path, ("risk",), ("mitigation",))
    return PlanRisk(
        _text(value["risk"], f"{path}.risk"),
        _text(value.get("mitigation", ""), f"{path}.mitigation"),
    )


def _check_header(data: Any) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise field_error("", _WRONG_FORMAT)
    if data.get("format") != FORMAT:
        raise field_error("format", _WRONG_FORMAT)
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version != VERSION:
        raise field_error("version", _WRONG_VERSION, version=json.dumps(version, default=str))
    return _object(data, "", _PLAN_REQUIRED, _PLAN_OPTIONAL)  # type: ignore[no-any-return]


def plan_from_dict(data: Any) -> BudgetPlan:
    """Read a ``crmdesk-plan`` v1 object (as parsed from JSON) into a validated ``BudgetPlan``.

    Raises ``ValidationError`` naming the path of the first value at fault.
    """
    plan = _check_header(data)
    optional_int = {key: _optional_int(plan, key, "") for key in ("deployment_months", "staff")}
    vat = plan.get("amounts_include_vat")
    if vat is not None and not isinstance(vat, bool):
        raise field_error("amounts_include_vat", _NOT_BOOL)
    result = BudgetPlan(
        name=_text(plan["name"], "name"),
        currency=_text(plan["currency"], "currency"),
        horizon_years=_integer(plan["horizon_years"], "horizon_years"),
        discount_rate=_amount(plan["discount_rate"], "discount_rate"),
        users=_integer(plan["users"], "users"),
        deployment_months=optional_int["deployment_months"],
        contingency_rate=None
        if plan.get("contingency_rate") is None
        else _amount(plan["contingency_rate"], "contingency_rate"),
        risk_adjustment=None
        if plan.get("risk_adjustment") is None
        else _risk_adjustment(plan["risk_adjustment"]),
        costs=tuple(_cost(c, f"costs[{i}]") for i, c in enumerate(_list(plan["costs"], "costs"))),
        benefits=tuple(
            _benefit(b, f"benefits[{i}]") for i, b in enumerate(_list(plan["benefits"], "benefits"))
        ),
        company_name=_text(plan.get("company_name", ""), "company_name"),
        industry=_text(plan.get("industry", ""), "industry"),
        staff=optional_int["staff"],
        amounts_include_vat=vat,
        vat_note=_text(plan.get("vat_note", ""), "vat_note"),
        modules=_texts(plan.get("modules", []), "modules"),
        intangibles=_texts(plan.get("intangibles", []), "intangibles"),
        risks=tuple(
            _risk(r, f"risks[{i}]") for i, r in enumerate(_list(plan.get("risks", []), "risks"))
        ),
        notes=_text(plan.get("notes", ""), "notes"),
    )
    return validate_plan(result)


# --- writing ---------------------------------------------------------------------------------


def _decimal_text(value: Decimal) -> str:
    """A decimal string without exponent (``Decimal("1E+3")`` is written ``"1000"``)."""
    return f"{value:f}"


def _item_to_dict(item: CostItem | BenefitItem) -> dict[str, Any]:
    result: dict[str, Any] = {"category": item.category.value}
    if item.label:
        result["label"] = item.label
    result["kind"] = item.kind.value
    result["amount"] = _decimal_text(item.amount)
    for key in ("year", "from_year", "to_year"):
        if getattr(item, key) is not None:
            result[key] = getattr(item, key)
    if item.escalation != 0:
        result["escalation"] = _decimal_text(item.escalation)
    if item.ramp:
        result["ramp"] = [_decimal_text(f) for f in item.ramp]
    if item.users is not None:
        result["users"] = item.users
    if item.sub_item is not None:
        result["sub_item"] = item.sub_item
    if item.notes:
        result["notes"] = item.notes
    return result


def _profile_to_dict(plan: BudgetPlan) -> dict[str, Any]:
    """The optional extensions, only those that are set."""
    result: dict[str, Any] = {}
    texts = {"company_name": plan.company_name, "industry": plan.industry}
    result.update({k: v for k, v in texts.items() if v})
    if plan.staff is not None:
        result["staff"] = plan.staff
    if plan.amounts_include_vat is not None:
        result["amounts_include_vat"] = plan.amounts_include_vat
    if plan.vat_note:
        result["vat_note"] = plan.vat_note
    if plan.modules:
        result["modules"] = list(plan.modules)
    if plan.intangibles:
        result["intangibles"] = list(plan.intangibles)
    if plan.risks:
        result["risks"] = [
            {"risk": r.risk, "mitigation": r.mitigation} if r.mitigation else {"risk": r.risk}
            for r in plan.risks
        ]
    return result


def plan_to_dict(plan: BudgetPlan) -> dict[str, Any]:
    """The plan as a ``crmdesk-plan`` v1 object: decimal strings, optional keys only if set."""
    result: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "name": plan.name,
        "currency": plan.currency,
        "horizon_years": plan.horizon_years,
        "discount_rate": _decimal_text(plan.discount_rate),
        "users": plan.users,
    }
    if plan.deployment_months is not None:
        result["deployment_months"] = plan.deployment_months
    if plan.contingency_rate is not None:
        result["contingency_rate"] = _decimal_text(plan.contingency_rate)
    if plan.risk_adjustment is not None:
        result["risk_adjustment"] = {
            "benefits": _decimal_text(plan.risk_adjustment.benefits),
            "costs": _decimal_text(plan.risk_adjustment.costs),
        }
    result.update(_profile_to_dict(plan))
    result["costs"] = [_item_to_dict(c) for c in plan.costs]
    result["benefits"] = [_item_to_dict(b) for b in plan.benefits]
    if plan.notes:
        result["notes"] = plan.notes
    return result


def plan_to_json(plan: BudgetPlan) -> str:
    """The plan as UTF-8-ready JSON text (Chinese kept readable, two-space indent)."""
    return json.dumps(plan_to_dict(plan), ensure_ascii=False, indent=2) + "\n"


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise field_error("", _DUPLICATE_KEY, key=key)
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise field_error("", _NOT_A_NUMBER, value=name)


def plan_from_json(text: str) -> BudgetPlan:
    """Parse and validate plan JSON. Numbers are read as ``Decimal`` (never through float);
    NaN/Infinity and duplicate keys are refused."""
    jsonlimits.check_depth(text)
    try:
        data = json.loads(
            text,
            parse_float=jsonlimits.parse_decimal,
            parse_int=jsonlimits.parse_int,
            parse_constant=_no_constants,
            object_pairs_hook=_no_duplicates,
        )
    except json.JSONDecodeError as error:
        raise field_error(
            "", _BAD_JSON, error=error.msg, line=str(error.lineno), column=str(error.colno)
        ) from None
    except RecursionError:  # pragma: no cover - check_depth keeps far below the limit
        raise field_error("", jsonlimits._TOO_DEEP, depth=str(jsonlimits.MAX_DEPTH)) from None
    jsonlimits.check_text(data)
    return plan_from_dict(data)
