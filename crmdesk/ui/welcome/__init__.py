"""The first-run welcome and the empty dashboard: set the business up, then three next steps."""

from crmdesk.ui.welcome.panel import WelcomePanel

__all__ = ["WelcomePanel"]
