"""What a CRM budget is made of: cost and benefit categories, their sub-items, item kinds.

The tables follow DOMAIN.md ("Cost categories the planner must offer"). Labels are English
source strings marked for translation in the "Plan" context; the wizard and the PDF show
``tr(label)``. Keys (``"licence"``, ``"learning_time"``) are what plan files store.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP


class ItemKind(str, Enum):
    """How an item's amount turns into yearly flows (see ARCHITECTURE.md, the plan file)."""

    ONE_OFF = "one_off"  # once, at ``year``
    ANNUAL = "annual"  # every year from_year..to_year
    PER_USER_MONTH = "per_user_month"  # amount x users x 12, every year from_year..to_year


class CostCategory(str, Enum):
    """Cost categories a plan's items use. The contingency reserve is not one of them: it is
    computed from the contingency rate and shown as its own line (``CONTINGENCY``)."""

    LICENCE = "licence"
    CUSTOMISATION = "customisation"
    DATA_MIGRATION = "data_migration"
    TRAINING = "training"
    MAINTENANCE = "maintenance"
    HARDWARE = "hardware"
    SECURITY = "security"
    COMPLIANCE = "compliance"
    PROJECT_MANAGEMENT = "project_management"
    OTHER = "other"


class BenefitCategory(str, Enum):
    """Benefit categories; intangible benefits are listed separately and never become cash."""

    REVENUE = "revenue"
    COST_SAVING = "cost_saving"
    TIME_SAVING = "time_saving"
    RETENTION = "retention"
    OTHER = "other"


CONTINGENCY = "contingency"
"""Key of the computed contingency line in cash-flow tables (next to the cost categories)."""

COST_CATEGORY_LABELS: dict[str, str] = {
    CostCategory.LICENCE.value: QT_TRANSLATE_NOOP("Plan", "Licence"),
    CostCategory.CUSTOMISATION.value: QT_TRANSLATE_NOOP("Plan", "Customisation"),
    CostCategory.DATA_MIGRATION.value: QT_TRANSLATE_NOOP("Plan", "Data migration & go-live"),
    CostCategory.TRAINING.value: QT_TRANSLATE_NOOP("Plan", "Training"),
    CostCategory.MAINTENANCE.value: QT_TRANSLATE_NOOP("Plan", "Maintenance & support"),
    CostCategory.HARDWARE.value: QT_TRANSLATE_NOOP("Plan", "Hardware & hosting"),
    CostCategory.SECURITY.value: QT_TRANSLATE_NOOP("Plan", "Security & backup"),
    CostCategory.COMPLIANCE.value: QT_TRANSLATE_NOOP("Plan", "Legal & compliance"),
    CostCategory.PROJECT_MANAGEMENT.value: QT_TRANSLATE_NOOP("Plan", "Project & change management"),
    CONTINGENCY: QT_TRANSLATE_NOOP("Plan", "Contingency reserve"),
    CostCategory.OTHER.value: QT_TRANSLATE_NOOP("Plan", "Other costs"),
}
"""Labels of every cost line, in the order tables show them (contingency included)."""

BENEFIT_CATEGORY_LABELS: dict[str, str] = {
    BenefitCategory.REVENUE.value: QT_TRANSLATE_NOOP("Plan", "Revenue (margin on extra sales)"),
    BenefitCategory.COST_SAVING.value: QT_TRANSLATE_NOOP("Plan", "Cost savings"),
    BenefitCategory.TIME_SAVING.value: QT_TRANSLATE_NOOP("Plan", "Time saved"),
    BenefitCategory.RETENTION.value: QT_TRANSLATE_NOOP("Plan", "Customer retention"),
    BenefitCategory.OTHER.value: QT_TRANSLATE_NOOP("Plan", "Other benefits"),
}

ITEM_KIND_LABELS: dict[ItemKind, str] = {
    ItemKind.ONE_OFF: QT_TRANSLATE_NOOP("Plan", "One-off"),
    ItemKind.ANNUAL: QT_TRANSLATE_NOOP("Plan", "Every year"),
    ItemKind.PER_USER_MONTH: QT_TRANSLATE_NOOP("Plan", "Per user per month"),
}

BUSINESS_COST_CATEGORIES = frozenset({CostCategory.TRAINING, CostCategory.PROJECT_MANAGEMENT})
"""Business (not IT) costs: planning, training, learning time, process change. A plan with
none of them is incomplete; they are usually about as large as the IT costs."""

IMPLEMENTATION_LABOUR_CATEGORIES = frozenset(
    {CostCategory.CUSTOMISATION, CostCategory.DATA_MIGRATION, CostCategory.PROJECT_MANAGEMENT}
)
"""One-off implementation labour and services: the base yearly maintenance is compared to."""


