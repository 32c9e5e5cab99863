"""What the PDF draws of the marks the passes put on a scraped page, as the DOCX and EPUB do:
a notice's closing block and addressee laid out even when a mask stands in them (a template
page's "**街道办事处"), and a run-in heading's head in 黑体 (the DOCX's "Run-in Heading")."""

from __future__ import annotations

import io

import pytest

from pdf_layout import TEXT_LEFT, TEXT_RIGHT, needs_cjk_font, needs_poppler, pdf_lines
from reportfmt.api import convert_text
from reportfmt.write import fonts

pypdf = pytest.importorskip("pypdf")

CHAR = 16  # 3号, in points

MASKED_NOTICE = """关于做好秋季校园绿化养护的通知

**区各中小学：

为营造整洁优美的校园环境，现就秋季绿化养护的有关事项通知如下。

一、各校要在十月底前完成树木修剪和草坪补种。

二、养护经费由各校从日常公用经费中列支。

特此通知。

**区教育局

20××年××月××日
"""

RUNINS = """社区读书角建设情况汇报

今年以来，我们围绕丰富居民精神生活这一目标，在三个小区建起了读书角，借阅人次逐月增加。

1.选好场地。利用物业闲置用房改建阅读空间，配齐桌椅和照明设施，做到安静明亮。

2.丰富书源。通过居民捐赠和图书馆流转相结合的办法，定期更换书目，满足不同年龄读者。

3.建好队伍。招募退休教师担任管理员，每周安排固定开放时间，并组织亲子共读活动。
"""


def _lines(text: str, tmp_path) -> dict:
    path = tmp_path / "out.pdf"
    path.write_bytes(convert_text(text, to="pdf"))
    return {line.text: line for line in pdf_lines(path)}


@needs_cjk_font
@needs_poppler
def test_pdf_masked_signer_centred_over_masked_date(tmp_path):
    lines = _lines(MASKED_NOTICE, tmp_path)
    signer, date, body = lines["**区教育局"], lines["20××年××月××日"], lines["特此通知。"]
    assert body.x0 < TEXT_LEFT + 2.5 * CHAR  # the text's last line stays with the body
    # The box is four characters in from the right; the lines are centred in it, the signer over the date.
    assert abs(max(date.x1, signer.x1) - (TEXT_RIGHT - 4 * CHAR)) < 3
    assert abs((date.x0 + date.x1) / 2 - (signer.x0 + signer.x1) / 2) < 2
    assert signer.x0 > (TEXT_LEFT + TEXT_RIGHT) / 2
    assert signer.y0 < date.y0


@needs_cjk_font
@needs_poppler
def test_pdf_masked_addressee_flush_left(tmp_path):
    lines = _lines(MASKED_NOTICE, tmp_path)
    assert abs(lines["**区各中小学："].x0 - TEXT_LEFT) < 2  # 顶格, as in the DOCX's "Addressee"
    opening = next(line for text, line in lines.items() if text.startswith("为营造"))
    assert abs(opening.x0 - (TEXT_LEFT + 2 * CHAR)) < 2  # the text under it keeps its indent


def _font_names(data: bytes) -> set[str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+", 1)[-1])
    return names


def _squeezed(name: str) -> str:
    return "".join(ch for ch in name if ch.isalnum()).lower()


@needs_cjk_font
def test_pdf_runin_heads_drawn_in_hei():
    hei, _ = fonts.resolve_chain("hei")
    others = {fonts.resolve_chain(role)[0] for role in ("fangsong", "xiaobiaosong", "kai")}
    if hei in others:
        pytest.skip("the 黑体 chain resolves to a font the body and title use on this machine")
    with_heads = _font_names(convert_text(RUNINS, to="pdf"))
    assert any(_squeezed(hei) in _squeezed(name) for name in with_heads), (hei, with_heads)
    # the same text without its item numbers has no run-in heads: no 黑体 in it
    plain = RUNINS.replace("1.选好场地。", "选好场地，").replace("2.丰富书源。", "丰富书源，").replace(
        "3.建好队伍。", "建好队伍，")
    assert not any(_squeezed(hei) in _squeezed(name) for name in _font_names(convert_text(plain, to="pdf")))


@needs_cjk_font
@needs_poppler
def test_pdf_runin_head_opening_on_a_numbered_marker_stays_in_its_line(tmp_path):
    # "1. " (a blank after the dot) opens an enum item in typst's markup: the head must not be
    # drawn as a list item of its own with its text on the next line.
    text = RUNINS.replace("1.选好场地。", "1. 选好场地。").replace("2.丰富书源。", "2. 丰富书源。")
    lines = _lines(text, tmp_path)
    assert any(line.startswith("1.选好场地。利用物业") for line in lines), sorted(lines)
    assert any(line.startswith("2.丰富书源。通过居民") for line in lines), sorted(lines)
    assert "1.选好场地。" not in lines and "2.丰富书源。" not in lines
