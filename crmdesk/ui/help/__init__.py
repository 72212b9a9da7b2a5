"""The offline Help: short HTML pages under resources/help/<language>/ in a text browser."""

from crmdesk.ui.help.dialog import TOPICS, HelpDialog, help_page

__all__ = ["TOPICS", "HelpDialog", "help_page"]
