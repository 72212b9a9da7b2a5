"""Spending on paper: plan versus actual."""
