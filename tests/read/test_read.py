"""The reader: encodings, bad input, and a text reader that keeps `*` literal."""

from __future__ import annotations

import panflute as pf
import pytest

from reportfmt.errors import ReportfmtError
from reportfmt.passes.elements import block_text
from reportfmt.read.encodings import decode
from reportfmt.read.markdown import protect_masks
from reportfmt.read.reader import detect_format, read_bytes
from reportfmt.read.text import read_plain_text

PAGE = "2023年工作总结\n\n**区完成***亿元，增长*.*倍。\n"


@pytest.mark.parametrize("codec", ["utf-8", "gb18030", "gbk", "big5", "utf-8-sig", "utf-16"])
def test_decode_recognises_common_chinese_encodings(codec):
    text = "繁體與简体混排不行，用只在两者中都有的字：工作总结" if codec != "big5" else "工作總結報告"
    assert decode(text.encode(codec), "x.txt") == text


def test_decode_gbk_page_declared_as_gb2312_uses_gb18030():
    # "㈠" is outside GB2312 but in GB18030: pages declaring gb2312 still use it.
    html = '<meta charset="gb2312"><p>㈠总体情况</p>'
    assert "㈠总体情况" in decode(html.encode("gb18030"), "x.html")


def test_truncated_utf8_keeps_everything_before_the_cut():
    data = "工作总结".encode()[:-1]
    assert decode(data, "x.txt") == "工作总"


@pytest.mark.parametrize(
    ("data", "cause"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "binary file"),
        (bytes(range(256)) * 4, "binary file"),
        (b"\xff\xfa\xfb\x80\x81" * 50, "undecodable"),
    ],
)
def test_bad_input_is_a_one_line_error_naming_the_file(data, cause):
    with pytest.raises(ReportfmtError) as info:
        decode(data, "bad/page.txt")
    message = str(info.value)
    assert message.startswith("bad/page.txt: ")
    assert cause in message
    assert "\n" not in message


def test_text_reader_keeps_asterisks_and_makes_one_paragraph_per_line():
    doc = read_plain_text(PAGE)
    assert [type(b) for b in doc.content] == [pf.Para, pf.Para]
    assert block_text(doc.content[1]) == "**区完成***亿元，增长*.*倍。"


def test_text_reader_strips_full_width_indent():
    doc = read_plain_text("\u3000\u3000正文第一段。")
    assert block_text(doc.content[0]) == "正文第一段。"


def test_markdown_masks_are_protected_from_emphasis():
    assert protect_masks("**区完成***亿元") == r"\*\*区完成\*\*\*亿元"
    doc = read_bytes("**区完成***亿元，*.*倍".encode(), "page.md")
    assert pf.stringify(doc).strip() == "**区完成***亿元，*.*倍"


def test_markdown_emphasis_beside_chinese_is_markup_only_in_hand_written_markdown():
    # A hand-written chapter (it has code): **所有者** is bold, the list marker a list marker.
    chapter = "称为**所有者**的变量，见 `main`。\n\n* 第一项\n* 第二项\n"
    doc = read_bytes(chapter.encode(), "chapter.md")
    strong = []
    doc.walk(lambda e, _d: strong.append(pf.stringify(e)) if isinstance(e, pf.Strong) else None)
    assert strong == ["所有者"]
    assert isinstance(doc.content[1], pf.BulletList)
    # The same pair in a page saved as markdown is two masks (**区…**县).
    assert protect_masks("称为**所有者**的变量") == r"称为\*\*所有者\*\*的变量"
    # The seed saved as markdown has no code or footnote: it is read as a page.
    from reportfmt.read.markdown import looks_hand_written
    from seed import SEED

    assert not looks_hand_written(SEED.read_text(encoding="utf-8"))


def test_a_lone_star_between_chinese_characters_is_text_in_either_kind_of_markdown():
    # A legend and a date template: pandoc would pair the stars (*号…姓名*, *年*) and drop them.
    # (A page's masks were escaped before, the star after 姓名 too.)
    assert protect_masks("带*号的为必填项：姓名*", hand_written=True) == r"带\*号的为必填项：姓名*"
    assert protect_masks("带*号的为必填项：姓名*") == r"带\*号的为必填项：姓名\*"
    for hand_written in (False, True):
        assert protect_masks("请于*年*月*日前报名", hand_written=hand_written) == r"请于\*年\*月\*日前报名"
    # Double stars beside Chinese stay the author's bold; a star in code or beside a space stays.
    assert protect_masks("称为**所有者**的", hand_written=True) == "称为**所有者**的"
    assert protect_masks("运行 `中*文` 和 *重点* 两项", hand_written=True) == "运行 `中*文` 和 *重点* 两项"
    for text, kept in (("带*号的为必填项：姓名*、电话*。", "带*号的为必填项：姓名*、电话*。"),
                       ("请于*年*月*日前报名，见 `a*b`。", "请于*年*月*日前报名，见 a*b。")):
        assert pf.stringify(read_bytes(text.encode(), "note.md")).strip() == kept


def test_html_reader_drops_scripts_frames_and_images():
    html = (
        "<html><head><title>标题</title><script>alert(1)</script></head><body>"
        '<p onclick="x()">正文<img src="http://example.com/a.png"></p>'
        '<iframe src="http://example.com/f"></iframe><a href="javascript:evil()">链接</a>'
        "</body></html>"
    )
    doc = read_bytes(html.encode(), "page.html")
    text = pf.stringify(doc)
    assert "正文" in text and "链接" in text
    assert "alert" not in text
    assert doc.get_metadata("title") == "标题"
    kinds = set()
    doc.walk(lambda e, d: kinds.add(type(e).__name__))
    assert "Image" not in kinds and "RawInline" not in kinds and "RawBlock" not in kinds


def test_detect_format_by_extension_then_content():
    assert detect_format("a.htm", "") == "html"
    assert detect_format("a.md", "") == "markdown"
    assert detect_format("noext", "<!DOCTYPE html><html>") == "html"
    assert detect_format("noext", "一、总体情况") == "txt"


def test_a_pair_of_stars_around_latin_words_is_emphasis_in_a_page_saved_as_markdown():
    # No code or footnote: read as a page, yet `**35% cheaper**` names no Chinese unit or place
    # after its stars; it is the writer's bold, never two masks.
    assert protect_masks("Storage is now **35% cheaper** than last year.") == \
        "Storage is now **35% cheaper** than last year."
    doc = read_bytes(b"- Storage is now **35% cheaper** than last year.\n", "review.md")
    strong = []
    doc.walk(lambda e, _d: strong.append(pf.stringify(e)) if isinstance(e, pf.Strong) else None)
    assert strong == ["35% cheaper"]
    # A masked number beside Chinese stays two masks.
    assert protect_masks("**区完成***亿元") == r"\*\*区完成\*\*\*亿元"
