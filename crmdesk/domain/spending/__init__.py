"""Spending against a plan: ledger rows, plan years on the calendar, variance, realised return."""
