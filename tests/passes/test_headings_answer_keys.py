"""A test's answer lines ("解答 C" under each question) are no headings, while lettered parts in order
("附录A" "附录B") are not taken for answers (issue 18, round 23: answer_keys.py). Fixtures written for
the project: made-up text in the forms real pages take."""

from __future__ import annotations

from helpers import clean, outline, paras
from reportfmt.passes.headings.answer_keys import answer_lines


def test_answer_lines_under_questions_stay_paragraphs():
    # A flipbook page opening with the options of a question cut from the page before: the answer
    # lines stand short above their explanations, as bare headings would.
    doc, _ = clean("\n".join([
        "语 (A)甲乙 (B)乙丙 (C)丙丁 (D)甲丁",
        "    解答 C",
        "    解析 (甲)读第一声 (乙)读第四声 (丙)(丁)读第四声",
        "(  )5.下列句子中，没有错别字的是? (A)他做事一向认真",
        "                (B)这座桥历经风雨 (C)比赛输了不要紧 (D)老师的教导记心间",
        "    解答 C",
        "    解析 (A)认真 (B)风雨 (D)教导",
        "(  )6.下列句子中，标点使用正确的是? (A)你去不去？ (B)我想，",
        "                (C)他说：“走吧。” (D)天啊！",
        "    解答 B",
        "    解析 (A)问号位置 (C)引号 (D)感叹号",
        "(  )7.“春风又绿江南岸”中“绿”字的词性为何? (A)名词 (B)动词",
        "                (C)形容词 (D)副词",
        "    解答 B",
        "    解析 “绿”在此作动词用，意为使……变绿。",
    ]))
    assert outline(doc) == []
    assert "解答 C" in [p.strip() for p in paras(doc)]


def test_lettered_parts_in_order_are_no_answers():
    assert answer_lines(["附录A", "正文……", "附录B", "正文……"]) == set()
    assert answer_lines(["答案：C", "解析……", "答案：A", "解析……"]) == {0, 2}