@dataclass(frozen=True)
class SubItem:
    """A usual line inside a category (DOMAIN.md), offered by the wizard as a starting label."""

    key: str
    label: str


_S = SubItem

COST_SUB_ITEMS: dict[CostCategory, tuple[SubItem, ...]] = {
    CostCategory.LICENCE: (
        _S("per_user_subscription", QT_TRANSLATE_NOOP("Plan", "Per-user subscription")),
        _S("perpetual_licence", QT_TRANSLATE_NOOP("Plan", "Perpetual licence")),
        _S("module_licence", QT_TRANSLATE_NOOP("Plan", "Per-module licence")),
        _S(
            "support_contract",
            QT_TRANSLATE_NOOP("Plan", "Annual maintenance/support contract (perpetual licence)"),
        ),
        _S("other_software", QT_TRANSLATE_NOOP("Plan", "Database, OS and other software")),
        _S("onboarding", QT_TRANSLATE_NOOP("Plan", "One-off onboarding and set-up fee")),
    ),
    CostCategory.CUSTOMISATION: (
        _S("requirements_analysis", QT_TRANSLATE_NOOP("Plan", "Requirements analysis")),
        _S("design", QT_TRANSLATE_NOOP("Plan", "Design")),
        _S("development", QT_TRANSLATE_NOOP("Plan", "Development")),
        _S("testing", QT_TRANSLATE_NOOP("Plan", "Testing (unit, integration, stress)")),
        _S("integration", QT_TRANSLATE_NOOP("Plan", "Integration with ERP, finance, e-commerce")),
        _S("integration_erp", QT_TRANSLATE_NOOP("Plan", "Integration with ERP")),
        _S("integration_finance", QT_TRANSLATE_NOOP("Plan", "Integration with finance")),
        _S("integration_ecommerce", QT_TRANSLATE_NOOP("Plan", "Integration with e-commerce")),
    ),
    CostCategory.DATA_MIGRATION: (
        _S("collection", QT_TRANSLATE_NOOP("Plan", "Data collection")),
        _S("cleaning", QT_TRANSLATE_NOOP("Plan", "Data cleaning")),
        _S("deduplication", QT_TRANSLATE_NOOP("Plan", "Deduplication")),
        _S("conversion", QT_TRANSLATE_NOOP("Plan", "Conversion")),
        _S("configuration", QT_TRANSLATE_NOOP("Plan", "Configuration")),
    ),
    CostCategory.TRAINING: (
        _S("course_fees", QT_TRANSLATE_NOOP("Plan", "Course fees")),
        _S("trainer", QT_TRANSLATE_NOOP("Plan", "Trainer")),
        _S("materials", QT_TRANSLATE_NOOP("Plan", "Training materials")),
        _S("learning_time", QT_TRANSLATE_NOOP("Plan", "Staff learning time (lost productivity)")),
        _S("refresher", QT_TRANSLATE_NOOP("Plan", "Refresher training (new staff, new features)")),
    ),
    CostCategory.MAINTENANCE: (
        _S("upgrades", QT_TRANSLATE_NOOP("Plan", "Upgrades")),
        _S("bug_fixes", QT_TRANSLATE_NOOP("Plan", "Bug fixes")),
        _S("patches", QT_TRANSLATE_NOOP("Plan", "Patches")),
        _S(
            "technical_support",
            QT_TRANSLATE_NOOP("Plan", "Technical support (phone, help desk, remote)"),
        ),
        _S("admin_time", QT_TRANSLATE_NOOP("Plan", "Administrator time")),
    ),
    CostCategory.HARDWARE: (
        _S("servers", QT_TRANSLATE_NOOP("Plan", "Servers")),
        _S("storage", QT_TRANSLATE_NOOP("Plan", "Storage")),
        _S("network", QT_TRANSLATE_NOOP("Plan", "Network")),
        _S("pcs", QT_TRANSLATE_NOOP("Plan", "PCs")),
        _S("cloud_hosting", QT_TRANSLATE_NOOP("Plan", "Cloud hosting")),
        _S("backup_devices", QT_TRANSLATE_NOOP("Plan", "Backup devices")),
    ),
    CostCategory.SECURITY: (
        _S("backup", QT_TRANSLATE_NOOP("Plan", "Backup strategy and media")),
        _S("firewall", QT_TRANSLATE_NOOP("Plan", "Firewall")),
        _S("intrusion_detection", QT_TRANSLATE_NOOP("Plan", "Intrusion detection")),
        _S("monitoring", QT_TRANSLATE_NOOP("Plan", "Monitoring")),
    ),
    CostCategory.COMPLIANCE: (
        _S("legal_review", QT_TRANSLATE_NOOP("Plan", "Legal review")),
        _S(
            "personal_information",
            QT_TRANSLATE_NOOP("Plan", "Personal-information protection (PIPL)"),
        ),
        _S("permits", QT_TRANSLATE_NOOP("Plan", "Licences and permits")),
    ),
    CostCategory.PROJECT_MANAGEMENT: (
        _S("planning", QT_TRANSLATE_NOOP("Plan", "Planning and requirements meetings")),
        _S("process_change", QT_TRANSLATE_NOOP("Plan", "Process change")),
        _S("internal_promotion", QT_TRANSLATE_NOOP("Plan", "Internal promotion")),
    ),
    CostCategory.OTHER: (),
}

