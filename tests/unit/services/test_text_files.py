"""The one decoder both imports use: encodings people's files come in, and what is not text."""

from __future__ import annotations

import pytest

from crmdesk.services.text_files import NotTextError, decode_text


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("\ufeff日期,金额\n2027-01-05,1200\n".encode(), "utf-8-sig"),
        ("日期,金额,供应商\n2027-01-05,1200,深圳某某软件有限公司\n".encode("gbk"), "gb18030"),
        ("Date,Amount\n2027-01-05,1200\n".encode("utf-16"), "utf-16"),
    ],
)
def test_decodes_without_the_bom(data: bytes, encoding: str) -> None:
    text, found = decode_text(data)
    assert found == encoding
    assert not text.startswith("\ufeff") and "2027-01-05" in text


def test_binary_and_control_characters_are_not_text() -> None:
    with pytest.raises(NotTextError, match="binary"):
        decode_text(b"PK\x03\x04" + b"\x00" * 200)
    with pytest.raises(NotTextError, match="does not read as text"):
        decode_text(b"a,b\n" + bytes(range(1, 9)) * 40)
