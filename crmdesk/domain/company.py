"""The business's own company profile as the reports print it (plain values, no database).

Callers fill a :class:`CompanyProfile` from the business settings
(``crmdesk.settings.company_profile``) and hand it to a report builder, which prints it as a
letterhead on the first page.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CompanyProfile:
    """Name, address, tax ID, phone, e-mail and logo (PNG or JPEG bytes; empty: none)."""

    name: str = ""
    address: str = ""
    tax_id: str = ""
    phone: str = ""
    email: str = ""
    logo: bytes = b""

    def is_empty(self) -> bool:
        """True when there is nothing to print."""
        return not any(
            (
                self.name.strip(),
                self.address.strip(),
                self.tax_id.strip(),
                self.phone.strip(),
                self.email.strip(),
                self.logo,
            )
        )

    def contact_line_parts(self) -> list[tuple[str, str]]:
        """(kind, value) of the filled contact details, in print order: tax_id, phone, email."""
        return [
            (kind, value.strip())
            for kind, value in (
                ("tax_id", self.tax_id),
                ("phone", self.phone),
                ("email", self.email),
            )
            if value.strip()
        ]
