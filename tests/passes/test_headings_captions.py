"""Photo captions are no headings (issue 18, tenth round): a news page prints a short line under
each picture, and a scraped page often keeps the line and loses the picture. Fixtures written for
the project."""

from __future__ import annotations

import panflute as pf

from helpers import clean, outline, paras
from reportfmt.passes.headings.captions import captions, credits_pictures
from reportfmt.pipeline import run_passes

_OPENING = "3月8日上午，市图书馆在一楼报告厅举办春季读书分享会，来自全市各校的六十余名师生参加了活动。"
_MIDDLE = "会上，五位同学依次分享了寒假里读过的好书，讲述了书中人物带给自己的启发，台下不时响起掌声。"
_CLOSING = "最后，馆长为获奖同学颁发了证书，并鼓励大家把读书当成一生的习惯，让书香伴随自己成长。"


def _report(*captions_lines: str, credit: str | None = None) -> str:
    first, second = captions_lines
    return "\n".join([_OPENING, first, _MIDDLE, second, _CLOSING, *([credit] if credit else [])])


def test_short_lines_between_paragraphs_on_a_page_crediting_its_pictures_are_captions():
    doc, report = clean(_report("分享会现场", "馆长为同学们颁奖", credit="（文/图 陈晓）"))
    assert outline(doc) == []
    assert "分享会现场" in paras(doc) and "馆长为同学们颁奖" in paras(doc)
    # The boilerplate pass removes the credit before headings are decided; its record still
    # tells the headings pass that the page had pictures.
    assert [r["rule"] for r in report.removed if "陈晓" in r["text"]] == ["meta-lines.labelled-credit"]


def test_without_the_credit_the_same_lines_still_head_sections():
    # The credit line is the proof: two short lines each opening prose are a page's sections.
    # (A scene's caption, "分享会现场", is proof as well: test_headings_scene_captions_fh38.py.)
    doc, _ = clean(_report("同学们分享好书", "馆长为同学们颁奖"))
    assert outline(doc) == [(1, "同学们分享好书"), (1, "馆长为同学们颁奖")]


def test_lines_saying_they_describe_a_picture_are_captions():
    doc, _ = clean(_report("图为分享会现场", "图为馆长为同学们颁奖"))
    assert outline(doc) == []


def test_a_line_beside_a_picture_is_its_caption():
    body = [pf.Para(pf.Str(text)) for text in (_OPENING, _MIDDLE, _CLOSING)]
    picture = pf.Para(pf.Image(url="https://example.org/photo1.jpg"))
    second = pf.Para(pf.Image(url="https://example.org/photo2.jpg"))
    doc = pf.Doc(body[0], picture, pf.Para(pf.Str("分享会现场")), body[1],
                 second, pf.Para(pf.Str("馆长为同学们颁奖")), body[2])
    run_passes(doc)
    assert not [b for b in doc.content if isinstance(b, pf.Header)]


def test_credit_lines_and_what_is_no_credit():
    for credit in ("（文/图 陈晓）", "图/李明", "摄影：王芳", "赵强 摄", "图片来源：学校宣传部", "蔡增明摄影报道"):
        assert credits_pictures([credit]), credit
    for line in ("摄影比赛获奖名单", "文件/图纸管理办法", "一、图书借阅制度"):
        assert not credits_pictures([line]), line


def test_a_section_heading_on_a_credited_page_above_a_list_is_kept():
    # Only a line between two paragraphs is read as a caption: one over a list is not.
    texts = [_OPENING, "活动安排", "1. 开幕式", "2. 分享环节", _CLOSING, "（文/图 陈晓）"]
    assert captions(texts) == set()


def test_lines_numbering_their_pictures_in_words_are_captions():
    # "图一：…" "图二：…" number the pictures as "图1 …" does (round 37).
    doc, _ = clean(_report("图一：分享会现场", "图二：馆长为同学们颁奖"))
    assert outline(doc) == []
    assert "图一：分享会现场" in paras(doc) and "图二：馆长为同学们颁奖" in paras(doc)


def test_a_numeral_after_tu_without_a_colon_is_no_caption_opener():
    # "图一时之快" opens a sentence: the numeral in words needs its colon or blank.
    assert captions(["图一时之快的做法要不得"]) == set()
    assert captions(["图二：馆长为同学们颁奖"]) == {0}
