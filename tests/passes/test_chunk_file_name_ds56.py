"""A 文库 page prints its file's text in page chunks numbered "1、" "2、"…, each cut mid-sentence, and
the first chunk opens with the file's name, the text glued after it (round 56). The name is the
page's title printed again: it goes with the chunk numbers, the text's first sentence or section
stays. Off a 文库 page the words are the text's own and stay. A numbered list whose first item
opens with the title's words is no chunk and keeps every word. Fixtures are written for the
project with made-up words and names."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

NAME = "青禾镇2024年河道保洁工作方案"
CHUNK_1 = ("1、" + NAME + "为巩固河长制工作成效，持续改善全镇水环境质量，经镇党委会研究，结合我镇实际，"
           "制定本方案。一、工作目标全镇12条河道实现常态化保洁，河面无漂浮物，河岸无垃圾堆放，群众对河道环境的满")
CHUNK_2 = ("2、意度达到90%以上。二、工作任务各村按照属地负责原则配齐保洁员，每天巡查不少于一次，发现问题及时处置，"
           "每季度组织一次集中清理行动，重点清除河道淤积和岸坡杂草，保洁台账每月报镇河长办备")
CHUNK_3 = ("3、案。三、保障措施镇财政每年安排专项资金用于河道保洁，镇河长办每月开展督查考核，"
           "考核结果与村级年度考核挂钩。")
FACTS = ["上传人:h****8 文档编号:20240611 上传时间:2024-06-11 格式:DOCX 页数:3 大小:21.5KB", "点击下载"]


def test_the_file_name_opening_the_first_chunk_goes_on_a_wenku_page():
    doc, report = clean("\n".join([NAME + ".docx", *FACTS, CHUNK_1, CHUNK_2, CHUNK_3]))
    assert NAME in removed(report, "title.repeated-title")
    assert removed(report, "injected.page-chunk-number") == ["1、", "2、", "3、"]
    body = "".join(texts(doc))
    assert body.startswith("为巩固河长制工作成效")
    assert NAME not in body
    assert "群众对河道环境的满意度达到90%以上" in body


def test_off_a_wenku_page_the_title_opening_the_first_chunk_stays():
    # No 文库 facts and no file name: the chunk numbers go (told by the sentences they cut), the
    # words after the first are the text's own (test_template_sites keeps them so too).
    doc, report = clean("\n".join([NAME, CHUNK_1, CHUNK_2, CHUNK_3]))
    assert removed(report, "injected.page-chunk-number") == ["1、", "2、", "3、"]
    assert removed(report, "title.repeated-title") == []
    assert "".join(texts(doc)).startswith(NAME + "为巩固河长制工作成效")


def test_a_section_glued_after_the_name_stays():
    chunk = "1、" + NAME + "一、工作目标" + CHUNK_1[len("1、" + NAME):]
    doc, _report = clean("\n".join([NAME + ".docx", *FACTS, chunk, CHUNK_2, CHUNK_3]))
    body = "".join(texts(doc))
    assert "工作目标" in body
    assert NAME not in body


def test_a_numbered_list_opening_with_the_titles_words_keeps_them():
    items = [f"1、{NAME}由镇河长办牵头制定，各村负责具体落实。", "2、各村于每月5日前上报上月保洁台账。",
             "3、镇河长办每季度通报一次考核结果。"]
    doc, report = clean("\n".join([NAME, *items]))
    assert removed(report, "injected.page-chunk-number") == []
    assert items[0] in texts(doc)