BENEFIT_SUB_ITEMS: dict[BenefitCategory, tuple[SubItem, ...]] = {
    BenefitCategory.REVENUE: (
        _S("revenue_uplift", QT_TRANSLATE_NOOP("Plan", "Revenue uplift (margin)")),
        _S("conversion_rate", QT_TRANSLATE_NOOP("Plan", "Higher close/conversion rate")),
        _S("shorter_cycle", QT_TRANSLATE_NOOP("Plan", "Shorter sales cycle")),
    ),
    BenefitCategory.COST_SAVING: (
        _S("software_retired", QT_TRANSLATE_NOOP("Plan", "Software retired")),
        _S("printing", QT_TRANSLATE_NOOP("Plan", "Printing")),
        _S("duplicate_entry", QT_TRANSLATE_NOOP("Plan", "Less duplicate data entry")),
        _S("order_errors", QT_TRANSLATE_NOOP("Plan", "Fewer order errors")),
        _S("marketing_waste", QT_TRANSLATE_NOOP("Plan", "Less marketing waste")),
    ),
    BenefitCategory.TIME_SAVING: (
        _S("automation", QT_TRANSLATE_NOOP("Plan", "Time saved through automation")),
        _S("sales_admin", QT_TRANSLATE_NOOP("Plan", "Less sales administration")),
        _S("service_time", QT_TRANSLATE_NOOP("Plan", "Faster service response and resolution")),
    ),
    BenefitCategory.RETENTION: (
        _S("churn_reduction", QT_TRANSLATE_NOOP("Plan", "Lower churn")),
        _S("repeat_purchases", QT_TRANSLATE_NOOP("Plan", "More repeat purchases")),
    ),
    BenefitCategory.OTHER: (),
}

CRM_MODULES: dict[str, str] = {
    "customer_information": QT_TRANSLATE_NOOP("Plan", "Customer information management"),
    "sales_followup": QT_TRANSLATE_NOOP("Plan", "Sales follow-up"),
    "service": QT_TRANSLATE_NOOP("Plan", "Service management"),
    "marketing": QT_TRANSLATE_NOOP("Plan", "Marketing campaigns"),
    "analysis": QT_TRANSLATE_NOOP("Plan", "Analysis, reports and dashboards"),
    "data_security": QT_TRANSLATE_NOOP("Plan", "Data security and compliance"),
    "import_export": QT_TRANSLATE_NOOP("Plan", "Data import/export and integration"),
}
"""Module keys a plan may list (``modules``); plans may also list modules by free text."""

INTANGIBLE_SUGGESTIONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Plan", "Better decisions from a single customer view"),
    QT_TRANSLATE_NOOP("Plan", "Brand image and customer experience"),
    QT_TRANSLATE_NOOP("Plan", "Staff skills"),
    QT_TRANSLATE_NOOP("Plan", "Higher customer satisfaction and willingness to recommend"),
)
"""Intangible benefits the wizard suggests; reported in words, never added up as cash."""


def cost_sub_item_keys(category: CostCategory) -> frozenset[str]:
    """The sub-item keys valid for a cost category."""
    return frozenset(s.key for s in COST_SUB_ITEMS[category])


def benefit_sub_item_keys(category: BenefitCategory) -> frozenset[str]:
    """The sub-item keys valid for a benefit category."""
    return frozenset(s.key for s in BENEFIT_SUB_ITEMS[category])


def sub_item_label(category: CostCategory | BenefitCategory, key: str) -> str | None:
    """The (untranslated) label of a sub-item, or None if ``key`` is not one of ``category``'s."""
    table = (
        COST_SUB_ITEMS[category]
        if isinstance(category, CostCategory)
        else BENEFIT_SUB_ITEMS[category]
    )
    return next((s.label for s in table if s.key == key), None)
