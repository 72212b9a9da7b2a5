"""Line breaking for print: Chinese rules, numbers kept with their units, formulas kept whole.

reportlab's CJK wrapping (``wordWrap='CJK'``, reportlab 4.x/5.x) cuts between any two
characters and only knows a short list of characters that cannot start a line: it lacks
``，；：！？》…`` and keeps nothing together with an opening bracket. :class:`Para` replaces
that step for every paragraph the reports draw (``styles`` builds all of them from it):

- a break may fall after a space, between two Chinese characters, or between Chinese and
  Latin text; never inside a Latin word or number (unless it is longer than the line);
- no line starts with a character of :data:`NO_START` (``，。、；：！？）》」』】…`` and their
  ASCII cousins, ``%``) and none ends with one of :data:`NO_END` (``（《「『【``, ``(``,
  currency signs);
- a number stays with its unit ("15 个用户", "2.35 years", "第 1 年", "¥1,200"), and an
  operator with the term after it ("Bₜ − Cₜ" never ends a line with "−").

When no allowed break fits on a line (a word wider than the column) the text is cut where
it overflows, as reportlab's ``splitLongWords`` would, so nothing runs out of its cell.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.platypus import Paragraph

# Characters that may not begin a line (ARCHITECTURE.md plus the ASCII and closing forms).
NO_START = frozenset(
    "，。、；：！？）》」』】〕〉…‥·・ー々〻"
    "～﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞"
    ",.;:!?)]}%‰℃°′″’”›»"
    "\u2019\u201d\uff05\uff09\uff3d\uff5d\uff0c\uff0e\uff1a\uff1b\uff01\uff1f"
    "ₜᵗ₀₁₂₃₄₅₆₇₈₉⁰¹²³⁴⁵⁶⁷⁸⁹"
)
# Characters that may not end a line.
NO_END = frozenset("（《「『【〔〈([{‘“‹«¥$£€#\uff08\uff3b\uff5b\uffe5")
# Pairs that are one mark and are never split: …… and ——.
_DOUBLED = frozenset("…—")

_UNITS_ZH = (
    "个工作日|个用户|个月|个|小时|分钟|万元|亿元|万|亿|元|年|月|日|天|周|人|名|位|次|项|倍|家|"
    "台|套|条|笔|页|行|期"
)
_NUMBER = r"[¥$£€]?[−+\-]?\d[\d,]*(?:\.\d+)?"
# Spans inside which no break is allowed (each pattern is searched on its own, so spans
# may overlap: "takes 2.35 years" keeps both "takes 2.35" and "2.35 years").
_KEEP = tuple(
    re.compile(pattern)
    for pattern in (
        rf"第\s?\d[\d,]*\s?(?:{_UNITS_ZH})?",  # 第 1 年
        rf"{_NUMBER}\s?(?:%|‰|{_UNITS_ZH})",  # 15 个用户, 10%, 2,000 元
        rf"{_NUMBER}\s(?=[A-Za-z])[A-Za-z]+",  # 15 users, 2.35 years
        r"(?<![A-Za-z])[A-Za-z]+\.?\s\d[\d,.]*",  # Year 10, No. 42
        r"[=+−×÷≤≥≈<>±]\s?\S",  # an operator and the term after it
    )
)


def _wide(ch: str) -> bool:
    """Chinese/Japanese characters and full-width forms: a break may fall beside them."""
    code = ord(ch)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xF900 <= code <= 0xFAFF
        or 0xFE30 <= code <= 0xFE4F
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3FFFF
    )


def break_opportunities(text: str) -> list[bool]:
    """``result[i]`` is True if a line may start at ``text[i]`` (``result[0]`` is False)."""
    n = len(text)
    allowed = [False] * n
    for i in range(1, n):
        before, after = text[i - 1], text[i]
        if before.isspace():
            ok = not after.isspace()
        elif after.isspace():
            ok = False  # break after the space instead
        elif _wide(before) or _wide(after):
            ok = True
        else:
            # inside a Latin word or number; a hyphen between letters may end a line
            ok = before in "-/" and i >= 2 and text[i - 2].isalpha() and after.isalpha()
        if ok:
            first = after
            last = text[i - 1]
            j = i - 1
            while j > 0 and text[j].isspace():
                j -= 1
            last = text[j]
            doubled = first == last and first in _DOUBLED
            if first in NO_START or last in NO_END or doubled:
                ok = False
        allowed[i] = ok
    for pattern in _KEEP:
        for match in pattern.finditer(text):
            for i in range(match.start() + 1, match.end()):
                allowed[i] = False
    return allowed


def _cuttable(text: str, i: int) -> bool:
    return text[i] not in NO_START and text[i - 1] not in NO_END


def break_lines(text: str, widths: list[float], max_widths: list[float]) -> list[tuple[int, int]]:
    """Split ``text`` (one width per character) into lines fitting ``max_widths`` (the last
    one repeats); ``(start, end)`` index pairs, trailing spaces left out of each line."""
    allowed = break_opportunities(text)
    lines: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while start < n:
        limit = max_widths[min(len(lines), len(max_widths) - 1)]
        used, i = 0.0, start
        while i < n and (used + widths[i] <= limit + 1e-6 or text[i].isspace() or i == start):
            used += widths[i]
            i += 1
        if i >= n:
            end = n
        else:
            end = next((p for p in range(i, start, -1) if allowed[p]), start)
            if end == start:  # nothing allowed fits: cut where the text overflows
                end = next((p for p in range(i, start, -1) if _cuttable(text, p)), i)
                while end == i and end < n and not _cuttable(text, end):
                    end += 1  # hang the punctuation rather than start a line with it
                    i = end
        stop = end
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        lines.append((start, stop))
        start = end
        while start < n and text[start].isspace():
            start += 1
    return lines


class Para(Paragraph):
    """A reportlab ``Paragraph`` whose CJK wrapping follows :func:`break_lines`."""

    def breakLinesCJK(self, max_widths: Any) -> Any:  # reportlab's name
        from reportlab.platypus.paragraph import (
            ParaLines,
            _handleBulletWidth,
            cjkU,
            makeCJKParaLine,
        )

        widths: list[float] = (
            list(max_widths) if isinstance(max_widths, list | tuple) else [max_widths]
        )
        style = self.style
        self.height = 0
        _handleBulletWidth(self.bulletText, style, widths)
        frags = self.frags
        single = len(frags) == 1 and not hasattr(frags[0], "cbDefn") and not style.endDots
        if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            # the first part of a split paragraph: its lines are already broken
            if single:
                return frags[0].clone(kind=0, lines=self.blPara.lines)
            return self.blPara
        if not frags:
            return ParaLines(
                kind=0,
                fontSize=style.fontSize,
                fontName=style.fontName,
                textColor=style.textColor,
                lines=[],
                ascent=style.fontSize,
                descent=-0.2 * style.fontSize,
            )
        if single:
            return self._single_frag(frags[0], widths)
        auto_leading = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        calc_bounds = auto_leading not in ("", "off")
        lines: list[Any] = []
        units: list[Any] = []

        def flush(forced: bool) -> None:
            text = "".join(u or "\u200b" for u in units)  # one character per unit
            spans = break_lines(text, [u.width for u in units], widths) or [(0, 0)]
            for number, (a, b) in enumerate(spans):
                width = widths[min(len(lines), len(widths) - 1)]
                used = sum(u.width for u in units[a:b])
                last = number == len(spans) - 1
                piece = units[a:b] or units[a : a + 1] or units[-1:]
                if not piece:
                    continue
                lines.append(
                    makeCJKParaLine(piece, width, used, width - used, forced and last, calc_bounds)
                )
            units.clear()

        for frag in frags:
            text = frag.text
            if isinstance(text, bytes):
                text = text.decode("utf8")
            if text:
                units.extend(cjkU(t, frag, "utf8") for t in text)
            else:
                units.append(cjkU(text, frag, "utf8"))
            if hasattr(frag, "lineBreak"):
                flush(True)
        if units:
            flush(False)
        return ParaLines(kind=1, lines=lines)

    def _single_frag(self, frag: Any, widths: list[float]) -> Any:
        """One run of text in one font (most cells): reportlab's light line format, with
        character widths measured only when the text does not fit on one line."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        text = frag.text if hasattr(frag, "text") else "".join(getattr(frag, "words", []))
        if isinstance(text, bytes):
            text = text.decode("utf8")
        font, size = frag.fontName, frag.fontSize
        whole = stringWidth(text, font, size)
        if whole <= widths[0] + 1e-6:
            lines = [(widths[0] - whole, [text])]
        else:
            chars = [stringWidth(ch, font, size) for ch in text]
            lines = []
            for number, (a, b) in enumerate(break_lines(text, chars, widths)):
                width = widths[min(number, len(widths) - 1)]
                lines.append((width - sum(chars[a:b]), [text[a:b]]))
        return frag.clone(kind=0, lines=lines, ascent=size, descent=-0.2 * size)
