"""Spending on the CRM project: the ledger, its import, plan versus actual, realised return."""
