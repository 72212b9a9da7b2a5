"""Customers on paper: the list and one customer's record."""
