"""Text files people bring (customer lists, spending ledgers): their encoding and CSV delimiter.

The encoding is found from the bytes: a BOM first (UTF-8, UTF-16), then strict UTF-8, then
GBK/GB18030 against Big5 (which charset detectors often confuse on short Chinese files) by how
many of the decoded characters belong to each script's everyday character set, and finally
charset-normalizer for everything else. The delimiter comes from ``csv.Sniffer``, checked
against how consistently each candidate splits the first lines.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Sequence

from crmdesk.domain.errors import UserError
from crmdesk.domain.text import han_of

SAMPLE = 64 * 1024
DELIMITERS = ",;\t|"


class NotTextError(UserError):
    """The bytes are not text in any common encoding; ``why`` says how (for the caller's
    sentence naming the file)."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


def _common_share(chars: Sequence[str], encoding: str) -> float:
    """Share of ``chars`` in the everyday set of ``encoding``'s script.

    GB2312 holds the 6,763 everyday simplified characters; Big5 puts its 5,401 frequent
    traditional ones at lead bytes A4..C6. Text decoded with the wrong one of the two turns into
    rare characters, so the right encoding scores close to 1.
    """
    if not chars:
        return 0.0
    common = 0
    for ch in chars:
        try:
            if encoding == "gb18030":
                ch.encode("gb2312")
                common += 1
            elif 0xA4 <= ch.encode("big5")[0] <= 0xC6:
                common += 1
        except UnicodeEncodeError:
            pass
    return common / len(chars)


def _utf16_without_bom(sample: bytes) -> str | None:
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def detect_encoding(data: bytes) -> str:
    """The codec that reads ``data``; UserError when the bytes are not text at all."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    utf16 = _utf16_without_bom(data[:SAMPLE])
    if utf16:
        return utf16
    if b"\x00" in data[:SAMPLE]:
        raise UserError("binary data")
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    scores: dict[str, float] = {}
    for encoding in ("gb18030", "big5"):
        try:
            scores[encoding] = _common_share(han_of(data.decode(encoding)), encoding)
        except UnicodeDecodeError:
            continue
    best_cjk = max(scores, key=lambda e: scores[e]) if scores else None
    if best_cjk is not None and scores[best_cjk] >= 0.9:
        return best_cjk
    from charset_normalizer import from_bytes  # only needed for files that are not UTF/CJK

    matches = from_bytes(data[: SAMPLE * 4])
    best = matches.best()
    if best is not None:
        # short texts fit several code pages equally well; Windows Western (cp1252) is by far
        # the most common of them, so it wins a tie rather than Baltic cp775
        tied = [m for m in matches if m.chaos <= best.chaos + 0.01]
        if any("cp1252" in m.could_be_from_charset for m in tied):
            return "cp1252"
        return str(best.encoding)
    if best_cjk is not None:
        return best_cjk
    raise UserError("an unknown text encoding")


def decode_text(data: bytes) -> tuple[str, str]:
    """The text of ``data`` (without a BOM) and the encoding used; ``NotTextError`` otherwise.

    Replacement characters or control characters in more than 1% of the first 64 KiB mean the
    guess was wrong or the file is not text.
    """
    try:
        encoding = detect_encoding(data)
    except UserError as exc:
        raise NotTextError(f"it holds {exc}") from None
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd") + sum(
        1 for ch in text[:SAMPLE] if ord(ch) < 32 and ch not in "\t\r\n"
    )
    if bad > max(3, len(text[:SAMPLE]) // 100):
        raise NotTextError("it does not read as text in any common encoding")
    return text.removeprefix("\ufeff"), encoding


def _consistency(lines: list[str], delimiter: str) -> int:
    """How many columns ``delimiter`` gives, if it gives the same number on most lines."""
    counts = [len(r) for r in csv.reader(lines, delimiter=delimiter) if r]
    if not counts or counts[0] < 2:
        return 0
    agreeing = sum(1 for c in counts if c == counts[0])
    return counts[0] if agreeing >= 0.8 * len(counts) else 0


def sniff_delimiter(text: str) -> str:
    """The cell delimiter of CSV ``text``: comma, semicolon, tab or bar."""
    lines = [line for line in text[:SAMPLE].splitlines()[:50] if line.strip()]
    if not lines:
        return ","
    try:
        sniffed = csv.Sniffer().sniff("\n".join(lines), delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    if sniffed and _consistency(lines, sniffed) >= 2:
        return sniffed
    scored = {d: _consistency(lines, d) for d in DELIMITERS}
    best = max(scored, key=lambda d: scored[d])
    return best if scored[best] >= 2 else ","
