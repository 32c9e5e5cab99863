"""A page whose text ends on its date (the 成文日期 under its signer) prints that date once, at
the end (GB/T 9704 puts it there): not again as the ISO date under the title in DOCX, PDF,
EPUB and HTML. The date stays the document's metadata (EPUB dc:date, HTML dcterms.date); a
page dated by something else (a publication stamp) keeps its date under the title."""

from __future__ import annotations

import io
import re
import zipfile

from outputs import docx_paragraphs
from pdf_layout import needs_cjk_font, needs_poppler, pdf_lines
from reportfmt.api import convert_text

BODY = """<p>今年春季，调研组走访了全镇八个社区书屋，与管理员和读者座谈，了解开放时间和借阅情况。</p>
<p>一、基本情况</p>
<p>全镇书屋藏书共计两万余册，每周开放五天，平均每天接待读者三十人次左右。</p>
<p>二、工作建议</p>
<p>建议每季度更新一次图书，并在周末延长开放时间，方便上班的读者借阅。</p>
<p>青禾镇文化服务中心</p>
<p>2026年4月18日</p>"""

TITLE = "青禾镇社区书屋使用情况调研报告"


def _page(stamp: str = "") -> str:
    return (f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>'
            f'<div class="nav"><a href="/">首页</a> <a href="/b">动态</a></div>'
            f'<div class="article"><h1>{TITLE}</h1>{stamp}{BODY}</div></body></html>')


def _zip_text(data: bytes, suffix: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return next(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(suffix))


def test_docx_closing_date_not_under_the_title(tmp_path):
    path = tmp_path / "a.docx"
    path.write_bytes(convert_text(_page(), to="docx", input_format="html"))
    paragraphs = docx_paragraphs(path)
    assert [text for _style, text in paragraphs[:2]] == [TITLE, paragraphs[1][1]]
    assert all(style != "Date" for style, _text in paragraphs)
    assert [text for _style, text in paragraphs].count("2026年4月18日") == 1
    assert paragraphs[-1][1] == "2026年4月18日"
    assert "2026-04-18" not in "".join(text for _style, text in paragraphs)


def test_docx_publication_stamp_stays_under_the_title(tmp_path):
    path = tmp_path / "b.docx"
    stamp = "<p>发布时间：2026-04-20 09:30</p>"
    path.write_bytes(convert_text(_page(stamp), to="docx", input_format="html"))
    paragraphs = docx_paragraphs(path)
    assert ("Date", "2026-04-20") in paragraphs
    assert paragraphs[-1][1] == "2026年4月18日"


def test_epub_title_page_leaves_the_date_to_the_closing_block():
    data = convert_text(_page(), to="epub", input_format="html")
    title_page = _zip_text(data, "title_page.xhtml")
    assert TITLE in title_page and 'class="date"' not in title_page
    assert re.search(r"<dc:date[^>]*>2026-04-18</dc:date>", _zip_text(data, ".opf"))


def test_epub_title_page_keeps_a_publication_date():
    data = convert_text(_page("<p>发布时间：2026-04-20 09:30</p>"), to="epub", input_format="html")
    assert '<p class="date">2026-04-20</p>' in _zip_text(data, "title_page.xhtml")


def test_html_header_leaves_the_date_to_the_closing_block():
    html = convert_text(_page(), to="html", input_format="html")
    header = re.search(r"<header.*?</header>", html, re.S).group(0)
    assert TITLE in header and 'class="date"' not in header
    assert '<meta name="dcterms.date" content="2026-04-18"' in html
    assert html.count("2026年4月18日") == 1


@needs_poppler
@needs_cjk_font
def test_pdf_prints_the_closing_date_once(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(convert_text(_page(), to="pdf", input_format="html"))
    texts = [line.text for line in pdf_lines(path)]
    assert texts[0] == TITLE
    assert "2026-04-18" not in texts and texts.count("2026年4月18日") == 1
    assert texts.index("2026年4月18日") == texts.index("青禾镇文化服务中心") + 1


def test_docx_a_closing_date_in_numerals_is_printed_once(tmp_path):
    # An older document's date, "二〇二六年四月十八日", and the page's stamp of the same day: the
    # day is printed once, at the end, as with a date in Arabic numerals.
    path = tmp_path / "c.docx"
    page = _page("<p>发布时间：2026-04-18 09:30</p>").replace("2026年4月18日", "二〇二六年四月十八日")
    path.write_bytes(convert_text(page, to="docx", input_format="html"))
    paragraphs = docx_paragraphs(path)
    assert all(style != "Date" for style, _text in paragraphs)
    assert paragraphs[-1][1] == "二〇二六年四月十八日"
    assert "2026-04-18" not in "".join(text for _style, text in paragraphs)
