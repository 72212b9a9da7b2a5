"""Helpers the tests share: where the test data and the checkout are, plan factories, dialogs."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
"""The checkout (main.py, resources/, installer/)."""
DATA = ROOT / "tests" / "data"
"""Files shaped like the ones users bring: plans, customer exports, report inputs."""
