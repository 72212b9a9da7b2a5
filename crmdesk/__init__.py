"""CRMDesk: an offline desktop CRM for small businesses, with a CRM budget planner."""

__version__ = "0.1.0"
APP_NAME = "CRMDesk"
ORG_NAME = "CRMDesk"
