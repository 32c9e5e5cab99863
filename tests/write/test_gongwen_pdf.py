"""The PDF of each 公文 variant (layout gongwen, styles/gongwen.typst), measured in the file:
every element in its order, red where GB/T 9704-2012 says red, the separator and the 版记
rules, 22 lines of 28 characters on a full body page, page numbers on their sides, the
成文日期 and a title broken between words."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers import GONGWEN_VARIANTS, convert_gongwen_samples
from pdf_layout import (
    PAGE_H,
    PT_PER_MM,
    TEXT_BOTTOM,
    TEXT_LEFT,
    TEXT_RIGHT,
    TEXT_TOP,
    is_dark,
    is_red,
    pdf_lines,
    render,
)
from reportfmt.api import convert_text
from reportfmt.write import fonts

pytestmark = [
    pytest.mark.skipif(not fonts.find_cjk_fonts(), reason="no CJK font (apt-get install fonts-noto-cjk)"),
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed"),
]
VARIANTS = GONGWEN_VARIANTS
CHAR = 16  # 3号, in points


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, Path]:
    return convert_gongwen_samples(tmp_path_factory.mktemp("gongwen-pdf"), "pdf")


def texts(pdf: Path, page: int | None = None) -> list[str]:
    return [line.text for line in pdf_lines(pdf) if page is None or line.page == page]


def in_order(lines: list[str], items: list[str]) -> bool:
    """Each item starts a line after the line the previous item started."""
    at = -1
    for item in items:
        at = next((i for i in range(at + 1, len(lines)) if lines[i].startswith(item)), None)
        if at is None:
            return False
    return True


def test_file_variant_elements_in_order(pdfs):
    lines = texts(pdfs["file"])
    order = ["000126", "机密★1年", "特急", "青禾市人民政府文件", "青政发〔2024〕7号",
             "青禾市人民政府关于印发青禾市2024年", "城乡供水保障重点任务清单的通知",
             "各区县人民政府，市政府各部门，各直属机构：", "现将《青禾市2024年", "附件：",
             "1．青禾市2024年城乡供水保障重点任务清单", "2．各区县农村自来水普及率目标分解表",
             "青禾市人民政府", "2024年3月5日", "（此件公开发布）", "附件1", "附件2", "抄送：", "青禾市人民政府办公室"]
    assert in_order(lines, order), lines
    # §7.4.3: 印发机关 left and 印发日期 right on one line; §7.3.7 附注 two characters in.
    boxes = pdf_lines(pdfs["file"])
    printer = next(line for line in boxes if line.text == "青禾市人民政府办公室")
    printed = next(line for line in boxes if line.text == "2024年3月6日印发")
    assert abs(printer.y0 - printed.y0) < 1 and abs(TEXT_RIGHT - printed.x1 - 14) < 1.5
    note = next(line for line in boxes if line.text == "（此件公开发布）")
    assert abs(note.x0 - TEXT_LEFT - 2 * CHAR) < 9  # "（" is set half width


def test_file_variant_positions(pdfs):
    lines = pdf_lines(pdfs["file"])
    first = {line.text: line for line in lines if line.page == 1}
    # §7.2.2 份号: flush left on the text block's first line.
    assert abs(first["000126"].x0 - TEXT_LEFT) < 1 and abs(first["000126"].y0 - TEXT_TOP) < 1
    # §7.2.4: the mark centred, its top 35 mm below the text block's top edge.
    mark = first["青禾市人民政府文件"]
    assert abs((mark.x0 + mark.x1) / 2 - (TEXT_LEFT + TEXT_RIGHT) / 2) < 1
    assert abs(mark.y0 - (TEXT_TOP + 35 * PT_PER_MM)) < 2
    number = first["青政发〔2024〕7号"]
    assert abs((number.x0 + number.x1) / 2 - (TEXT_LEFT + TEXT_RIGHT) / 2) < 1
    # §7.3.5.2: the date's first character two characters right of the 署名's first.
    last = {line.text: line for line in lines if line.page == 2}
    signature, date = last["青禾市人民政府"], last["2024年3月5日"]
    assert abs(date.x0 - signature.x0 - 2 * CHAR) < 1.5
    assert date.y0 > signature.y0


def test_red_mark_and_separator(pdfs):
    lines = {line.text: line for line in pdf_lines(pdfs["file"]) if line.page == 1}
    page = render(pdfs["file"], 1)
    mark, title = lines["青禾市人民政府文件"], lines["城乡供水保障重点任务清单的通知"]
    assert page.count((mark.x0, mark.y0, mark.x1, mark.y1), is_red) > 500
    assert page.count((title.x0, title.y0, title.x1, title.y1), is_red) == 0
    assert page.count((title.x0, title.y0, title.x1, title.y1), is_dark) > 500
    # §7.2.7: one red line as wide as the text block, 4 mm under the 发文字号.
    rules = page.rows(is_red, 0.97)
    below_number = [r for r in rules if r[0] > lines["青政发〔2024〕7号"].y1]
    assert len(below_number) == 1
    assert abs(below_number[0][0] - lines["青政发〔2024〕7号"].y1 - 4 * PT_PER_MM) < 2.5
    assert not page.rows(is_red, 0.97, x0=TEXT_LEFT - 5 * PT_PER_MM, x1=TEXT_LEFT - 1)  # no wider


def test_colophon_rules_at_the_foot_of_the_last_page(pdfs):
    pdf = pdfs["file"]
    last_page = max(line.page for line in pdf_lines(pdf))
    page = render(pdf, last_page, dpi=288)
    rules = page.rows(is_dark, 0.97)
    assert len(rules) == 3  # §7.4.1: above 抄送, between 抄送 and 印发, under 印发
    heights = [bottom - top for top, bottom in rules]
    assert heights[0] > heights[1] < heights[2]  # thick, thin, thick
    assert abs(rules[-1][1] - TEXT_BOTTOM) < 2.5  # the last one on the text block's bottom edge
    lines = [line for line in pdf_lines(pdf) if line.page == last_page]
    cc = next(line for line in lines if line.text.startswith("抄送："))
    assert rules[0][1] < cc.y0 < rules[1][0]
    assert abs(cc.x0 - TEXT_LEFT - 14) < 1.5  # 4号, one character in


def test_up_going_document_has_signer_on_the_number_line(pdfs):
    lines = {line.text: line for line in pdf_lines(pdfs["request"]) if line.page == 1}
    number = lines["青水发〔2024〕15号"]
    signer = next(line for line in lines.values() if line.text.startswith("签发人："))
    assert signer.text == "签发人：周明远"
    assert abs(number.y0 - signer.y0) < 1  # §7.2.6: one line
    assert abs(number.x0 - TEXT_LEFT - CHAR) < 1 and abs(TEXT_RIGHT - signer.x1 - CHAR) < 1


def test_letter_has_double_red_lines_and_no_number_on_its_first_page(pdfs):
    pdf = pdfs["letter"]
    page = render(pdf, 1)
    red = page.rows(is_red, 0.9, x0=20 * PT_PER_MM + 2, x1=190 * PT_PER_MM - 2)  # 170 mm lines
    upper = [r for r in red if r[0] < PAGE_H / 2]
    lower = [r for r in red if r[0] > PAGE_H / 2]
    assert len(upper) == 2 and len(lower) == 2
    assert (upper[0][1] - upper[0][0]) > (upper[1][1] - upper[1][0])  # upper thick, lower thin
    assert (lower[0][1] - lower[0][0]) < (lower[1][1] - lower[1][0])
    assert abs(lower[1][1] - (PAGE_H - 20 * PT_PER_MM)) < 3  # 20 mm above the paper's edge
    lines = texts(pdf, 1)
    assert not any(t.startswith("—") for t in lines)
    assert lines[:2] == ["青禾市教育局", "青教函〔2024〕23号"]


def test_order_and_minutes(pdfs):
    order = texts(pdfs["order"])
    assert order[:2] == ["青禾市人民政府令", "第18号"]
    assert order.index("市长陈光华") < order.index("2024年5月16日")
    minutes = texts(pdfs["minutes"])
    assert minutes[:2] == ["青禾市人民政府常务会议纪要", "〔2024〕9号"]
    page = render(pdfs["minutes"], 1)
    mark = next(line for line in pdf_lines(pdfs["minutes"]) if line.text == "青禾市人民政府常务会议纪要")
    assert page.count((mark.x0, mark.y0, mark.x1, mark.y1), is_red) > 500
    assert mark.x1 - mark.x0 <= TEXT_RIGHT - TEXT_LEFT  # a long mark is set smaller, on one line


@pytest.mark.parametrize("name", ["file", "request"])
def test_page_numbers_per_side(pdfs, name):
    for line in pdf_lines(pdfs[name]):
        if not line.text.startswith("—"):
            continue
        assert abs(line.y0 - (TEXT_BOTTOM + 7 * PT_PER_MM)) < 1.5  # §7.5: 7 mm below
        # One character in (12-17 pt: a 4号 or 3号 character, less the dash's side bearing).
        if line.page % 2:
            assert 12 < TEXT_RIGHT - line.x1 < 17  # odd pages: right
        else:
            assert 12 < line.x0 - TEXT_LEFT < 17  # even pages: left


def test_twenty_two_lines_of_twenty_eight_characters(tmp_path):
    """§5.2.3: a full body page holds 22 lines of 28 characters."""
    words = "国家机关公文格式统一规范要求版心排版"
    body = words * 120
    text = (f"青禾市人民政府文件\n青政发〔2024〕1号\n关于统一公文格式的通知\n各单位：\n{body}\n"
            "青禾市人民政府\n2024年1月2日\n")
    pdf = tmp_path / "grid.pdf"
    pdf.write_bytes(convert_text(text, to="pdf", options={"layout": "gongwen"}))
    page2 = [line for line in pdf_lines(pdf) if line.page == 2 and not line.text.startswith("—")]
    assert len(page2) == 22
    assert all(len(line.text) == 28 for line in page2)
    assert abs(page2[0].y0 - TEXT_TOP) < 1 and page2[-1].y1 <= TEXT_BOTTOM + 0.5


def test_date_written_in_arabic_numerals_and_title_broken_between_words(tmp_path):
    text = ("青禾市人民政府文件\n青政发〔2024〕3号\n"
            "青禾市人民政府关于表彰2023年度全市防汛抗旱先进集体和先进个人的决定\n各区县人民政府：\n经研究，决定对在防汛抗旱工作中表现突出的集体和个人予以表彰。\n青禾市人民政府\n二〇二四年一月九日\n")
    pdf = tmp_path / "award.pdf"
    pdf.write_bytes(convert_text(text, to="pdf", options={"layout": "gongwen"}))
    lines = texts(pdf)
    assert "2024年1月9日" in lines
    assert "二〇二四年一月九日" not in "".join(lines)
    start = lines.index("青禾市人民政府关于表彰2023年度")
    assert lines[start:start + 2] == ["青禾市人民政府关于表彰2023年度", "全市防汛抗旱先进集体和先进个人的决定"]
