"""The risks every CRM plan should list (DOMAIN.md), each with a default mitigation.

A plan stores a risk by key (``"low_adoption"``) or in the user's own words; an empty
mitigation stands for the default one. ``describe_risk`` turns either into two sentences the
wizard and the PDF translate (context "Risks"); the user's own words pass through unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.planning.plan import PlanRisk
from crmdesk.domain.sentence import Sentence, verbatim

CONTEXT = "Risks"


@dataclass(frozen=True)
class KnownRisk:
    """A risk from DOMAIN.md's list with the mitigation the planner proposes."""

    key: str
    risk: str
    mitigation: str


RISKS: tuple[KnownRisk, ...] = (
    KnownRisk(
        "budget_overrun",
        QT_TRANSLATE_NOOP("Risks", "Budget overrun and schedule slip"),
        QT_TRANSLATE_NOOP(
            "Risks",
            "Hold a contingency reserve, deploy in phases and compare actual spending with the"
            " plan every month.",
        ),
    ),
    KnownRisk(
        "low_adoption",
        QT_TRANSLATE_NOOP("Risks", "Low user adoption"),
        QT_TRANSLATE_NOOP(
            "Risks",
            "Involve users in choosing and configuring the system, train everyone before"
            " go-live and have managers work from the CRM themselves.",
        ),
    ),
    KnownRisk(
        "high_maintenance",
        QT_TRANSLATE_NOOP("Risks", "High maintenance and support cost"),
        QT_TRANSLATE_NOOP(
            "Risks",
            "Prefer the standard product to customisation, budget maintenance explicitly and"
            " train users well, since weak training raises support cost.",
        ),
    ),
    KnownRisk(
        "data_silos",
        QT_TRANSLATE_NOOP("Risks", "Data silos between departments"),
        QT_TRANSLATE_NOOP(
            "Risks",
            "Agree one customer record for sales, service and finance, and plan the"
            " integrations and data import from the start.",
        ),
    ),
    KnownRisk(
        "garbage_data",
        QT_TRANSLATE_NOOP(
            "Risks", "Garbage in, garbage out: placeholder or wrong data entered by users"
        ),
        QT_TRANSLATE_NOOP(
            "Risks",
            "Clean and deduplicate data before migration, make key fields mandatory and"
            " check data quality regularly.",
        ),
    ),
    KnownRisk(
        "vendor_lock_in",
        QT_TRANSLATE_NOOP("Risks", "Vendor lock-in"),
        QT_TRANSLATE_NOOP(
            "Risks",
            "Check that all data can be exported in open formats, keep regular exports and"
            " avoid long contracts until the system has proved itself.",
        ),
    ),
    KnownRisk(
        "security_incident",
        QT_TRANSLATE_NOOP("Risks", "Security incident or data leak"),
        QT_TRANSLATE_NOOP(
            "Risks",
            "Give each user only the access they need, keep backups and an audit trail, and"
            " follow personal-information law (PIPL).",
        ),
    ),
)

RISKS_BY_KEY: dict[str, KnownRisk] = {r.key: r for r in RISKS}


def default_risks() -> tuple[PlanRisk, ...]:
    """The full DOMAIN.md list as plan risks with default mitigations (the wizard's start)."""
    return tuple(PlanRisk(r.key) for r in RISKS)


def describe_risk(risk: PlanRisk) -> tuple[Sentence, Sentence]:
    """The risk and its mitigation as sentences: translated for known keys, else verbatim."""
    known = RISKS_BY_KEY.get(risk.risk)
    label = Sentence(CONTEXT, known.risk) if known else verbatim(risk.risk)
    if risk.mitigation:
        mitigation = verbatim(risk.mitigation)
    elif known:
        mitigation = Sentence(CONTEXT, known.mitigation)
    else:
        mitigation = verbatim("")
    return label, mitigation
