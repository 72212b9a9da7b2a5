"""Shipped presets are dated, sourced and valid; bad files name the file and field."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from crmdesk.domain.errors import UserError
from crmdesk.domain.planning.estimates import subscription
from crmdesk.services.planning.presets import (
    PresetFileError,
    load_preset_file,
    load_presets,
    presets_dir,
)


def test_shipped_presets_load_with_dates_and_sources() -> None:
    files = load_presets()
    assert {f.path.name for f in files} >= {
        "saas_international.json",
        "saas_china.json",
        "rates.json",
    }
    for preset in files:
        assert preset.as_of and preset.source and preset.title
    products = {p.id: p for f in files for p in f.products}
    assert products["salesforce_starter"].price == Decimal("25")
    assert products["salesforce_starter"].currency == "USD"
    assert products["fxiaoke_lower"].price == Decimal("119")
    assert products["fxiaoke_lower"].minimum_term_months == 12
    assert products["neocrm"].price is None  # quote on request
    assert products["hubspot_sales_professional"].one_off_fee == Decimal("1500")
    rates = {r.id: r for f in files for r in f.rates}
    assert (rates["perpetual_maintenance_rate"].low, rates["perpetual_maintenance_rate"].high) == (
        Decimal("0.18"),
        Decimal("0.22"),
    )
    assert rates["customisation_day_rate"].high == Decimal("4000")


def test_a_preset_price_becomes_a_plan_item() -> None:
    china = load_preset_file(presets_dir() / "saas_china.json")
    price = next(p for p in china.products if p.id == "fxiaoke_higher").price
    assert price is not None
    item = subscription(price, to_year=3)
    assert item.amount == Decimal("220") and item.sub_item == "per_user_subscription"


def base() -> dict[str, Any]:
    return {
        "format": "crmdesk-presets",
        "version": 1,
        "title": "t",
        "as_of": "2025-06",
        "source": "s",
        "currency": "CNY",
        "products": [
            {"id": "a", "vendor": "v", "product": "p", "price_per_user_month": "10"},
        ],
        "rates": [{"id": "r", "label": "l", "unit": "u", "low": "0.1", "high": "0.2"}],
    }


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"format": "x"}, "format"),
        ({"version": 2}, "version"),
        ({"as_of": "last year"}, "as_of"),
        ({"as_of": ""}, "as_of"),
        ({"extra": 1}, "extra"),
        ({"currency": "cny"}, "currency"),
        (
            {"products": [{"id": "a", "vendor": "v", "product": "p"}]},
            "products[0].price_per_user_month",
        ),
        (
            {
                "products": [
                    {"id": "a", "vendor": "v", "product": "p", "price_per_user_month": "-1"}
                ]
            },
            "products[0].price_per_user_month",
        ),
        (
            {
                "products": [
                    {"id": "A b", "vendor": "v", "product": "p", "price_per_user_month": "1"}
                ]
            },
            "products[0].id",
        ),
        (
            {"rates": [{"id": "r", "label": "l", "unit": "u", "low": "0.3", "high": "0.2"}]},
            "rates[0].high",
        ),
        (
            {"rates": [{"id": "a", "label": "l", "unit": "u", "low": "0.1", "high": "0.2"}]},
            "rates[0].id",
        ),
    ],
)
def test_invalid_presets_name_file_and_field(
    tmp_path: Path, change: dict[str, Any], field: str
) -> None:
    data = base()
    data.update(change)
    target = tmp_path / "p.json"
    target.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PresetFileError) as caught:
        load_preset_file(target)
    assert caught.value.field == field
    assert str(caught.value).startswith(f"{target}: {field}: ")


def test_unreadable_presets(tmp_path: Path) -> None:
    target = tmp_path / "p.json"
    target.write_text("{", encoding="utf-8")
    with pytest.raises(UserError, match="is not valid JSON"):
        load_preset_file(target)
    with pytest.raises(UserError, match="cannot be read"):
        load_preset_file(tmp_path / "missing.json")


def test_a_valid_custom_presets_folder(tmp_path: Path) -> None:
    (tmp_path / "mine.json").write_text(json.dumps(base()), encoding="utf-8")
    (preset,) = load_presets(tmp_path)
    assert preset.as_of == "2025-06" and preset.products[0].currency == "CNY"
