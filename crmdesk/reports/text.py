"""The one way text reaches a reportlab ``Paragraph``: escaped, so it prints exactly as typed.

``Paragraph`` parses its text as a small XML-like markup language: a bare ``&`` starts an
entity, ``<Ltd>`` is taken for a tag and silently dropped. Every string a user typed or a
translator wrote goes through :func:`escape` (or :func:`para`, which calls it) before it
meets a ``Paragraph``; only markup this package writes itself (``<br/>``, ``<font>``) is
added afterwards, around already-escaped pieces.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

# C0 controls other than tab and newline, DEL and C1 controls: reportlab's parser chokes on
# some and no font has a glyph for any of them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_NEWLINES = re.compile(r"\r\n|\r|\n|\u2028|\u2029")


def escape(text: object) -> str:
    """``text`` as Paragraph markup that renders exactly as the characters given.

    ``&``, ``<`` and ``>`` become entities (``A & B <Ltd>`` and ``培训 & 实施 <一期>`` come
    out as typed), line breaks become ``<br/>``, tabs a space, and control characters that
    no font can show are dropped. ``None`` gives an empty string.
    """
    if text is None:
        return ""
    value = _CONTROL.sub("", str(text))
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = value.replace("\t", " ")
    return _NEWLINES.sub("<br/>", value)


def para(text: object, style: ParagraphStyle, **kwargs: Any) -> Paragraph:
    """A ``Paragraph`` showing ``text`` verbatim (escaped with :func:`escape`)."""
    from crmdesk.reports.linebreak import Para

    return Para(escape(text), style, **kwargs)


def markup(template: str, **values: object) -> str:
    """Escape a (translated) template and fill ``{name}`` fields with escaped values.

    For sentences that carry inline markup: pass the markup pieces already built from
    escaped text via :class:`Raw`, e.g. ``markup("{label}: {value}", label=..., value=Raw(
    "<b>" + escape(v) + "</b>"))``.
    """
    filled = {
        name: value.text if isinstance(value, Raw) else escape(value)
        for name, value in values.items()
    }
    # The template is escaped first; braces are not special to escape(), so fields survive.
    return escape(template).format(**filled)


class Raw:
    """Markup built by this package (from escaped pieces) that :func:`markup` must not escape."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text
