"""Pure-Python business logic: money, plans, finance, rule checks, validation.

Imports neither Qt nor SQLAlchemy (checked by import-linter).
"""
