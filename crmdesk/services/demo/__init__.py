"""Realistic bilingual sample data for every feature."""
