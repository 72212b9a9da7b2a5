"""The budget wizard: its pages, fields, running totals, summary and actions."""
