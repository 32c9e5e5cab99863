"""A four-level report (一、/（一）/1./（1）) keeps levels 1-4 in DOCX, EPUB nav and PDF outline."""

from __future__ import annotations

import re
import zipfile

import pytest

from outputs import docx_paragraphs
from reportfmt.api import convert_text

PAGE = """2023年区教育局工作总结
发布时间:2023-12-20 10:00:00
今年以来，我局认真贯彻落实各项决策部署，现将有关情况报告如下。
一、主要工作成效
（一）强化组织领导
1.健全工作机制
（1）明确责任分工
全年召开专题会议**次，研究解决问题***个。
（2）压实工作责任
各单位层层签订责任书，确保责任落实到人。
2.完善制度体系
修订完善制度**项，形成长效机制。
（二）推进重点任务
推进项目建设，完成投资***亿元。
二、存在的问题
部分工作推进不够平衡，基层保障仍有短板。"""

OUTLINE = [
    (1, "一、主要工作成效"), (2, "（一）强化组织领导"), (3, "1.健全工作机制"),
    (4, "（1）明确责任分工"), (4, "（2）压实工作责任"), (3, "2.完善制度体系"),
    (2, "（二）推进重点任务"), (1, "二、存在的问题"),
]


def test_docx_heading_styles(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(convert_text(PAGE, to="docx"))
    found = [(int(style[-1]), text) for style, text in docx_paragraphs(path)
             if re.fullmatch(r"Heading\d", style)]
    assert found == OUTLINE


def nav_outline(html: str, depth: int = 0) -> list[tuple[int, str]]:
    """(nesting depth, text) of each nav entry, from the <ol>/<li> structure."""
    result, level = [], 0
    for token in re.finditer(r"<(/?)ol\b[^>]*>|<a [^>]*>(.*?)</a>", html, re.S):
        if token.group(2) is not None:
            result.append((level, re.sub(r"<[^>]+>", "", token.group(2)).strip()))
        else:
            level += -1 if token.group(1) else 1
    return result


def test_epub_nav_nesting(tmp_path):
    path = tmp_path / "report.epub"
    path.write_bytes(convert_text(PAGE, to="epub"))
    with zipfile.ZipFile(path) as z:
        nav = next(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith("nav.xhtml"))
    toc = nav.split('epub:type="toc"', 1)[1].split("</nav>", 1)[0]
    entries = [(depth, text) for depth, text in nav_outline(toc) if text in dict(map(reversed, OUTLINE))]
    assert entries == OUTLINE


def test_pdf_outline_depth():
    pypdf = pytest.importorskip("pypdf")
    from reportfmt.write import fonts

    if not fonts.find_cjk_fonts():
        pytest.skip("no CJK font on this machine (apt-get install fonts-noto-cjk)")
    import io

    reader = pypdf.PdfReader(io.BytesIO(convert_text(PAGE, to="pdf")))

    def walk(items, depth=1):
        for item in items:
            if isinstance(item, list):
                yield from walk(item, depth + 1)
            else:
                yield depth, item.title

    entries = [(d, t) for d, t in walk(reader.outline) if t in dict(map(reversed, OUTLINE))]
    assert entries == OUTLINE
