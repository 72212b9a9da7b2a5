"""The wizard's rows: the usual sub-items of each category, with the help shown for each.

Cell keys are ``<row key>.<cell>`` (``custom.design.days``); see ``plan_form_spec.CELLS``.
"""

from __future__ import annotations

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.planning.categories import BenefitCategory, CostCategory
from crmdesk.domain.planning.form.spec import FormRow, RowLayout

C = CostCategory
B = BenefitCategory

ROW_TABLE: tuple[FormRow, ...] = (
    FormRow(
        "custom.requirements_analysis",
        C.CUSTOMISATION,
        "requirements_analysis",
        RowLayout.LABOUR,
        QT_TRANSLATE_NOOP("PlanForm", "Workshops to write down what the CRM must do."),
    ),
    FormRow(
        "custom.design",
        C.CUSTOMISATION,
        "design",
        RowLayout.LABOUR,
        QT_TRANSLATE_NOOP("PlanForm", "Designing fields, screens, workflows and reports."),
    ),
    FormRow(
        "custom.development",
        C.CUSTOMISATION,
        "development",
        RowLayout.LABOUR,
        QT_TRANSLATE_NOOP(
            "PlanForm",
            "Building what the standard product lacks. Prefer the standard product: customisation "
            "also raises maintenance.",
        ),
    ),
    FormRow(
        "custom.testing",
        C.CUSTOMISATION,
        "testing",
        RowLayout.LABOUR,
        QT_TRANSLATE_NOOP("PlanForm", "Unit, integration and stress testing before go-live."),
    ),
    FormRow(
        "custom.integration_erp",
        C.CUSTOMISATION,
        "integration_erp",
        RowLayout.LABOUR,
        QT_TRANSLATE_NOOP("PlanForm", "Linking the CRM with your ERP (orders, stock, customers)."),
    ),
    FormRow(
        "custom.integration_finance",
        C.CUSTOMISATION,
        "integration_finance",
        RowLayout.LABOUR,
        QT_TRANSLATE_NOOP("PlanForm", "Linking the CRM with your finance or invoicing software."),
    ),
    FormRow(
        "custom.integration_ecommerce",
        C.CUSTOMISATION,
        "integration_ecommerce",
        RowLayout.LABOUR,
        QT_TRANSLATE_NOOP(
            "PlanForm", "Linking the CRM with your online shop or marketplace accounts."
        ),
    ),
    FormRow(
        "custom.collection",
        C.DATA_MIGRATION,
        "collection",
        RowLayout.LABOUR,
        QT_TRANSLATE_NOOP(
            "PlanForm", "Gathering customer data from spreadsheets, phones and old systems."
        ),
    ),
    FormRow(
        "custom.cleaning",
        C.DATA_MIGRATION,
        "cleaning",
        RowLayout.LABOUR,
        QT_TRANSLATE_NOOP(
            "PlanForm", "Correcting wrong and placeholder data: garbage in, garbage out."
        ),
    ),
    FormRow(
        "custom.deduplication",
        C.DATA_MIGRATION,
        "deduplication",
        RowLayout.LABOUR,
        QT_TRANSLATE_NOOP("PlanForm", "Merging customers entered twice."),
    ),
    FormRow(
        "custom.conversion",
        C.DATA_MIGRATION,
        "conversion",
        RowLayout.LABOUR,
        QT_TRANSLATE_NOOP(
            "PlanForm", "Converting the data into the new system's format and importing it."
        ),
    ),
    FormRow(
        "custom.configuration",
        C.DATA_MIGRATION,
        "configuration",
        RowLayout.LABOUR,
        QT_TRANSLATE_NOOP("PlanForm", "Setting up users, rights, fields and go-live checks."),
    ),
    FormRow(
        "licence.other_software",
        C.LICENCE,
        "other_software",
        RowLayout.ONCE_YEARLY,
        QT_TRANSLATE_NOOP(
            "PlanForm", "Database, operating system or other software the CRM needs."
        ),
    ),
    FormRow(
        "maint.technical_support",
        C.MAINTENANCE,
        "technical_support",
        RowLayout.ONCE_YEARLY,
        QT_TRANSLATE_NOOP("PlanForm", "A support contract: phone, help desk and remote help."),
    ),
    FormRow(
        "maint.upgrades",
        C.MAINTENANCE,
        "upgrades",
        RowLayout.ONCE_YEARLY,
        QT_TRANSLATE_NOOP(
            "PlanForm", "Upgrades, bug fixes and patches, including upkeep of your customisations."
        ),
    ),
    FormRow(
        "maint.admin_time",
        C.MAINTENANCE,
        "admin_time",
        RowLayout.ONCE_YEARLY,
        QT_TRANSLATE_NOOP(
            "PlanForm", "Time your own administrator spends on users, rights and data each year."
        ),
    ),
    FormRow(
        "maint.servers",
        C.HARDWARE,
        "servers",
        RowLayout.ONCE_YEARLY,
        QT_TRANSLATE_NOOP(
            "PlanForm", "Servers, storage and network for a system you host yourself."
        ),
    ),
    FormRow(
        "maint.pcs",
        C.HARDWARE,
        "pcs",
        RowLayout.ONCE_YEARLY,
        QT_TRANSLATE_NOOP("PlanForm", "New or upgraded PCs and phones for CRM users."),
    ),
    FormRow(
        "maint.cloud_hosting",
        C.HARDWARE,
        "cloud_hosting",
        RowLayout.ONCE_YEARLY,
        QT_TRANSLATE_NOOP("PlanForm", "Cloud servers for a self-hosted or open-source CRM."),
    ),
    FormRow(
        "maint.backup",
        C.SECURITY,
        "backup",
        RowLayout.ONCE_YEARLY,
        QT_TRANSLATE_NOOP("PlanForm", "Backup strategy, media and off-site copies."),
    ),
    FormRow(
        "maint.monitoring",
        C.SECURITY,
        "monitoring",
        RowLayout.ONCE_YEARLY,
        QT_TRANSLATE_NOOP("PlanForm", "Firewall, intrusion detection and monitoring."),
    ),
    FormRow(
        "maint.personal_information",
        C.COMPLIANCE,
        "personal_information",
        RowLayout.ONCE_YEARLY,
        QT_TRANSLATE_NOOP(
            "PlanForm",
            "Meeting China's Personal Information Protection Law (PIPL): consent, access rules, "
            "audits.",
        ),
    ),
    FormRow(
        "maint.legal_review",
        C.COMPLIANCE,
        "legal_review",
        RowLayout.ONCE_YEARLY,
        QT_TRANSLATE_NOOP("PlanForm", "A lawyer's review of contracts and data processing."),
    ),
    FormRow(
        "other.planning",
        C.PROJECT_MANAGEMENT,
        "planning",
        RowLayout.ONCE_YEARLY,
        QT_TRANSLATE_NOOP(
            "PlanForm", "Planning and requirements meetings: the time of managers and staff counts."
        ),
    ),
    FormRow(
        "other.process_change",
        C.PROJECT_MANAGEMENT,
        "process_change",
        RowLayout.ONCE_YEARLY,
        QT_TRANSLATE_NOOP(
            "PlanForm", "Changing how sales and service work so the CRM is actually used."
        ),
    ),
    FormRow(
        "other.internal_promotion",
        C.PROJECT_MANAGEMENT,
        "internal_promotion",
        RowLayout.ONCE_YEARLY,
        QT_TRANSLATE_NOOP(
            "PlanForm", "Promoting the CRM inside the company: launch, champions, follow-up."
        ),
    ),
    FormRow(
        "benefits.software_retired",
        B.COST_SAVING,
        "software_retired",
        RowLayout.YEARLY,
        QT_TRANSLATE_NOOP(
            "PlanForm", "Software or spreadsheets' subscriptions you will no longer pay for."
        ),
    ),
    FormRow(
        "benefits.printing",
        B.COST_SAVING,
        "printing",
        RowLayout.YEARLY,
        QT_TRANSLATE_NOOP("PlanForm", "Printing, paper forms and postage saved."),
    ),
    FormRow(
        "benefits.order_errors",
        B.COST_SAVING,
        "order_errors",
        RowLayout.YEARLY,
        QT_TRANSLATE_NOOP("PlanForm", "Cost of wrong orders, returns and re-deliveries avoided."),
    ),
    FormRow(
        "benefits.marketing_waste",
        B.COST_SAVING,
        "marketing_waste",
        RowLayout.YEARLY,
        QT_TRANSLATE_NOOP(
            "PlanForm", "Marketing spent on the wrong customers, saved by better targeting."
        ),
    ),
)
