"""A hand-written markdown chapter with no title that opens with its own `##` heading (a book's
appendix): its EPUB needs a title, and the one we give is that heading's text, but the heading is
printed once. pandoc's EPUB writer used to put an h1 with the title above it (the same words twice,
and the same id twice: epubcheck's duplicate id), and standalone HTML a title block; DOCX and PDF
print no title block for it. (write/authored_title.py)"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter

from helpers import convert_markdown, filter_epub_and_html

HEADING = "附录丙：常用术语"

CHAPTER = f"""## {HEADING}

本附录列出书中反复出现的术语，并说明它们在各章中的含义，读者可以随时回来查阅。

### 一般术语

- `样本` - 从总体中抽取的一部分个体，用于推断总体的特征
- `指标` - 用来衡量某一方面情况的数值

### 专门术语

这些术语只在第五章和第六章出现，详见[一般术语](#一般术语)一节的说明。
"""


def _epub_parts(book: bytes) -> tuple[str, str, list[str]]:
    """The chapters' XHTML, the nav document, and every id in the book's XHTML."""
    with zipfile.ZipFile(io.BytesIO(book)) as z:
        chapters = "".join(z.read(n).decode() for n in sorted(z.namelist()) if re.search(r"/ch\d+\.xhtml$", n))
        nav = z.read("EPUB/nav.xhtml").decode()
        pages = [z.read(n).decode() for n in z.namelist() if n.endswith(".xhtml")]
        ids = [i for page in pages for i in re.findall(r' id="([^"]*)"', page)]
        opf = z.read("EPUB/content.opf").decode()
    assert f">{HEADING}</dc:title>" in opf  # the EPUB still has its title
    return chapters, nav, ids


def _assert_heading_once_in_epub(book: bytes) -> None:
    chapters, nav, ids = _epub_parts(book)
    assert chapters.count(HEADING) == 1
    assert [i for i, n in Counter(ids).items() if n > 1] == []
    toc = nav[nav.index('epub:type="toc"'):]
    assert toc.count(f">{HEADING}</a>") == 1
    # The author's headings keep their order and their places relative to each other.
    assert re.findall(r"<h(\d)[^>]*>([^<]*)</h\d>", chapters) == [
        ("1", HEADING), ("2", "一般术语"), ("2", "专门术语")]
    assert re.search(r'href="[^"]*#一般术语"', chapters)  # the link to a heading still finds it


def test_convert_prints_the_first_heading_once(tmp_path):
    out = convert_markdown(tmp_path, "appendix", CHAPTER, "epub,html,docx")
    _assert_heading_once_in_epub((out / "appendix.epub").read_bytes())
    html = (out / "appendix.html").read_text(encoding="utf-8")
    assert f"<title>{HEADING}</title>" in html  # the page still has its title
    body = html[html.index("<body"):]
    assert body.count(HEADING) == 1 and 'class="title"' not in body
    with zipfile.ZipFile(out / "appendix.docx") as z:
        document = z.read("word/document.xml").decode()
    words = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", document))
    assert words.count(HEADING) == 1
    assert '<w:pStyle w:val="Title"' not in document
    names = re.findall(r'<w:bookmarkStart [^>]*w:name="([^"]*)"', document)
    assert [n for n, k in Counter(names).items() if k > 1] == []


def test_filter_prints_the_first_heading_once(tmp_path):
    book, html = filter_epub_and_html(tmp_path, "appendix", CHAPTER)
    _assert_heading_once_in_epub(book)
    assert html[html.index("<body"):].count(HEADING) == 1


def test_a_heading_below_a_later_one_is_not_moved():
    """The first heading is not the highest (### then ##): moving them up would not make it
    pandoc's chapter heading, so the levels stay as written."""
    import panflute as pf

    from reportfmt.write.authored_title import title_from_first_heading

    doc = pf.Doc(pf.Header(pf.Str("小节"), level=3), pf.Para(pf.Str("正文")), pf.Header(pf.Str("大节"), level=2))
    assert not title_from_first_heading(doc, "epub", "小节")
    assert [b.level for b in doc.content if isinstance(b, pf.Header)] == [3, 2]
    assert "title" not in doc.metadata
