"""Customers: records, search, custom fields, import and export, duplicates, timeline."""
