"""The wizard's page ids, in order: the names the wizard, its actions and its tests share."""

from __future__ import annotations

from enum import IntEnum


class PageId(IntEnum):
    SCOPE = 0
    LICENCE = 1
    CUSTOMISATION = 2
    TRAINING = 3
    MAINTENANCE = 4
    OTHER = 5
    BENEFITS = 6
    SUMMARY = 7
