"""The DOMAIN.md risk list, translatable, with default mitigations."""

from __future__ import annotations

from crmdesk.domain.planning.plan import PlanRisk
from crmdesk.domain.planning.risks import RISKS, default_risks, describe_risk


def test_every_domain_risk_is_listed_with_a_mitigation() -> None:
    assert [r.key for r in RISKS] == [
        "budget_overrun",
        "low_adoption",
        "high_maintenance",
        "data_silos",
        "garbage_data",
        "vendor_lock_in",
        "security_incident",
    ]
    assert all(r.risk and r.mitigation for r in RISKS)
    assert [r.risk for r in default_risks()] == [r.key for r in RISKS]


def test_known_risks_translate_and_own_words_pass_through() -> None:
    shout = lambda context, source: source.upper()  # noqa: E731
    label, mitigation = describe_risk(PlanRisk("low_adoption"))
    assert label.render(shout) == "LOW USER ADOPTION"
    assert mitigation.message.startswith("Involve users")
    label, mitigation = describe_risk(PlanRisk("low_adoption", "Weekly {coaching}"))
    assert mitigation.render(shout) == "Weekly {coaching}"
    label, mitigation = describe_risk(PlanRisk("Key staff leave"))
    assert (label.render(shout), mitigation.message) == ("Key staff leave", "")
