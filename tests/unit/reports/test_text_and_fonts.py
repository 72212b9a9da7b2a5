"""The escaping helper and the font discovery."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from crmdesk.reports.fonts import FontCandidate, FontFile, find_font_set
from crmdesk.reports.text import Raw, escape, markup
from tests.helpers.pdf import fonts, pdf_text

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A & B <Ltd>", "A &amp; B &lt;Ltd&gt;"),
        ("培训 & 实施 <一期>", "培训 &amp; 实施 &lt;一期&gt;"),
        ("&amp; stays literal", "&amp;amp; stays literal"),
        ("<b>not bold</b>", "&lt;b&gt;not bold&lt;/b&gt;"),
        ("two\nlines\r\nthree", "two<br/>lines<br/>three"),
        ("tab\there", "tab here"),
        ("bell\x07 and nul\x00 gone", "bell and nul gone"),
        (None, ""),
        (12.5, "12.5"),
    ],
)
def test_escape(text: object, expected: str):
    assert escape(text) == expected


def test_markup_escapes_the_template_and_the_values_but_not_raw_pieces():
    result = markup("{name} & {tag}", name="<Ltd>", tag=Raw("<b>x</b>"))
    assert result == "&lt;Ltd&gt; &amp; <b>x</b>"


def test_awkward_strings_survive_a_paragraph_exactly():
    """Through the whole chain: escape -> Paragraph -> PDF -> text extraction."""
    from crmdesk.reports.document import PageFrame, render
    from crmdesk.reports.styles import report_styles

    styles = report_styles()
    samples = [
        "A & B <Ltd>",
        "培训 & 实施 <一期>",
        "x < y > z && w",
        "&lt; is not <",
        "100% “quoted” ‘text’ — ¥5",
    ]
    pdf = render(
        [styles.p(s, styles.body) for s in samples],
        PageFrame("Co", "Doc", "Subject", dt.date(2027, 1, 1)),
        styles,
    )
    lines = pdf_text(pdf).splitlines()
    for sample in samples:
        assert sample in lines


@pytest.mark.skipif(not WQY.exists(), reason="fonts-wqy-microhei is not installed")
def test_a_collection_face_is_found_and_embedded():
    found = find_font_set([FontCandidate(FontFile(WQY, 0))], prefix="TestWqy")
    assert found.embedded and found.regular == "TestWqy-Regular"
    assert not found.real_bold and found.bold == found.regular
    assert "wqy-microhei.ttc[0]" in found.source


@pytest.mark.skipif(not DEJAVU.exists(), reason="DejaVu Sans is not installed")
def test_a_font_without_chinese_is_skipped_and_the_cid_font_is_the_last_resort(tmp_path: Path):
    not_a_font = tmp_path / "broken.ttf"
    not_a_font.write_bytes(b"this is not a font")
    found = find_font_set(
        [
            FontCandidate(FontFile(tmp_path / "missing.ttc")),
            FontCandidate(FontFile(not_a_font)),
            FontCandidate(FontFile(DEJAVU)),  # TrueType, but no Chinese glyphs
        ],
        prefix="TestNone",
    )
    assert found.regular == "STSong-Light"
    assert not found.embedded


@pytest.mark.skipif(not WQY.exists(), reason="fonts-wqy-microhei is not installed")
def test_a_bold_face_is_used_when_the_family_has_one():
    found = find_font_set(
        [FontCandidate(FontFile(WQY, 0), bold=FontFile(WQY, 1))], prefix="TestPair"
    )
    assert found.real_bold and found.bold == "TestPair-Bold"


def test_bundled_fonts_come_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from crmdesk.reports import fonts as font_module

    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "Bundled.ttf").write_bytes(b"")
    monkeypatch.setattr(font_module, "resources_dir", lambda: tmp_path)
    first = next(font_module.default_candidates())
    assert first.regular.path == tmp_path / "fonts" / "Bundled.ttf"


def test_the_cid_fallback_still_prints_chinese_text():
    """Without any TrueType font the report still carries the Chinese text (not embedded)."""
    from crmdesk.reports.document import PageFrame, render
    from crmdesk.reports.styles import report_styles

    fallback = find_font_set([], prefix="TestFallback")
    styles = report_styles(fallback)
    pdf = render(
        [styles.p("净现值 A & B", styles.body)],
        PageFrame("", "Doc", "", dt.date(2027, 1, 1)),
        styles,
    )
    assert "净现值 A & B" in pdf_text(pdf)
    assert fonts(pdf) == {"/STSong-Light": False}


def _content(pdf: bytes) -> str:
    import io

    from pypdf import PdfReader

    page = PdfReader(io.BytesIO(pdf)).pages[0]
    return page.get_contents().get_data().decode("latin-1")


@pytest.mark.skipif(not WQY.exists(), reason="fonts-wqy-microhei is not installed")
def test_chinese_headings_are_bold_with_or_without_a_bold_face():
    """No bold face: headings and bold cells are drawn fill + stroke (render mode 2); a
    family with a bold face uses it and draws nothing extra."""
    from crmdesk.reports.document import PageFrame, render
    from crmdesk.reports.styles import report_styles

    info = PageFrame("公司", "文档", "主题", dt.date(2026, 12, 7), "zh_CN")
    drawn = report_styles(find_font_set([FontCandidate(FontFile(WQY, 0))], prefix="TestDrawn"))
    assert not drawn.fonts.real_bold
    body = drawn.p("正文，不加粗。", drawn.body)
    pdf = render([drawn.heading("一、按类别列示的成本"), body], info, drawn)
    assert _content(pdf).count("2 Tr") == 1  # the heading only, not the body text
    real = report_styles(
        find_font_set([FontCandidate(FontFile(WQY, 0), FontFile(WQY, 1))], prefix="TestReal")
    )
    pdf = render([real.heading("一、按类别列示的成本"), real.bold("合计", real.cell)], info, real)
    assert "2 Tr" not in _content(pdf)
    assert len(fonts(pdf)) == 2  # the regular face (header, footer) and the bold one
