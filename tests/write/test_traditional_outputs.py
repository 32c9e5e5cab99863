"""A page written in traditional characters says so in every output: lang zh-Hant in the DOCX's
styles and the EPUB's package and chapters, and the PDF drawn with the traditional glyph forms
(typst's region); a simplified page, or one quoting a few traditional words, stays zh-Hans."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from outputs import epub_files
from pdf_layout import needs_cjk_font, needs_poppler, render
from reportfmt.api import convert_text

TRADITIONAL = """二〇二六年度圖書館義工服務總結

一、服務概況

本年度圖書館義工隊共開放閱覽室三百餘日，協助讀者借還書籍，舉辦親子閱讀活動二十場。

二、主要經驗

（一）制度建設

義工排班實行輪值制度，每週召開一次工作會議，總結問題並及時改進。

三、未來計劃

繼續擴大義工隊伍，加強培訓，提升服務質素。
"""

# A simplified page citing a traditional book title keeps zh-Hans.
SIMPLIFIED = """社区图书馆志愿服务总结

一、服务概况

本年度图书馆志愿者共开放阅览室三百余日，协助读者借还书籍，举办亲子阅读活动二十场，
其中一场共读了《圖書館裡的故事》一书。

二、下一步计划

继续扩大志愿者队伍，加强培训，提升服务质量。
"""


def _docx_lang(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        styles = z.read("word/styles.xml").decode()
    return re.search(r'<w:lang [^>]*w:eastAsia="([^"]+)"', styles).group(1)


def _epub_langs(data: bytes, tmp_path) -> set[str]:
    path = tmp_path / "book.epub"
    path.write_bytes(data)
    files = epub_files(path)
    opf = next(text for name, text in files.items() if name.endswith(".opf"))
    langs = set(re.findall(r"<dc:language>([^<]+)</dc:language>", opf))
    for name, text in files.items():
        if name.endswith(".xhtml"):
            langs.update(re.findall(r'<html [^>]*\blang="([^"]+)"', text))
    return langs


@pytest.mark.parametrize(("text", "lang"), [(TRADITIONAL, "zh-Hant"), (SIMPLIFIED, "zh-Hans")])
def test_docx_and_epub_name_the_script(text, lang, tmp_path):
    assert _docx_lang(convert_text(text, to="docx")) == lang
    assert _epub_langs(convert_text(text, to="epub"), tmp_path) == {lang}


def test_a_lang_the_document_gives_stays():
    text = "---\ntitle: 義工服務總結\nlang: zh-Hans\n---\n\n" + TRADITIONAL.split("\n", 2)[2]
    assert _docx_lang(convert_text(text, to="docx", input_format="markdown")) == "zh-Hans"


@needs_cjk_font
@needs_poppler
def test_pdf_draws_traditional_glyph_forms(tmp_path):
    # The same page with its language given as zh-Hans draws other glyphs (Noto CJK's mainland
    # forms, the comma low at the left): the traditional page's own PDF is not the mainland one.
    body = TRADITIONAL.split("\n", 2)[2]
    pictures = []
    for lang in ("", "lang: zh-Hans\n"):
        text = f"---\ntitle: 義工服務總結\n{lang}---\n\n{body}"
        path = tmp_path / f"page{len(pictures)}.pdf"
        path.write_bytes(convert_text(text, to="pdf", input_format="markdown"))
        pictures.append(render(path, 1, dpi=72).data)
    assert pictures[0] != pictures[1]
