"""A hand-written markdown book with no title that opens with a paragraph of its own before its
first `##` chapter: its EPUB needs a title, and the one we give is that chapter heading's text.
pandoc's EPUB writer used to put an h1 with that title above the opening paragraph (a chapter
heading the author did not write there, over text that is not part of that chapter), then print
the heading again, both with the same id (epubcheck's duplicate id); standalone HTML printed it
as a title block over the paragraph. (write/authored_title.py, title_over_opening_text)"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter

from helpers import convert_markdown, filter_epub_and_html

OPENING = "这份手册写给刚入职的同事，先说明它能帮上什么忙。"
FIRST = "第一章 报到那天"
SECOND = "第二章 第一周"

BOOK = f"""{OPENING}

## {FIRST}

到前台领取门卡，再去三楼找带教的老师。

### 要带的材料

身份证和两张照片。

## {SECOND}

每天下午参加一次部门例会，记下不懂的词。
"""


def _assert_book_as_written(book: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(book)) as z:
        names = sorted(z.namelist())
        chapters = "".join(z.read(n).decode() for n in names if re.search(r"/ch\d+\.xhtml$", n))
        nav = z.read("EPUB/nav.xhtml").decode()
        pages = [z.read(n).decode() for n in names if n.endswith(".xhtml")]
        opf = z.read("EPUB/content.opf").decode()
    assert re.search(r"<dc:title[^>]*>[^<]+</dc:title>", opf)  # a title, not empty
    ids = [i for page in pages for i in re.findall(r' id="([^"]*)"', page)]
    assert [i for i, n in Counter(ids).items() if n > 1] == []
    assert chapters.count(FIRST) == 1 and chapters.count(OPENING) == 1
    # Nothing with words stands over the opening paragraph; the author's headings keep their order.
    headings = re.findall(r"<h(\d)[^>]*>([^<]*)</h\d>", chapters)
    assert [text for _, text in headings] == ["", FIRST, "要带的材料", SECOND]
    assert chapters.index(OPENING) < chapters.index(FIRST)
    toc = nav[nav.index('epub:type="toc"'):]
    links = re.findall(r"<a [^>]*>([^<]*)</a>", toc)
    assert links and all(text.strip() for text in links)  # the nav lists only headings with words
    assert links.count(FIRST) == 1 and SECOND in links


def test_convert_prints_nothing_over_the_opening_text(tmp_path):
    out = convert_markdown(tmp_path, "handbook", BOOK, "epub,html,docx")
    _assert_book_as_written((out / "handbook.epub").read_bytes())
    html = (out / "handbook.html").read_text(encoding="utf-8")
    assert re.search(r"<title>[^<]+</title>", html)  # the page still has its title
    body = html[html.index("<body"):]
    assert body.count(FIRST) == 1 and 'class="title"' not in body
    with zipfile.ZipFile(out / "handbook.docx") as z:
        document = z.read("word/document.xml").decode()
    words = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", document))
    assert words.count(FIRST) == 1 and '<w:pStyle w:val="Title"' not in document


def test_filter_prints_nothing_over_the_opening_text(tmp_path):
    book, html = filter_epub_and_html(tmp_path, "handbook", BOOK)
    _assert_book_as_written(book)
    assert html[html.index("<body"):].count(FIRST) == 1


def test_a_heading_above_the_first_is_left_as_written():
    """The first heading is not the highest (### then ##): nothing moves and no heading is added."""
    import panflute as pf

    from reportfmt.write.authored_title import title_over_opening_text

    doc = pf.Doc(pf.Para(pf.Str("开头")), pf.Header(pf.Str("小节"), level=3), pf.Header(pf.Str("大节"), level=2))
    assert not title_over_opening_text(doc, "epub", "小节")
    assert [type(b).__name__ for b in doc.content] == ["Para", "Header", "Header"]
    assert [b.level for b in doc.content[1:]] == [3, 2]
    assert "title" not in doc.metadata
