"""Translation markers usable in plain Python.

``QT_TRANSLATE_NOOP`` has the same name as Qt's macro so that ``pyside6-lupdate`` extracts the
string into resources/i18n; at run time it returns the English source unchanged. The UI and the
reports translate it later with ``QCoreApplication.translate(context, source)``, and format named
fields afterwards (``{ratio}``) so translators can reorder them.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation under ``context`` and return it unchanged."""
    del context
    return source
